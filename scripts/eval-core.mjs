// Scoring for `npm run eval` (and test/eval.test.ts): expectation comments against findings.
// `// expect: <rule-id>[, <rule-id>]` (`# expect: …` in Python) announces findings on the next line; `// ok: <rule-id>` a near
// miss there that must stay silent. Configuration files write the same after `#` or `;`, and JSON
// files as an npm-style comment key: `"//": "expect: <rule-id>"`. An expectation may also name the severity and a text the message
// must contain: `// expect warning "monitor.ignoreTls": <rule-id>`. A finding that matches the line and
// rule but not the severity or the text counts as both missed and false.

const MARKER =
  /(?:\/\/|#|;|"\/\/":\s*")\s*(expect|ok)(?:\s+(error|warning|note))?(?:\s+"([^"\n]*)")?:\s*([\w/, -]+)/;

/** @param {string} file @param {string} text */
export function parseExpectations(file, text) {
  const expected = [];
  const nearMisses = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = MARKER.exec(line);
    if (!match) return;
    const ids = match[4]
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const target = match[1] === 'expect' ? expected : nearMisses;
    for (const ruleId of ids) {
      target.push({
        file,
        line: index + 2,
        ruleId,
        ...(match[2] ? { severity: match[2] } : {}),
        ...(match[3] ? { mentions: match[3] } : {}),
      });
    }
  });
  return { expected, nearMisses };
}

/**
 * @param {{file: string, line: number, ruleId: string, severity?: string, mentions?: string}[]} expected
 * @param {{file: string, line: number, ruleId: string, severity: string, message: string}[]} findings
 */
export function score(expected, findings) {
  const key = (item) => `${item.file}:${item.line}:${item.ruleId}`;
  const pending = new Map();
  for (const item of expected) pending.set(key(item), [...(pending.get(key(item)) ?? []), item]);
  const truePositives = [];
  const falsePositives = [];
  for (const finding of findings) {
    const bucket = pending.get(key(finding)) ?? [];
    const index = bucket.findIndex((item) => fits(item, finding));
    if (index >= 0) truePositives.push(...bucket.splice(index, 1));
    else falsePositives.push(finding);
  }
  const falseNegatives = [...pending.values()].flat();
  const recall = expected.length === 0 ? 1 : truePositives.length / expected.length;
  const precision = findings.length === 0 ? 1 : truePositives.length / findings.length;
  return { truePositives, falsePositives, falseNegatives, recall, precision };
}

function fits(expectation, finding) {
  if (expectation.severity !== undefined && expectation.severity !== finding.severity) return false;
  return expectation.mentions === undefined || finding.message.includes(expectation.mentions);
}

/**
 * The languages `npm run eval` reports on, each with the files of a fixture that are its (by
 * extension; an extension-less script by its shebang) and the recall and precision it must reach
 * over all fixtures (`npm run eval` exits 1 below them). Add a language here to score it separately.
 */
export const EVAL_LANGUAGES = [
  {
    name: 'JavaScript/TypeScript',
    minimum: { recall: 0.95, precision: 0.97 },
    matches: (path) => /\.[cm]?[jt]sx?$/.test(path),
  },
  {
    name: 'Python',
    minimum: { recall: 0.95, precision: 0.97 },
    matches: (path, firstLine) =>
      /\.pyw?$/.test(path) ||
      (!path.split('/').pop().includes('.') && /^#!.*\bpython[\d.]*\b/.test(firstLine)),
  },
  {
    // The config language's files (src/languages/config/files.ts), by name; an extension-less script
    // by its sh/bash shebang. A JavaScript project's package.json is one of them too.
    name: 'Configuration files',
    minimum: { recall: 0.95, precision: 0.97 },
    matches: (path, firstLine) => {
      const name = path.split('/').pop();
      return (
        CONFIG_NAMES.some((pattern) => pattern.test(name)) ||
        /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path) ||
        (!name.includes('.') && /^#!\S*(?:\/env\s+)?(?:ba|da|a)?sh\b/.test(firstLine))
      );
    },
  },
];

const CONFIG_NAMES = [
  /^(?:dockerfile|containerfile)(?:\.[\w.-]+)?$/i,
  /\.(?:dockerfile|containerfile)$/i,
  /^(?:docker-)?compose[\w.-]*\.ya?ml$/i,
  /^action\.ya?ml$/,
  /^\.env(?:\.[\w.-]+)?$/,
  /^[\w.-]+\.env$/,
  /^(?:\.npmrc|\.yarnrc|\.yarnrc\.ya?ml|package\.json|\.gitconfig|[._]curlrc|\.wgetrc)$/,
  /^pip\.(?:conf|ini)$/,
  /requirements[\w.-]*\.(?:txt|in)$/i,
  /\.(?:sh|bash)$/,
];

/** The eval language of a file, by its path and first line; undefined for files no language reads. */
export function evalLanguage(path, text) {
  const firstLine = text.slice(0, 200).split(/\r?\n/)[0] ?? '';
  return EVAL_LANGUAGES.find((language) => language.matches(path, firstLine))?.name;
}
