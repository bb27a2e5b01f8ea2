export const id = 656;
export const ids = [656];
export const modules = {

/***/ 51656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DIRECTIVE_MARKER: () => (/* binding */ DIRECTIVE_MARKER),
/* harmony export */   applySuppressions: () => (/* binding */ applySuppressions),
/* harmony export */   parseDirectives: () => (/* binding */ parseDirectives)
/* harmony export */ });
const DIRECTIVE_MARKER = 'tlsguard-ignore';
const NEXT_LINE = '-next-line';
/** The directives among a file's comments; comments that merely mention the word are ignored. */
function parseDirectives(comments, lineMap) {
    const directives = [];
    for (const comment of comments) {
        const directive = parseDirective(comment, lineMap);
        if (directive)
            directives.push(directive);
    }
    return directives;
}
// Plain string operations, no regular expression: comments are untrusted input of any length.
function parseDirective(comment, lineMap) {
    const text = comment.value.replace(/^[\s*]+/, '').trim();
    if (!text.startsWith(DIRECTIVE_MARKER))
        return undefined;
    let rest = text.slice(DIRECTIVE_MARKER.length);
    const nextLine = rest.startsWith(NEXT_LINE);
    if (nextLine)
        rest = rest.slice(NEXT_LINE.length);
    if (rest !== '' && !/^\s/.test(rest))
        return undefined; // `tlsguard-ignored`, `tlsguard-ignore-foo`
    const separator = rest.indexOf('--');
    const ids = separator < 0 ? rest : rest.slice(0, separator);
    const reason = separator < 0 ? '' : rest.slice(separator + 2).trim();
    return {
        comment,
        targetLine: nextLine
            ? lineMap.position(comment.range[1]).line + 1
            : lineMap.position(comment.range[0]).line,
        ruleIds: ids.split(/[\s,]+/).filter((id) => id.length > 0),
        reason: reason === '' ? undefined : reason,
    };
}
/**
 * Splits a file's findings into kept and suppressed, and reports directives that are malformed (no rule,
 * unknown rule, no reason — these suppress nothing) or that suppress nothing.
 */
function applySuppressions(findings, directives, ruleIds, suggest) {
    const suppressed = [];
    const problems = [];
    const taken = new Set();
    for (const directive of directives) {
        const problem = malformed(directive, ruleIds, suggest);
        if (problem) {
            problems.push(problem);
            continue;
        }
        for (const ruleId of directive.ruleIds) {
            const matches = findings.filter((f) => f.ruleId === ruleId && f.line === directive.targetLine && !taken.has(f));
            for (const finding of matches) {
                taken.add(finding);
                suppressed.push({ finding, reason: directive.reason ?? '' });
            }
            if (matches.length === 0 && ruleIds.active.has(ruleId)) {
                problems.push({
                    directive,
                    messageId: 'unused',
                    data: { ruleId, line: String(directive.targetLine) },
                });
            }
        }
    }
    return { kept: findings.filter((f) => !taken.has(f)), suppressed, problems };
}
function malformed(directive, ruleIds, suggest) {
    if (directive.ruleIds.length === 0)
        return { directive, messageId: 'missingRule', data: {} };
    const unknown = directive.ruleIds.find((id) => !ruleIds.known.includes(id));
    if (unknown !== undefined) {
        return {
            directive,
            messageId: 'unknownRule',
            data: { ruleId: unknown, suggestion: suggest(unknown) },
        };
    }
    if (directive.reason === undefined) {
        return { directive, messageId: 'missingReason', data: { ruleId: directive.ruleIds[0] ?? '' } };
    }
    return undefined;
}


/***/ })

};
