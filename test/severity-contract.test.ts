import { beforeAll, describe, expect, it } from 'vitest';
import { WHERE } from '../src/core/non-production.js';
import { defaultKind } from '../src/scan/non-production.js';
import type { Finding, Severity } from '../src/core/types.js';
import { analyzeFile } from '../src/engine/analyze-file.js';
import type { LoadedLanguage } from '../src/core/language.js';
import { loadLanguage } from '../src/languages/index.js';
import { RULES } from '../src/rules/index.js';

/**
 * design §4 / docs/rules/README.md "Severity contract", checked for every rule: an error only for
 * production code that is insecure in every run; a warning that names the condition when a user's TLS
 * switch or the environment decides; a note in tests, examples, benchmarks and docs; nothing for
 * expected values in assertions. Each rule contributes its most severe construct.
 */
interface Construct {
  readonly rule: string;
  /** One statement (or more), insecure wherever it runs. */
  readonly code: string;
  /** What the rule reports for it in production code. */
  readonly severity: Severity;
  /** The same settings as test data (an object literal) when the rule reads option bags. */
  readonly data?: string;
}

const CONSTRUCTS: readonly Construct[] = [
  {
    rule: 'no-disabled-cert-verification',
    code: 'https.get(url, { rejectUnauthorized: false }, onResponse);',
    severity: 'error',
    data: '{ rejectUnauthorized: false }',
  },
  {
    rule: 'no-tls-verification-env-override',
    code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
    severity: 'error',
    data: "{ ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' }",
  },
  {
    rule: 'no-hostname-verification-bypass',
    code: 'tls.connect({ host, port, checkServerIdentity: () => undefined });',
    severity: 'error',
    data: '{ checkServerIdentity: () => undefined }',
  },
  {
    rule: 'no-unenforced-client-certs',
    code: "tls.createServer({ key, cert, requestCert: true, rejectUnauthorized: false }, (socket) => socket.end('hi'));",
    severity: 'error',
    data: '{ requestCert: true, rejectUnauthorized: false }',
  },
  {
    rule: 'no-insecure-tls-version',
    code: "tls.DEFAULT_MIN_VERSION = 'TLSv1';",
    severity: 'error',
    data: "{ secureProtocol: 'TLSv1_method' }",
  },
  {
    rule: 'no-weak-ciphers',
    code: "tls.connect({ host, ciphers: 'DEFAULT:@SECLEVEL=0' });",
    severity: 'error',
    data: "{ ciphers: 'DEFAULT:@SECLEVEL=0' }",
  },
  {
    rule: 'no-deprecated-tls-api',
    code: 'const pair = tls.createSecurePair(context, false);',
    severity: 'warning',
  },
  {
    rule: 'no-tls-key-logging',
    code: "socket.on('keylog', (line) => fs.appendFileSync('/tmp/keys.log', line));",
    severity: 'warning',
  },
  {
    rule: 'no-insecure-browser-automation',
    code: 'const browser = await puppeteer.launch({ acceptInsecureCerts: true });',
    severity: 'warning',
  },
];

const SWITCH = 'options.allowInsecureTls';
const ENVIRONMENT = "process.env.NODE_ENV !== 'production'";
const SEVERITY_ORDER: readonly Severity[] = ['note', 'warning', 'error'];

let javascript: LoadedLanguage;
beforeAll(async () => {
  javascript = await loadLanguage('javascript');
});

function findings(construct: Construct, path: string, code: string): Finding[] {
  const rule = RULES.find((candidate) => candidate.id === construct.rule);
  if (!rule) throw new Error(`no rule ${construct.rule}`);
  const kind = defaultKind(path);
  const output = analyzeFile(javascript, {
    path,
    text: code,
    rules: [rule],
    severityCap: kind ? { severity: 'note', where: WHERE[kind] } : undefined,
  });
  expect(output.diagnostics).toEqual([]);
  return output.findings;
}

function atMost(severity: Severity, limit: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(limit);
}

describe.each(CONSTRUCTS.map((construct) => [construct.rule, construct] as const))(
  'severity contract: %s',
  (_, construct) => {
    it(`is ${construct.severity} in production code, in every run`, () => {
      const reported = findings(construct, 'src/client.js', construct.code);
      expect(reported.map((f) => f.severity)).toEqual([construct.severity]);
    });

    it('is at most a warning, naming the switch, under a user’s TLS switch', () => {
      const code = `if (${SWITCH}) {\n  ${construct.code}\n}`;
      const [finding, ...others] = findings(construct, 'src/client.js', code);
      expect(others).toEqual([]);
      expect(atMost(finding?.severity ?? 'error', 'warning')).toBe(true);
      if (construct.severity === 'error') expect(finding?.message).toContain(`\`${SWITCH}\``);
    });

    it('is at most a warning, naming the condition, under an environment condition', () => {
      const code = `if (${ENVIRONMENT}) {\n  ${construct.code}\n}`;
      const [finding, ...others] = findings(construct, 'src/client.js', code);
      expect(others).toEqual([]);
      expect(atMost(finding?.severity ?? 'error', 'warning')).toBe(true);
      if (construct.severity === 'error') expect(finding?.message).toContain(`\`${ENVIRONMENT}\``);
    });

    it('stays as severe under a condition that holds in production', () => {
      const code = `if (process.env.NODE_ENV === 'production') {\n  ${construct.code}\n}`;
      const reported = findings(construct, 'src/client.js', code);
      expect(reported.map((f) => f.severity)).toEqual([construct.severity]);
    });

    it('stays as severe under a condition that is no TLS switch', () => {
      const code = `if (url.protocol === 'https:') {\n  ${construct.code}\n}`;
      const reported = findings(construct, 'src/client.js', code);
      expect(reported.map((f) => f.severity)).toEqual([construct.severity]);
    });

    it.each([
      ['test/client.test.js', 'test code'],
      ['examples/client.js', 'example code'],
      ['example.js', 'example code'],
      ['benchmark/load.js', 'benchmark code'],
      ['docs/snippets/client.js', 'documentation code'],
    ])('is a note in %s, saying why', (path, where) => {
      const reported = findings(construct, path, construct.code);
      expect(reported.map((f) => f.severity)).toEqual(['note']);
      if (construct.severity !== 'note') expect(reported[0]?.message).toContain(`(In ${where}: `);
    });

    if (construct.data !== undefined) {
      const data = construct.data;
      it('is nothing as an expected value in an assertion', () => {
        expect(
          findings(construct, 'test/client.test.js', `expect(options).toEqual(${data});`),
        ).toEqual([]);
        expect(
          findings(construct, 'src/check.js', `assert.deepStrictEqual(options, ${data});`),
        ).toEqual([]);
      });
    }
  },
);
