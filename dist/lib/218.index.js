export const id = 218;
export const ids = [218];
export const modules = {

/***/ 60218:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99906);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 99906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __webpack_require__(32721);
// EXTERNAL MODULE: ./src/scan/scan.ts + 13 modules
var scan = __webpack_require__(67183);
// EXTERNAL MODULE: ./src/scan/settings.ts + 1 modules
var settings = __webpack_require__(28478);
// EXTERNAL MODULE: ./src/core/tool.ts + 1 modules
var tool = __webpack_require__(96567);
// EXTERNAL MODULE: ./src/scan/verdict.ts
var verdict = __webpack_require__(96776);
// EXTERNAL MODULE: ./src/core/severity.ts
var severity = __webpack_require__(60432);
// EXTERNAL MODULE: ./src/report/hidden-characters.ts
var hidden_characters = __webpack_require__(85985);
;// CONCATENATED MODULE: ./src/report/repo-path.ts
/**
 * Findings carry POSIX paths relative to the scan root; GitHub (annotations, links, SARIF) wants them
 * relative to the repository root, with `/`, no `./` and no leading `/` — otherwise annotations silently
 * miss the diff. `prefix` is the scan root relative to the repository root ('' when they are the same).
 * A backslash in a finding's path is part of a POSIX file name, not a separator, and is kept.
 */
function repoPath(prefix, file) {
    const folder = normalizeRelative(prefix);
    const path = normalizeRelative(file);
    return folder === '' ? path : `${folder}/${path}`;
}
/**
 * `./packages/api/` → `packages/api`; `.` and `` → ``. With `windows`, `\` separates folders too
 * (`path.relative` output on Windows).
 */
function normalizeRelative(path, options = {}) {
    return (options.windows ? path.replaceAll('\\', '/') : path)
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}

;// CONCATENATED MODULE: ./src/report/annotations.ts



/** GitHub keeps 10 workflow-command annotations per level per step and drops the rest without a word. */
const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'notice',
};
/**
 * Spends GitHub's annotation budget where a reviewer looks (design §6): the findings to annotate (new
 * ones, and accepted ones only when they fail the run) in priority order — new first, on changed lines
 * first, errors before warnings — at most 10 per level, then one notice saying how many more exist.
 * `alreadyUsed`: annotations this step printed before (warnings about permissions, say), which count too.
 */
function planAnnotations(candidates, options) {
    const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
    const free = (level) => Math.max(0, perLevel - (options.alreadyUsed?.[level] ?? 0));
    const wanted = { error: 0, warning: 0, notice: 0 };
    for (const finding of candidates)
        wanted[LEVEL[finding.severity]]++;
    const overflows = ['error', 'warning', 'notice'].some((l) => wanted[l] > free(l));
    // When anything is cut, one notice slot is kept for saying so.
    const room = (level) => level === 'notice' && overflows ? Math.max(0, free(level) - 1) : free(level);
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const finding of [...candidates].sort(byPriority(options.changedLines))) {
        const level = LEVEL[finding.severity];
        if (used[level] >= room(level))
            continue;
        annotations.push(annotationFor(finding, level, options.pathPrefix));
        used[level]++;
    }
    const omitted = candidates.length - annotations.length;
    if (omitted > 0 && free('notice') > 0)
        annotations.push(moreNotice(omitted));
    return { annotations, omitted };
}
function annotationFor(finding, level, pathPrefix) {
    const oneLine = finding.endLine === finding.line;
    return {
        level,
        file: repoPath(pathPrefix, finding.file),
        startLine: finding.line,
        endLine: finding.endLine,
        ...(oneLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
        title: `tlsguard: ${finding.ruleId}`,
        message: annotationText(`${finding.message}\n${finding.docs}`),
    };
}
/**
 * An annotation's message as GitHub shows it: @actions/core escapes what the workflow-command protocol
 * needs (`%`, CR, LF); code quoted in a message may also hold bidirectional or invisible characters, shown
 * as escapes. The `file` property stays the exact path, or GitHub could not place the annotation.
 */
function annotationText(text) {
    return (0,hidden_characters/* revealHidden */.C)(text, '\n');
}
function moreNotice(omitted) {
    const noun = omitted === 1 ? 'finding' : 'findings';
    return {
        level: 'notice',
        title: 'tlsguard: more findings',
        message: `${omitted} more ${noun} — see the job summary. GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; the job summary lists every finding.`,
    };
}
function byPriority(changed) {
    const onChangedLine = (finding) => {
        const lines = changed?.get(finding.file);
        if (!lines)
            return false;
        for (let line = finding.line; line <= finding.endLine; line++)
            if (lines.has(line))
                return true;
        return false;
    };
    const rank = (finding) => (finding.status === 'new' ? 0 : 2) + (onChangedLine(finding) ? 0 : 1);
    return (a, b) => rank(a) - rank(b) ||
        (0,severity/* severityRank */.qs)(b.severity) - (0,severity/* severityRank */.qs)(a.severity) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column;
}

;// CONCATENATED MODULE: ./src/report/policy-annotations.ts


/**
 * A notice on each line that changes the policy (a baseline entry, a rule or setting in the
 * configuration, a suppression comment), within `room` notices: when more changes than that exist,
 * the last one says how many more the job summary lists.
 */
function planPolicyAnnotations(changes, options) {
    const at = (file, line) => ({
        file: repoPath(options.pathPrefix, file ?? ''),
        ...(line === undefined ? {} : { startLine: line, endLine: line }),
    });
    const applied = changes.source === 'base'
        ? ' It did not apply to this run (`policy: base`).'
        : ' Review it: with `policy: base` tlsguard judges pull requests by their base branch’s policy.';
    const all = [
        ...changes.acceptedEntries.map(({ entry, added, line }) => notice(at(changes.baselineFile, line), [
            `${options.subject} adds a baseline entry that accepts ${added} ${entry.ruleId} finding${added === 1 ? '' : 's'} in ${entry.path}`,
            entry.snippet === undefined ? '.' : `: ${entry.snippet}`,
            ` Reason: ${entry.reason ?? 'none given'}.${applied}`,
        ])),
        ...changes.rules.map((rule) => notice(at(changes.configFile, rule.line), [
            `${options.subject} ${rule.to === 'off' ? 'turns off' : 'lowers'} ${rule.ruleId} (${rule.from} → ${rule.to}).${applied}`,
        ])),
        ...changes.settings.map((setting) => notice(at(changes.configFile, setting.line), [
            `${options.subject} changes ${setting.key} from ${setting.from} to ${setting.to}.${applied}`,
        ])),
        ...changes.suppressions.map((finding) => notice(at(finding.file, finding.line), [
            `${options.subject} suppresses ${finding.ruleId} here with a comment. Reason: ${finding.reason}.${applied}`,
        ])),
    ];
    if (all.length <= options.room)
        return all;
    const shown = all.slice(0, Math.max(0, options.room - 1));
    const more = all.length - shown.length;
    return options.room === 0
        ? []
        : [
            ...shown,
            {
                level: 'notice',
                title: 'tlsguard: more policy changes',
                message: `${more} more policy change${more === 1 ? '' : 's'} — see the job summary.`,
            },
        ];
}
function notice(where, parts) {
    return {
        level: 'notice',
        ...where,
        title: 'tlsguard: policy change',
        message: annotationText(parts.join('')),
    };
}

;// CONCATENATED MODULE: ./src/report/budget.ts
/**
 * A text that must stay under a platform limit (job summary: 1 MiB in bytes; PR comment: 65,536
 * characters). Parts are added while they fit; whoever adds keeps `reserve` free for what must follow,
 * so a truncation note always fits and nothing is cut mid-row.
 */
class Budget {
    limit;
    measure;
    parts = [];
    used = 0;
    constructor(limit, measure) {
        this.limit = limit;
        this.measure = measure;
    }
    /** Adds `text` if it fits with `reserve` left over; false (and nothing added) otherwise. */
    tryAdd(text, reserve = 0) {
        const cost = this.measure(text);
        if (this.used + cost + reserve > this.limit)
            return false;
        this.parts.push(text);
        this.used += cost;
        return true;
    }
    /** Adds text that must be there (headings, notes); callers reserved room for it. */
    add(text) {
        this.parts.push(text);
        this.used += this.measure(text);
    }
    get size() {
        return this.used;
    }
    toString() {
        return this.parts.join('');
    }
}
const encoder = new TextEncoder();
const utf8Bytes = (text) => encoder.encode(text).byteLength;
const characters = (text) => text.length;
/**
 * Adds rows while they fit (keeping `reserve` free) and returns how many did not. The caller says so
 * explicitly — a silently shortened list is the complaint we are avoiding.
 */
function addRows(budget, rows, reserve) {
    let index = 0;
    while (index < rows.length && budget.tryAdd(rows[index] ?? '', reserve))
        index++;
    return rows.length - index;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Text from the repository (file names, code, messages quoting code) placed into GitHub markdown: job
 * summary, PR comment, check run. Nothing of it may become markup, a table cell break, a mention or a
 * hidden control character, so every character markdown or HTML could read as syntax is an entity.
 * CommonMark never treats an entity as syntax, and GFM splits table rows before entities are decoded.
 */

/** ASCII punctuation that is syntax somewhere in GFM inline text, tables, HTML or GitHub math. */
const SYNTAX = /[&<>"'`\\*_[\]|~$:()!#]/g;
/**
 * Untrusted text as inert markdown: entities for syntax; control, bidirectional and invisible
 * characters as escapes (`\x0a`, `\u202e`, see hidden-characters.ts).
 */
function escapeText(text) {
    return (0,hidden_characters/* revealHidden */.C)(text)
        .replace(SYNTAX, (char) => `&#${char.charCodeAt(0)};`)
        .replaceAll('@', '@&#8203;'); // a zero-width space keeps `@name` from notifying anyone
}
/** Untrusted text shown as code. */
function code(text) {
    return `<code>${escapeText(text)}</code>`;
}
/** A rule message: our own prose with `backtick` spans that may quote the scanned code. */
function messageMarkdown(message) {
    return message
        .split('`')
        .map((part, index) => (index % 2 === 1 ? code(part) : escapeText(part)))
        .join('');
}
/** A link whose text is already escaped markdown. Only http(s) URLs we built ourselves come here. */
function markdown_link(url, escapedText) {
    return `<a href="${escapeAttribute(url)}">${escapedText}</a>`;
}
function escapeAttribute(value) {
    return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
/** Percent-encodes each segment of a POSIX path for a URL (keeps the slashes). */
function encodePath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function plural(count, noun, pluralNoun = `${noun}s`) {
    return `${count} ${count === 1 ? noun : pluralNoun}`;
}

;// CONCATENATED MODULE: ./src/report/github-context.ts


const SEVERITY_LABEL = {
    error: '🔴 error',
    warning: '🟠 warning',
    note: '🔵 note',
};
const FINDINGS_TABLE_HEAD = '| Location | Rule | Severity | Message |\n| --- | --- | --- | --- |\n';
/** One table row per finding: file:line linked to the reviewed commit, rule linked to its page. */
function findingRow(finding, context) {
    const path = repoPath(context.pathPrefix, finding.file);
    const where = code(`${path}:${finding.line}`);
    const location = context.links ? markdown_link(fileUrl(context.links, path, finding.line), where) : where;
    const rule = markdown_link(finding.docs, escapeText(finding.ruleId));
    return `| ${location} | ${rule} | ${SEVERITY_LABEL[finding.severity]} | ${messageMarkdown(finding.message)} |\n`;
}
const FIXED_TABLE_HEAD = '| File | Rule | Findings | Code |\n| --- | --- | --- | --- |\n';
function fixedRow(entry, context) {
    const path = repoPath(context.pathPrefix, entry.file);
    const snippet = entry.snippet === undefined ? '' : code(entry.snippet);
    return `| ${code(path)} | ${escapeText(entry.ruleId)} | ${entry.count} | ${snippet} |\n`;
}
function fileUrl(links, path, line) {
    return `${links.serverUrl}/${encodePath(links.repository)}/blob/${encodePath(links.commit)}/${encodePath(path)}#L${line}`;
}
function tally(result) {
    return {
        fresh: result.findings.filter((f) => f.status === 'new'),
        unchanged: result.findings.filter((f) => f.status === 'unchanged' && !f.acceptedInChange),
        acceptedInChange: result.findings.filter((f) => f.acceptedInChange === true),
        fixed: result.fixed.reduce((sum, entry) => sum + entry.count, 0),
    };
}
/** "2 errors, 1 warning" — only the levels present. */
function severityBreakdown(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return ['error', 'warning', 'note']
        .filter((severity) => counts[severity] > 0)
        .map((severity) => plural(counts[severity], severity))
        .join(', ');
}
/** Why the run passes or fails, in one sentence. */
function verdictSentence(verdict) {
    if (verdict.failOn === 'none')
        return 'This run does not fail on findings (`fail-on: none`).';
    const which = verdict.failOn === 'new' ? 'new ' : '';
    const level = verdict.failSeverity === 'note' ? '' : ` at \`${verdict.failSeverity}\` or above`;
    return verdict.failing > 0
        ? `❌ This run fails: ${plural(verdict.failing, `${which}finding`)}${level}.`
        : `✅ This run passes: no ${which}finding${level}.`;
}

// EXTERNAL MODULE: ./src/report/policy-text.ts
var policy_text = __webpack_require__(45132);
;// CONCATENATED MODULE: ./src/report/policy-markdown.ts




/** Room kept for the notes that follow each table. */
const RESERVE = 2048;
/**
 * The policy section at the top of the job summary and the PR comment: what the pull request did to
 * the configuration, baseline and suppressions it is judged by, each change in a table, and whether
 * those changes took effect (`policy: head`) or not (`policy: base`). Returns rows left out.
 */
function addPolicySection(budget, changes, context) {
    const subject = context.pullRequest === true ? 'This pull request' : 'This change';
    budget.add(`### ⚠️ Policy changes: ${escapeText(`${subject} ${(0,policy_text/* policySummary */.j)(changes)}`)} — review these changes\n\n${effect(changes, subject)}\n\n`);
    const where = (file) => code(repoPath(context.pathPrefix, file ?? ''));
    let left = 0;
    left += table(budget, {
        title: `Baseline entries added in ${where(changes.baselineFile)}`,
        head: '| File | Rule | Findings | Code | Reason |',
        rows: changes.acceptedEntries.map(({ entry, added }) => [
            code(repoPath(context.pathPrefix, entry.path)),
            escapeText(entry.ruleId),
            String(added),
            entry.snippet === undefined ? '' : code(entry.snippet),
            entry.reason === undefined ? '_none given_' : escapeText(entry.reason),
        ]),
    });
    left += table(budget, {
        title: `Rules turned off or lowered in ${where(changes.configFile)}`,
        head: '| Rule | Base | Now |',
        rows: changes.rules.map((rule) => [escapeText(rule.ruleId), code(rule.from), code(rule.to)]),
    });
    left += table(budget, {
        title: `Settings changed in ${where(changes.configFile)}`,
        head: '| Setting | Base | Now |',
        rows: changes.settings.map((setting) => [
            code(setting.key),
            code(setting.from),
            code(setting.to),
        ]),
    });
    left += table(budget, {
        title: 'New suppression comments',
        head: '| Location | Rule | Reason |',
        rows: changes.suppressions.map((finding) => [
            code(`${repoPath(context.pathPrefix, finding.file)}:${finding.line}`),
            escapeText(finding.ruleId),
            escapeText(finding.reason),
        ]),
    });
    if (changes.problems.length > 0)
        budget.add(`${changes.problems.map((problem) => `- ${escapeText(problem)}\n`).join('')}\n`);
    return left;
}
/** Whether the changes judged this run, and what to do about it. */
function effect(changes, subject) {
    const base = code(changes.baseRef.slice(0, 12));
    if (changes.source === 'base') {
        return `Compared with the base commit ${base}. **None of these changes applied to this run**: it was judged by the base commit's configuration and baseline (\`policy: base\`), and new suppression comments were not honoured.`;
    }
    const accepted = changes.acceptedFindings === 0
        ? ''
        : ` ${plural(changes.acceptedFindings, 'finding')} ${subject === 'This pull request' ? 'it adds' : 'added'} ${changes.acceptedFindings === 1 ? 'is' : 'are'} accepted only by these baseline entries.`;
    return `Compared with the base commit ${base}. These changes **applied to this run**: ${subject.toLowerCase()} was judged by its own configuration, baseline and suppression comments.${accepted} To judge pull requests by their base branch's instead, set \`policy: base\`.`;
}
function table(budget, spec) {
    if (spec.rows.length === 0)
        return 0;
    const columns = spec.head.split('|').length - 2;
    budget.add(`**${spec.title}**\n\n${spec.head}\n${'| --- '.repeat(columns)}|\n`);
    const rows = spec.rows.map((cells) => `| ${cells.join(' | ')} |\n`);
    const left = addRows(budget, rows, RESERVE);
    budget.add(left > 0 ? `\n_…and ${left} more not shown._\n\n` : '\n');
    return left;
}

;// CONCATENATED MODULE: ./src/report/pr-comment-markdown.ts





/** GitHub refuses comment bodies over 65,536 characters; stay clear of it and say what was cut. */
const COMMENT_MAX_CHARACTERS = 60_000;
const pr_comment_markdown_RESERVE = 1024;
/**
 * The sticky pull request comment: what this pull request adds, briefly. When nothing new remains it
 * shrinks to a short all-clear, so the earlier report does not linger.
 */
function renderPrComment(result, context, options) {
    const budget = new Budget(options.maxCharacters ?? COMMENT_MAX_CHARACTERS, characters);
    const counts = tally(result);
    const where = context.pathPrefix === '' ? '' : ` in ${code(context.pathPrefix)}`;
    if (options.marker !== undefined)
        budget.add(`${options.marker}\n`);
    // What the pull request did to its own policy comes first, findings or not: it may be why there are none.
    if ((0,core_policy/* hasPolicyChanges */.S)(result.policy))
        addPolicySection(budget, result.policy, context);
    const others = otherCounts(counts.unchanged.length, counts.fixed);
    const accepted = counts.acceptedInChange;
    if (counts.fresh.length === 0 && accepted.length > 0) {
        // Nothing fails, but only because the pull request accepts its own findings: show them.
        budget.add(`### ⚠️ tlsguard: ${plural(accepted.length, 'insecure TLS finding')} accepted by this pull request's own baseline${where}\n\n` +
            `This pull request adds ${plural(accepted.length, 'finding')} that only baseline entries it adds accept.${others}\n\n` +
            `${verdictSentence(context.verdict)}\n\n${FINDINGS_TABLE_HEAD}`);
        addFindingRows(budget, accepted, context);
        budget.add(footer(context));
        return budget.toString();
    }
    if (counts.fresh.length === 0) {
        budget.add(`### ✅ tlsguard: no new insecure TLS usage${where}\n\n`);
        budget.add(`This pull request adds no insecure TLS usage.${others}\n\n${verdictSentence(context.verdict)}\n`);
        budget.add(footer(context));
        return budget.toString();
    }
    budget.add(`### ⚠️ tlsguard: ${plural(counts.fresh.length, 'new insecure TLS finding')}${where}\n\n` +
        `This pull request adds ${plural(counts.fresh.length, 'finding')} (${severityBreakdown(counts.fresh)}).${others}\n\n` +
        `${verdictSentence(context.verdict)}\n\n${FINDINGS_TABLE_HEAD}`);
    addFindingRows(budget, counts.fresh, context);
    budget.add(footer(context));
    return budget.toString();
}
/** Table rows while they fit, then how many more the job summary lists. */
function addFindingRows(budget, findings, context) {
    const left = addRows(budget, findings.map((f) => findingRow(f, context)), pr_comment_markdown_RESERVE);
    if (left > 0) {
        budget.add(`\n**…and ${left} more not shown here** (comments are limited to 65,536 characters) — ${summaryLink(context)} lists every finding.\n`);
    }
}
function otherCounts(unchanged, fixed) {
    const parts = [
        ...(unchanged > 0 ? [`${plural(unchanged, 'finding')} already known (unchanged)`] : []),
        ...(fixed > 0 ? [`${plural(fixed, 'finding')} fixed 🎉`] : []),
    ];
    return parts.length === 0 ? '' : ` Also: ${parts.join(', ')}.`;
}
function summaryLink(context) {
    const runUrl = context.links?.runUrl;
    return runUrl === undefined ? 'the job summary' : markdown_link(runUrl, 'the job summary');
}
function footer(context) {
    const commit = context.links?.commit;
    const at = commit === undefined ? '' : ` for ${code(commit.slice(0, 12))}`;
    return `\n<sub>Updated by tlsguard${at}. Details: ${summaryLink(context)}.</sub>\n`;
}

// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(21961);
;// CONCATENATED MODULE: ./src/report/sarif.ts




const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** tlsguard's own identity of a finding (design §5), next to GitHub's `primaryLocationLineHash`. */
const FINGERPRINT_KEY = 'tlsguardFingerprint/v1';
const sarif_LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'note',
};
/**
 * One SARIF 2.1.0 run (design §6) for github/codeql-action/upload-sarif and other consumers: rule
 * descriptors with help and CWE tags, results with repository-relative locations, tlsguard's fingerprint
 * under its own key, `baselineState`, in-source suppressions, and unanalyzable files as notifications.
 */
function renderSarif(result, options) {
    const ids = [
        ...new Set([
            ...options.rules.map((rule) => rule.id),
            ...result.findings.map((f) => f.ruleId),
            ...result.suppressed.map((f) => f.ruleId),
        ]),
    ].sort();
    const index = new Map(ids.map((id, position) => [id, position]));
    const known = new Map(options.rules.map((rule) => [rule.id, rule]));
    const toResult = (finding) => sarifResult(finding, index.get(finding.ruleId) ?? -1, options.pathPrefix);
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: options.tool.name,
                        version: options.tool.version,
                        semanticVersion: options.tool.version,
                        informationUri: 'https://github.com/tlsguard/tlsguard',
                        rules: ids.map((id) => descriptor(id, known.get(id))),
                    },
                },
                columnKind: 'utf16CodeUnits',
                results: [...result.findings.map(toResult), ...result.suppressed.map(toResult)],
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: result.diagnostics.map((d) => notification(d, options.pathPrefix)),
                    },
                ],
            },
        ],
    };
}
function descriptor(id, rule) {
    if (rule === undefined) {
        const text = 'A problem with a tlsguard-ignore comment (no reason given, or nothing to suppress).';
        return {
            id,
            shortDescription: { text },
            fullDescription: { text },
            helpUri: (0,core_rule/* docsUrl */.fs)(id),
            help: {
                text: `${text} See ${(0,core_rule/* docsUrl */.fs)(id)}`,
                markdown: `${text} [Documentation](${(0,core_rule/* docsUrl */.fs)(id)})`,
            },
            defaultConfiguration: { level: 'warning' },
            properties: { tags: ['maintainability'] },
        };
    }
    const risk = highestRisk(Object.values(rule.meta.messages).map((message) => message.risk));
    const cwes = rule.meta.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`);
    const { description } = rule.meta;
    return {
        id,
        name: pascalCase(id),
        shortDescription: { text: description },
        fullDescription: { text: description },
        helpUri: (0,core_rule/* docsUrl */.fs)(id),
        help: {
            text: `${description} Weakness: ${rule.meta.cwe.join(', ')}. Why it is dangerous, examples and how to fix it: ${(0,core_rule/* docsUrl */.fs)(id)}`,
            markdown: `${description}\n\nWeakness: ${rule.meta.cwe.join(', ')}. [Why it is dangerous, examples and how to fix it](${(0,core_rule/* docsUrl */.fs)(id)}).`,
        },
        defaultConfiguration: { level: sarif_LEVEL[(0,severity/* severityForRisk */.M6)(risk)] },
        properties: {
            tags: ['security', 'tls', ...cwes],
            precision: rule.meta.confidence,
            'security-severity': (0,severity/* securitySeverityScore */.gk)(risk),
            category: rule.meta.category,
        },
    };
}
function sarifResult(finding, ruleIndex, pathPrefix) {
    const uri = encodePath(repoPath(pathPrefix, finding.file));
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: sarif_LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri },
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        endLine: finding.endLine,
                        endColumn: finding.endColumn,
                        ...(finding.snippet === '' ? {} : { snippet: { text: finding.snippet } }),
                    },
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
        baselineState: finding.status,
        ...('reason' in finding
            ? { suppressions: [{ kind: 'inSource', justification: finding.reason }] }
            : {}),
        properties: {
            'security-severity': (0,severity/* securitySeverityScore */.gk)(finding.risk),
            ...(finding.scope === '' ? {} : { scope: finding.scope }),
        },
    };
}
/** A bug in tlsguard is an error; a file left out is a warning; a file analyzed despite bad bytes, a note. */
const NOTIFICATION_LEVEL = {
    'internal-error': 'error',
    'parse-error': 'warning',
    'read-error': 'warning',
    'binary-file': 'warning',
    'too-large': 'warning',
    'too-complex': 'warning',
    'outside-root': 'warning',
    'invalid-utf8': 'note',
};
function notification(diagnostic, pathPrefix) {
    const uri = encodePath(repoPath(pathPrefix, diagnostic.file));
    return {
        level: NOTIFICATION_LEVEL[diagnostic.kind],
        message: { text: diagnostic.message },
        descriptor: { id: diagnostic.kind },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri },
                    ...(diagnostic.line === undefined
                        ? {}
                        : { region: { startLine: diagnostic.line, startColumn: diagnostic.column ?? 1 } }),
                },
            },
        ],
    };
}
function highestRisk(risks) {
    return risks.reduce((top, risk) => ((0,severity/* riskRank */.wv)(risk) > (0,severity/* riskRank */.wv)(top) ? risk : top), 'info');
}
function pascalCase(id) {
    return id
        .split('-')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
}

// EXTERNAL MODULE: ./src/report/skipped-folders.ts
var skipped_folders = __webpack_require__(84030);
;// CONCATENATED MODULE: ./src/report/summary-markdown.ts







/**
 * GitHub rejects a step summary over 1 MiB whole (nothing is shown). Stay well below it: the summary
 * may share the step with other writers, and every cut is announced.
 */
const SUMMARY_MAX_BYTES = 900 * 1024;
/** Room kept for closing tags and the truncation notes that may follow a table. */
const summary_markdown_RESERVE = 4096;
/** The job summary: counts, new findings, then unchanged, fixed and unanalyzable files folded away. */
function renderSummaryMarkdown(result, context, options = {}) {
    const budget = new Budget(options.maxBytes ?? SUMMARY_MAX_BYTES, utf8Bytes);
    const counts = tally(result);
    budget.add(heading(counts, context));
    const policyCut = (0,core_policy/* hasPolicyChanges */.S)(result.policy)
        ? addPolicySection(budget, result.policy, context)
        : 0;
    budget.add(countsTable(result, counts));
    budget.add(`${verdictSentence(context.verdict)} ${comparedWith(result, context)}${diffMode(context)}\n\n${skippedFolders(result)}`);
    const cut = [
        addSection(budget, {
            title: `New findings (${counts.fresh.length})`,
            head: FINDINGS_TABLE_HEAD,
            rows: counts.fresh.map((f) => findingRow(f, context)),
            noun: 'new finding',
        }),
        addSection(budget, {
            title: `Accepted in this ${context.pullRequest === true ? 'pull request' : 'change'} (${counts.acceptedInChange.length}) — only by baseline entries it adds`,
            head: FINDINGS_TABLE_HEAD,
            rows: counts.acceptedInChange.map((f) => findingRow(f, context)),
            noun: 'accepted finding',
        }),
        addSection(budget, {
            title: `Unchanged findings (${counts.unchanged.length}) — accepted by the baseline or already on the base`,
            folded: true,
            head: FINDINGS_TABLE_HEAD,
            rows: counts.unchanged.map((f) => findingRow(f, context)),
            noun: 'unchanged finding',
        }),
        addSection(budget, {
            title: `Fixed since the baseline (${counts.fixed})`,
            folded: true,
            head: FIXED_TABLE_HEAD,
            rows: result.fixed.map((e) => fixedRow(e, context)),
            noun: 'fixed entry',
            pluralNoun: 'fixed entries',
        }),
        addSection(budget, {
            title: `Files that could not be fully analyzed (${result.diagnostics.length})`,
            folded: true,
            head: '',
            rows: result.diagnostics.map((d) => diagnosticItem(d, context.pathPrefix)),
            noun: 'file',
        }),
    ].reduce((sum, left) => sum + left, policyCut);
    budget.add(summary_markdown_footer(result, options, cut));
    return budget.toString();
}
function heading(counts, context) {
    const where = context.pathPrefix === '' ? '' : ` in ${code(context.pathPrefix)}`;
    const fresh = counts.fresh.length;
    const accepted = counts.acceptedInChange.length;
    if (fresh > 0)
        return `## tlsguard: ${plural(fresh, 'new insecure TLS finding')}${where}\n\n`;
    if (accepted > 0)
        return `## tlsguard: ${plural(accepted, 'insecure TLS finding')} accepted by ${context.pullRequest === true ? "this pull request's" : "this change's"} own baseline${where}\n\n`;
    return `## tlsguard: no new insecure TLS usage${where}\n\n`;
}
function countsTable(result, counts) {
    const { fresh, unchanged, acceptedInChange, fixed } = counts;
    const breakdown = fresh.length === 0 ? '' : ` (${severityBreakdown(fresh)})`;
    // The column only when there is something in it: most runs accept nothing of their own.
    const accepted = acceptedInChange.length === 0 ? [] : [['Accepted here', String(acceptedInChange.length)]];
    const columns = [
        ['New', `**${fresh.length}**${breakdown}`],
        ...accepted,
        ['Unchanged', String(unchanged.length)],
        ['Fixed', String(fixed)],
        ['Suppressed', String(result.suppressed.length)],
        ['Files scanned', `${result.stats.filesDiscovered} (${result.stats.filesParsed} parsed)`],
    ];
    const row = (cells) => `| ${cells.join(' | ')} |\n`;
    return `${row(columns.map(([name = '']) => name))}${row(columns.map(() => '---'))}${row(columns.map(([, value = '']) => value))}\n`;
}
function comparedWith(result, context) {
    const baseline = result.baseline;
    const parts = [];
    if (baseline?.file !== undefined)
        parts.push('the baseline file');
    if (baseline?.baseRef !== undefined)
        parts.push(`the base commit ${code(shortRef(baseline.baseRef))}`);
    if (parts.length === 0) {
        return context.verdict.failOn === 'new'
            ? 'No baseline file or base commit: every finding counts as new.'
            : '';
    }
    return `Findings already in ${parts.join(' and ')} are reported as unchanged.`;
}
/** Source that was not scanned must not go unnoticed: one line per skipped folder that git tracks files in. */
function skippedFolders(result) {
    const notes = (0,skipped_folders/* skippedFolderNotes */.y)(result.stats);
    if (notes.length === 0)
        return '';
    const lines = notes.map((folder) => `- skipped ${code(folder.path)}: ${(0,skipped_folders/* fileCount */.w)(folder.files)} — add ${code(`"${folder.pattern}"`)} to \`include\` in \`.tlsguard.json\` to scan it`);
    return `${lines.join('\n')}\n\n`;
}
function diffMode(context) {
    if (context.changedSince === undefined)
        return '';
    return ` Only the files changed since ${code(shortRef(context.changedSince))} were scanned (set \`changed-only: false\` to scan every file).`;
}
function shortRef(ref) {
    return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
}
/** A section with the rows that fit and a note on the rest; returns how many rows were left out. */
function addSection(budget, section) {
    if (section.rows.length === 0)
        return 0;
    budget.add(section.folded === true
        ? `<details><summary>${section.title}</summary>\n\n${section.head}`
        : `### ${section.title}\n\n${section.head}`);
    const left = note(budget, addRows(budget, section.rows, summary_markdown_RESERVE), section.noun, section.pluralNoun);
    budget.add(section.folded === true ? '\n</details>\n\n' : '\n');
    return left;
}
function diagnosticItem(diagnostic, pathPrefix) {
    const where = diagnostic.line === undefined ? '' : `:${diagnostic.line}`;
    return `- ${code(`${repoPath(pathPrefix, diagnostic.file)}${where}`)} ${messageMarkdown(diagnostic.message)}\n`;
}
/** Says explicitly what did not fit; returns the count for the footer. */
function note(budget, left, noun, pluralNoun) {
    if (left > 0) {
        budget.add(`\n_…and ${left} more ${left === 1 ? noun : (pluralNoun ?? `${noun}s`)} not shown: the job summary is limited to 1 MiB._\n`);
    }
    return left;
}
function summary_markdown_footer(result, options, cut) {
    const seconds = (result.stats.durationMs / 1000).toFixed(1);
    const sarif = options.sarifFile === undefined
        ? ''
        : ` Every finding is in the SARIF file ${code(options.sarifFile)}.`;
    const truncated = cut === 0
        ? ''
        : ` **This summary is truncated** (${plural(cut, 'row')} left out); <code>tlsguard scan --format json</code> lists everything.`;
    return `<sub>tlsguard scanned ${plural(result.stats.filesDiscovered, 'file')} in ${seconds} s.${sarif}${truncated}</sub>\n`;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/rules/index.ts + 7 modules
var rules = __webpack_require__(32366);
// EXTERNAL MODULE: ./src/platform/node-fs.ts + 1 modules
var node_fs = __webpack_require__(75038);
// EXTERNAL MODULE: ./src/platform/node-git.ts
var node_git = __webpack_require__(79662);
;// CONCATENATED MODULE: ./src/action/base-ref.ts
/**
 * The base the findings are compared with (design §5). An explicit `base-ref` is used as given — if it
 * is missing the scan stops with a configuration error. On a pull request the default is its base, when
 * that commit is in the clone: with the merge commit checked out (the default) its first parent is the
 * base it was merged with, which `fetch-depth: 2` brings along; otherwise `pull_request.base.sha`.
 * Without either the run goes on (baseline file only) and says what to add.
 */
async function chooseBaseRef(input, context, root, git) {
    if (typeof input === 'string')
        return { baseRef: input };
    const pr = context.pullRequest;
    if (input === false || pr === undefined)
        return {};
    if (await isMergeCheckout(context, root, git)) {
        const parent = await git.resolveCommit(root, 'HEAD^1');
        if (parent !== undefined)
            return { baseRef: parent };
    }
    const base = await git.resolveCommit(root, pr.baseSha);
    if (base !== undefined)
        return { baseRef: base };
    return {
        warning: `tlsguard cannot compare with this pull request's base commit ${pr.baseSha.slice(0, 12)}: it is not in ` +
            `the clone (actions/checkout fetches one commit by default). Add \`with: { fetch-depth: 2 }\` to the ` +
            `actions/checkout step so that only findings this pull request adds count as new. Until then every ` +
            `finding that is not in the baseline file is reported as new.`,
    };
}
/** HEAD is GitHub's merge commit of the pull request: its second parent is the pull request's head. */
async function isMergeCheckout(context, root, git) {
    const pr = context.pullRequest;
    if (pr === undefined)
        return false;
    const head = await git.resolveCommit(root, 'HEAD');
    if (head === undefined || head === pr.headSha)
        return false;
    return (await git.resolveCommit(root, 'HEAD^2')) === pr.headSha;
}

;// CONCATENATED MODULE: ./src/action/changed-lines.ts

/**
 * Lines added or modified between `base` and HEAD (what the pull request commits), per file relative to `root` — used only to put annotations on
 * the lines a reviewer is looking at first. Undefined when git cannot tell.
 */
async function changedLinesSince(root, base) {
    const diff = await (0,node_git/* git */.$Y)(root, [
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--unified=0',
        '--relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        base,
        'HEAD',
        '--',
    ]);
    return diff === undefined ? undefined : parseUnifiedDiff(diff);
}
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Added line numbers per new-side path from `git diff --unified=0` output. */
function parseUnifiedDiff(diff) {
    const changed = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const path = diffPath(line.slice(4));
            current = path === undefined ? undefined : new Set();
            if (path !== undefined && current)
                changed.set(path, current);
            continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk && current) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let offset = 0; offset < count; offset++)
                current.add(start + offset);
        }
    }
    return changed;
}
/** `b/src/a.js`, `"b/odd\\tname.js"` (git's C quoting) or `/dev/null` (a deleted file). */
function diffPath(text) {
    const raw = text.trimEnd();
    if (raw === '/dev/null')
        return undefined;
    const path = raw.startsWith('"') ? unquote(raw) : raw;
    return path.startsWith('b/') ? path.slice(2) : undefined;
}
const SIMPLE_ESCAPES = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    '\\': 92,
};
/** Undoes git's quoting of unusual file names: C escapes, octal bytes of UTF-8. */
function unquote(quoted) {
    const bytes = [];
    const body = quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
    for (let index = 0; index < body.length; index++) {
        const char = body.charAt(index);
        if (char !== '\\') {
            bytes.push(...new TextEncoder().encode(char));
            continue;
        }
        const next = body.charAt(index + 1);
        const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            index += 3;
        }
        else {
            bytes.push(SIMPLE_ESCAPES[next] ?? next.charCodeAt(0));
            index += 1;
        }
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
;// CONCATENATED MODULE: ./src/action/github-api.ts

/** Octokit for GITHUB_API_URL (read by @actions/github when the bundle loads), through the runner's proxy. */
function createClient(token) {
    return (0,github/* getOctokit */.Q)(token);
}
function httpStatus(error) {
    const status = typeof error === 'object' && error !== null
        ? error.status
        : undefined;
    return typeof status === 'number' ? status : undefined;
}
/**
 * One warning for a report GitHub refused. A 403/404 on a write means the token may not do it: name the
 * permission to add (and why forks and Dependabot cannot have it). The step's outcome never depends on it.
 */
function writeFailureWarning(what, permission, error, context) {
    const status = httpStatus(error);
    const reason = error instanceof Error ? error.message : String(error);
    if (status !== 403 && status !== 404)
        return `tlsguard could not ${what}: ${reason}. The findings are in the job summary.`;
    const readOnly = context.pullRequest?.fromFork === true || context.actor === 'dependabot[bot]'
        ? ' Runs for pull requests from forks and from Dependabot get a read-only token, so this cannot work there; the job summary has the full report.'
        : '';
    return (`tlsguard could not ${what} (HTTP ${status}: ${reason}). Give the job's token the permission ` +
        `\`permissions: ${permission}\` in the workflow (or set the \`token\` input to a token that has it).${readOnly}`);
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/action/inputs.ts


const FAIL_ON = ['new', 'any', 'none'];
const POLICIES = ['head', 'base'];
/** `getInput(name)` returns the trimmed value or '' (the runner fills in action.yml's defaults). */
function readInputs(getInput) {
    const text = (name) => nonEmpty(getInput(name));
    const noneOr = (name) => {
        const value = text(name);
        return value?.toLowerCase() === 'none' ? false : value;
    };
    const failOn = text('fail-on');
    const failSeverity = text('fail-severity');
    return {
        path: text('path') ?? '.',
        ...optional('config', text('config')),
        ...optional('baseline', noneOr('baseline')),
        ...optional('baseRef', noneOr('base-ref')),
        changedOnly: autoFlag(getInput('changed-only').trim()),
        ...optional('failOn', failOn === undefined ? undefined : oneOf('fail-on', failOn, FAIL_ON)),
        ...optional('failSeverity', failSeverity === undefined ? undefined : oneOf('fail-severity', failSeverity, types/* SEVERITIES */.oC)),
        ...optional('nonProduction', globList(getInput('non-production'))),
        ...optional('production', globList(getInput('production'))),
        annotations: flag(getInput, 'annotations', true),
        summary: flag(getInput, 'summary', true),
        comment: flag(getInput, 'comment', true),
        checkRun: flag(getInput, 'check-run', false),
        ...optional('sarifFile', text('sarif-file')),
        token: getInput('token'),
        policy: oneOf('policy', text('policy') ?? 'head', POLICIES),
    };
}
/** Globs one per line or separated by commas, as workflow authors write lists; empty: not given. */
function globList(value) {
    const globs = value
        .split(/[\n,]/)
        .map((glob) => glob.trim())
        .filter((glob) => glob.length > 0);
    return globs.length > 0 ? globs : undefined;
}
function nonEmpty(value) {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function autoFlag(value) {
    if (value === '' || value.toLowerCase() === 'auto')
        return 'auto';
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* UsageError */.eb(`input 'changed-only' must be auto, true or false (got '${value}')`);
}
/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
function flag(getInput, name, fallback) {
    const value = getInput(name).trim();
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* UsageError */.eb(`input '${name}' must be true or false (got '${value}')`);
}
function oneOf(name, value, allowed) {
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match === undefined)
        throw new errors/* UsageError */.eb(`input '${name}' must be one of ${allowed.join(', ')} (got '${value}')`);
    return match;
}

;// CONCATENATED MODULE: ./src/action/publish-annotations.ts
/** Workflow-command annotations; @actions/core escapes `%`, CR, LF and, in properties, `:` and `,`. */
function publishAnnotations(annotations, log) {
    for (const annotation of annotations) {
        log.annotate(annotation.level, annotation.message, {
            title: annotation.title,
            ...(annotation.file === undefined ? {} : { file: annotation.file }),
            ...(annotation.startLine === undefined ? {} : { startLine: annotation.startLine }),
            ...(annotation.endLine === undefined ? {} : { endLine: annotation.endLine }),
            ...(annotation.startColumn === undefined ? {} : { startColumn: annotation.startColumn }),
            ...(annotation.endColumn === undefined ? {} : { endColumn: annotation.endColumn }),
        });
    }
}

;// CONCATENATED MODULE: ./src/action/publish-check-run.ts

/** The Checks API takes at most 50 annotations per request; later requests append. */
const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** 20 requests: enough for any real pull request, well inside the content-creation rate limits. */
const MAX_CHECK_ANNOTATIONS = 1000;
/**
 * The optional check run (`check-run: true`), on the pull request's head commit rather than the merge
 * commit, with all annotations in batches of 50. A refused write is one warning.
 */
async function publishCheckRun(client, context, report, log) {
    const where = { owner: context.owner, repo: context.repo };
    const annotations = report.annotations.slice(0, MAX_CHECK_ANNOTATIONS).flatMap(checkAnnotation);
    const batches = [];
    for (let start = 0; start < annotations.length; start += CHECK_ANNOTATIONS_PER_REQUEST)
        batches.push(annotations.slice(start, start + CHECK_ANNOTATIONS_PER_REQUEST));
    const capped = report.annotations.length > MAX_CHECK_ANNOTATIONS
        ? `\n\nOnly the first ${MAX_CHECK_ANNOTATIONS} of ${report.annotations.length} findings are annotated; the job summary lists all.`
        : '';
    const output = { title: report.title, summary: `${report.summary}${capped}` };
    try {
        const { data } = await client.rest.checks.create({
            ...where,
            name: report.name,
            head_sha: context.pullRequest?.headSha ?? context.sha,
            status: 'completed',
            conclusion: report.failing ? 'failure' : 'success',
            output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
        });
        for (const batch of batches.slice(1))
            await client.rest.checks.update({
                ...where,
                check_run_id: data.id,
                output: { ...output, annotations: batch },
            });
        log.info(`Check run "${report.name}" created with ${annotations.length} annotations.`);
    }
    catch (error) {
        log.warning(writeFailureWarning('create the check run', '{ checks: write }', error, context));
    }
}
function checkAnnotation(annotation) {
    if (annotation.file === undefined || annotation.startLine === undefined)
        return [];
    return [
        {
            path: annotation.file,
            start_line: annotation.startLine,
            end_line: annotation.endLine ?? annotation.startLine,
            ...(annotation.startColumn === undefined || annotation.endColumn === undefined
                ? {}
                : { start_column: annotation.startColumn, end_column: annotation.endColumn }),
            annotation_level: annotation.level === 'error' ? 'failure' : annotation.level,
            title: annotation.title.slice(0, 255),
            message: annotation.message,
        },
    ];
}

;// CONCATENATED MODULE: ./src/action/publish-comment.ts


/**
 * The hidden marker of this step's comment. Keyed by workflow, job and scan root, so two tlsguard steps
 * (say, two packages of a monorepo) keep one comment each.
 */
function commentMarker(context, pathPrefix) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update([context.workflow ?? '', context.job ?? '', pathPrefix].join('\0'))
        .digest('hex')
        .slice(0, 12);
    return `<!-- tlsguard:pr-comment ${key} -->`;
}
/**
 * One sticky comment per pull request (design §6): found by its marker among comments written by this
 * token's account, updated in place, never duplicated. A clean run updates an existing comment to the
 * all-clear but does not open a new one. A refused write is one warning; it never fails the step.
 */
async function publishComment(client, context, comment, log) {
    const pr = context.pullRequest;
    if (pr === undefined)
        return;
    const where = { owner: context.owner, repo: context.repo };
    try {
        const author = await tokenAccount(client);
        const comments = await client.paginate(client.rest.issues.listComments, {
            ...where,
            issue_number: pr.number,
            per_page: 100,
        });
        const ours = comments
            .filter((c) => c.body?.includes(comment.marker) === true && author(c.user))
            .sort((a, b) => a.id - b.id);
        const [existing, ...duplicates] = ours;
        if (existing === undefined) {
            if (comment.clean) {
                log.info('No new findings and no earlier tlsguard comment: nothing to comment.');
                return;
            }
            await client.rest.issues.createComment({
                ...where,
                issue_number: pr.number,
                body: comment.body,
            });
            log.info(`Commented on pull request #${pr.number}.`);
            return;
        }
        if (existing.body !== comment.body)
            await client.rest.issues.updateComment({
                ...where,
                comment_id: existing.id,
                body: comment.body,
            });
        log.info(`Updated the tlsguard comment on pull request #${pr.number}.`);
        // Two runs racing can both create one; keep the oldest.
        for (const duplicate of duplicates)
            await client.rest.issues.deleteComment({ ...where, comment_id: duplicate.id });
    }
    catch (error) {
        log.warning(writeFailureWarning(`comment on pull request #${pr.number}`, '{ pull-requests: write }', error, context));
    }
}
/**
 * Which comment authors are this token's account. A personal token can ask (`GET /user`); GitHub App
 * installation tokens, GITHUB_TOKEN included, cannot — GitHub answers 403, and some servers (GitHub
 * Enterprise, proxies) 404 or 401. Their comments are written by a bot account (`github-actions[bot]`,
 * `<app>[bot]`), a name no person can register.
 */
async function tokenAccount(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return (user) => user?.login === data.login;
    }
    catch (error) {
        if (!NOT_A_USER.has(httpStatus(error) ?? 0))
            throw error;
        return (user) => user?.type === 'Bot' && user.login.endsWith('[bot]');
    }
}
/** `GET /user` answers for a token that belongs to no user account. */
const NOT_A_USER = new Set([401, 403, 404]);

// EXTERNAL MODULE: ./src/core/write-scope.ts
var write_scope = __webpack_require__(56537);
;// CONCATENATED MODULE: ./src/action/publish-sarif.ts


/**
 * Writes the SARIF file for github/codeql-action/upload-sarif; returns its path, or undefined on failure.
 * A pull request may have committed a symbolic link at that path or on the way to it: a link at the
 * file's own name is replaced by the file (its target is not touched), and a linked folder is refused.
 */
async function publishSarif(sarif, path, workspace, log) {
    try {
        const { replacedLink } = await node_fs/* nodeFileSystem */.G.writeText(path, `${JSON.stringify(sarif, null, 2)}\n`, { within: (0,write_scope/* writeScope */.S)(path, workspace), createFolders: true, replaceLink: true });
        if (replacedLink)
            log.warning(`${path} was a symbolic link (committed in the repository?); tlsguard replaced the link with the SARIF file and left its target alone.`);
        log.info(`SARIF written to ${path}`);
        return path;
    }
    catch (error) {
        log.warning(`tlsguard could not write the SARIF file ${path}: ${String(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/publish-summary.ts

/** Appends to the step summary (GITHUB_STEP_SUMMARY); outside Actions there is none, which is fine. */
async function publishSummary(markdown, log) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        log.debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
    }
    try {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    catch (error) {
        log.warning(`tlsguard could not write the job summary: ${String(error)}`);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/action/repo-layout.ts



/**
 * The scan root relative to the repository root, which annotations, links and SARIF need: git's own
 * answer when the root is in a work tree (right even when actions/checkout used a `path:`), else the
 * root relative to the workspace.
 */
async function scanRootPrefix(root, workspace) {
    const prefix = await (0,node_git/* git */.$Y)(root, ['rev-parse', '--show-prefix']);
    if (prefix !== undefined)
        return normalizeRelative(prefix.trim());
    const fromWorkspace = normalizeRelative((0,external_node_path_.relative)(workspace, root), { windows: external_node_path_.sep === '\\' });
    return fromWorkspace.startsWith('..') ? '' : fromWorkspace;
}

;// CONCATENATED MODULE: ./src/action/runner-context.ts
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
function readRunnerContext(env, readEvent, cwd) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const serverUrl = withoutTrailingSlashes(env.GITHUB_SERVER_URL ?? 'https://github.com');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const event = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined;
    const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? pullRequestOf(event) : undefined;
    return {
        eventName,
        repository,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        workspace: env.GITHUB_WORKSPACE ?? cwd,
        serverUrl,
        ...(env.GITHUB_RUN_ID && repository
            ? { runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
        ...runner_context_optional('actor', env.GITHUB_ACTOR),
        ...runner_context_optional('workflow', env.GITHUB_WORKFLOW),
        ...runner_context_optional('job', env.GITHUB_JOB),
        ...(pullRequest ? { pullRequest } : {}),
    };
}
function pullRequestOf(event) {
    const pr = field(event, 'pull_request');
    const number = field(pr, 'number');
    const baseSha = field(field(pr, 'base'), 'sha');
    const headSha = field(field(pr, 'head'), 'sha');
    if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string')
        return undefined;
    const headRepo = field(field(field(pr, 'head'), 'repo'), 'full_name');
    const baseRepo = field(field(field(pr, 'base'), 'repo'), 'full_name');
    return {
        number,
        baseSha,
        headSha,
        fromFork: typeof headRepo !== 'string' || headRepo !== baseRepo,
    };
}
function field(value, key) {
    return typeof value === 'object' && value !== null
        ? value[key]
        : undefined;
}
function runner_context_optional(key, value) {
    return value ? { [key]: value } : {};
}
/** Drops trailing `/` without a regular expression (`/\/+$/` backtracks quadratically). */
function withoutTrailingSlashes(url) {
    let end = url.length;
    while (end > 0 && url[end - 1] === '/')
        end--;
    return url.slice(0, end);
}

;// CONCATENATED MODULE: ./src/action/step-log.ts

/**
 * The step's log and its annotation counts. GitHub keeps only 10 annotations per level per step, so
 * every warning printed here (a missing permission, a shallow clone) is counted and the findings'
 * annotations use what is left.
 */
class StepLog {
    counts = { error: 0, warning: 0, notice: 0 };
    info(message) {
        core/* info */.pq(message);
    }
    debug(message) {
        core/* debug */.Yz(message);
    }
    warning(message) {
        this.counts.warning++;
        core/* warning */.$e(message);
    }
    get used() {
        return { ...this.counts };
    }
    annotate(level, message, properties) {
        this.counts[level]++;
        const emit = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm }[level];
        emit(message, properties);
    }
    /**
     * Prints text from the repository (file names, code) verbatim. Workflow commands are switched off
     * around it, so a line that happens to read `::error::…` stays text.
     */
    untrusted(text, token) {
        core/* info */.pq(`::stop-commands::${token}`);
        core/* info */.pq(text);
        core/* info */.pq(`::${token}::`);
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts






























/**
 * The Action: inputs → the same scan as the CLI → reports → outcome. The step fails for failing findings
 * or a configuration error only; a report GitHub refuses is a warning.
 */
async function run() {
    const log = new StepLog();
    try {
        const inputs = readInputs((name) => core/* getInput */.V4(name));
        // The runner masks `${{ secrets.* }}` and `github.token`, but a token built any other way is not.
        if (inputs.token !== '')
            core/* setSecret */.Pq(inputs.token);
        const context = readRunnerContext(process.env, readJson, process.cwd());
        const root = node_fs/* nodeFileSystem */.G.resolve(context.workspace, inputs.path);
        const choice = await chooseBaseRef(inputs.baseRef, context, root, node_git/* nodeGit */.ns);
        if (choice.warning !== undefined)
            log.warning(choice.warning);
        const policy = policySource(inputs.policy, context, choice.baseRef);
        const changedOnly = main_diffMode(inputs.changedOnly, context, choice.baseRef, log);
        const settings = await settingsFor(inputs, context.workspace, root, {
            baseRef: choice.baseRef,
            changedOnly,
            policy,
        });
        const result = await (0,scan/* scan */.SQ)({ ...settings.scan, committedChanges: true }, {
            fs: node_fs/* nodeFileSystem */.G,
            git: node_git/* nodeGit */.ns,
            now: () => performance.now(),
            logger: { debug: (m) => log.debug(m), warn: (m) => log.warning(m) },
        });
        log.untrusted((0,report_text/* renderText */.S5)(result, { color: false }), (0,external_node_crypto_.randomUUID)());
        const failing = (0,verdict/* failingFindings */.v)(result.findings, settings.failOn, settings.failSeverity);
        await publish({ inputs, context, settings, result, failing, root, baseRef: choice.baseRef }, log);
        conclude(failing, settings, log);
    }
    catch (error) {
        // A configuration or baseline error quotes the file: its text is the repository's.
        if (error instanceof errors/* UsageError */.eb)
            core/* setFailed */.C1(annotationText(error.message));
        else {
            core/* debug */.Yz(error instanceof Error ? (error.stack ?? error.message) : String(error));
            core/* setFailed */.C1(`tlsguard failed: ${String(error)}`);
        }
    }
}
function readJson(path) {
    return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
}
/**
 * Diff mode (design §6, performance): on a pull request with a known base only the changed files are
 * scanned, so a small pull request in a large repository costs what its files cost.
 */
function main_diffMode(input, context, baseRef, log) {
    if (input === false)
        return false;
    if (baseRef !== undefined)
        return input === true || context.pullRequest !== undefined;
    if (input === true) {
        log.warning('changed-only needs a base revision to compare with (a pull request base or the `base-ref` input); scanning every file.');
    }
    return false;
}
/**
 * `policy: base` on a pull request needs its base commit: judging it by its own files instead would
 * defeat the point, so a missing base stops the step. Elsewhere (a push) the work tree is the policy.
 */
function policySource(input, context, baseRef) {
    if (input === 'base' && baseRef === undefined && context.pullRequest !== undefined)
        throw new errors/* UsageError */.eb('`policy: base` needs the pull request’s base commit, which is not in the clone: add `with: { fetch-depth: 2 }` to the actions/checkout step.');
    return baseRef === undefined ? 'head' : input;
}
/** Inputs name files relative to the workspace, like every path in a workflow. */
async function settingsFor(inputs, workspace, root, base) {
    const { baseRef, changedOnly, policy } = base;
    const fs = node_fs/* nodeFileSystem */.G;
    const workspaceRelative = (path) => fs.resolve(workspace, path);
    return (0,settings/* resolveSettings */.M)(root, [root], {
        ...(inputs.config === undefined ? {} : { config: workspaceRelative(inputs.config) }),
        ...(inputs.baseline === undefined
            ? {}
            : { baseline: inputs.baseline === false ? false : workspaceRelative(inputs.baseline) }),
        ...(baseRef === undefined ? {} : { baseRef }),
        ...(changedOnly ? { changedOnly } : {}),
        ...(inputs.failOn === undefined ? {} : { failOn: inputs.failOn }),
        ...(inputs.failSeverity === undefined ? {} : { failSeverity: inputs.failSeverity }),
        policy,
        ...(inputs.nonProduction === undefined ? {} : { nonProduction: inputs.nonProduction }),
        ...(inputs.production === undefined ? {} : { production: inputs.production }),
    }, rules.RULES, fs, node_git/* nodeGit */.ns);
}
/** Every channel; writes to GitHub come first, because their warnings count against the annotation budget. */
async function publish(report, log) {
    const pathPrefix = await scanRootPrefix(report.root, report.context.workspace);
    const reportContext = githubReportContext(report, pathPrefix);
    const sarifPath = await writeSarif(report, pathPrefix, log);
    await publishToGitHub(report, reportContext, log);
    if (report.inputs.summary) {
        const sarifFile = sarifPath === undefined ? {} : { sarifFile: report.inputs.sarifFile ?? '' };
        await publishSummary(renderSummaryMarkdown(report.result, reportContext, sarifFile), log);
    }
    if (report.inputs.annotations) {
        publishPolicyNotices(report, pathPrefix, log);
        const changedLines = report.baseRef === undefined
            ? undefined
            : await changedLinesSince(report.root, report.baseRef);
        const plan = planAnnotations(annotationCandidates(report), {
            pathPrefix,
            ...(changedLines === undefined ? {} : { changedLines }),
            alreadyUsed: log.used,
        });
        publishAnnotations(plan.annotations, log);
    }
    setOutputs(report.result, sarifPath);
}
/**
 * A notice on each line that changes the policy, before the findings' annotations: GitHub keeps 10
 * notices per step, and one is left for the findings' "N more" notice.
 */
function publishPolicyNotices(report, pathPrefix, log) {
    const { policy } = report.result;
    if (!(0,core_policy/* hasPolicyChanges */.S)(policy))
        return;
    const notices = planPolicyAnnotations(policy, {
        pathPrefix,
        room: Math.max(0, ANNOTATIONS_PER_LEVEL - log.used.notice - 1),
        subject: report.context.pullRequest === undefined ? 'This change' : 'This pull request',
    });
    publishAnnotations(notices, log);
}
/** New findings, and accepted ones only when they fail the run (`fail-on: any`). */
function annotationCandidates(report) {
    const fresh = report.result.findings.filter((f) => f.status === 'new');
    return [...fresh, ...report.failing.filter((f) => f.status !== 'new')];
}
async function writeSarif(report, pathPrefix, log) {
    const file = report.inputs.sarifFile;
    if (file === undefined)
        return undefined;
    const sarif = renderSarif(report.result, { tool: tool/* TOOL */.j, rules: rules.RULES, pathPrefix });
    const { workspace } = report.context;
    return publishSarif(sarif, node_fs/* nodeFileSystem */.G.resolve(workspace, file), workspace, log);
}
/** The sticky comment and the optional check run: the two channels that need a token with write access. */
async function publishToGitHub(report, reportContext, log) {
    const { inputs, context, result } = report;
    const wantsComment = inputs.comment && context.pullRequest !== undefined;
    if (!wantsComment && !inputs.checkRun)
        return;
    if (inputs.token === '') {
        log.warning('tlsguard has no token (the `token` input is empty), so it cannot comment or create a check run. Leave `token` at its default, `${{ github.token }}`.');
        return;
    }
    const client = createClient(inputs.token);
    const freshCount = result.findings.filter((f) => f.status === 'new').length;
    if (wantsComment) {
        const marker = commentMarker(context, reportContext.pathPrefix);
        const body = renderPrComment(result, reportContext, { marker });
        const clean = freshCount === 0 && !(0,core_policy/* hasPolicyChanges */.S)(result.policy);
        await publishComment(client, context, { body, marker, clean }, log);
    }
    if (inputs.checkRun) {
        const all = planAnnotations(annotationCandidates(report), {
            pathPrefix: reportContext.pathPrefix,
            perLevel: Number.MAX_SAFE_INTEGER,
        });
        const prefix = reportContext.pathPrefix;
        await publishCheckRun(client, context, {
            name: prefix === '' ? 'tlsguard' : `tlsguard (${prefix})`,
            title: freshCount === 0
                ? 'No new insecure TLS usage'
                : `${freshCount} new insecure TLS finding${freshCount === 1 ? '' : 's'}`,
            summary: renderPrComment(result, reportContext, {}),
            failing: report.failing.length > 0,
            annotations: all.annotations,
        }, log);
    }
}
function githubReportContext(report, pathPrefix) {
    const { context, settings } = report;
    const commit = context.pullRequest?.headSha ?? context.sha;
    return {
        pathPrefix,
        ...(context.repository && commit
            ? {
                links: {
                    serverUrl: context.serverUrl,
                    repository: context.repository,
                    commit,
                    ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }),
                },
            }
            : {}),
        verdict: {
            failOn: settings.failOn,
            failSeverity: settings.failSeverity,
            failing: report.failing.length,
        },
        ...(settings.scan.changedSince === undefined
            ? {}
            : { changedSince: settings.scan.changedSince }),
        ...(context.pullRequest === undefined ? {} : { pullRequest: true }),
    };
}
function setOutputs(result, sarifPath) {
    const fresh = result.findings.filter((f) => f.status === 'new').length;
    core/* setOutput */.uH('new-count', fresh);
    core/* setOutput */.uH('unchanged-count', result.findings.length - fresh);
    core/* setOutput */.uH('fixed-count', result.fixed.reduce((sum, entry) => sum + entry.count, 0));
    core/* setOutput */.uH('total-count', result.findings.length);
    core/* setOutput */.uH('sarif-file', sarifPath ?? '');
    const policy = result.policy;
    core/* setOutput */.uH('policy-changes', policy === undefined
        ? 0
        : policy.acceptedEntries.length +
            policy.rules.length +
            policy.settings.length +
            policy.suppressions.length);
}
/**
 * Fails the step for failing findings. The failure message is an error annotation too, so it is only
 * printed as one while the findings left room for it; otherwise the exit code carries the failure.
 */
function conclude(failing, settings, log) {
    if (failing.length === 0)
        return;
    const which = settings.failOn === 'new' ? 'new ' : '';
    const message = `${failing.length} ${which}insecure TLS finding${failing.length === 1 ? '' : 's'} at or above ${settings.failSeverity} (see the job summary)`;
    if (log.used.error < ANNOTATIONS_PER_LEVEL)
        core/* setFailed */.C1(message);
    else {
        log.info(`Error: ${message}`);
        process.exitCode = core/* ExitCode */.yU.Failure;
    }
}


/***/ })

};
