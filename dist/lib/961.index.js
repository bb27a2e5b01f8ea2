export const id = 961;
export const ids = [961];
export const modules = {

/***/ 21961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   NU: () => (/* binding */ defaultSeverity),
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   mn: () => (/* binding */ HEADLINE_MAX_CHARS)
/* harmony export */ });
/* unused harmony exports LANGUAGE_IDS, CATEGORIES, DOCS_BASE_URL */
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60432);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);


/**
 * The languages tlsguard reads (design §3). A rule is one concept across them: one id, one set of
 * messages, and a checker for each language it covers.
 */
const LANGUAGE_IDS = (/* unused pure expression or super */ null && (['javascript', 'python', 'config']));
const CATEGORIES = (/* unused pure expression or super */ null && ([
    'certificate-verification',
    'hostname-verification',
    'client-certificates',
    'protocol-version',
    'cipher-suites',
    'deprecated-api',
    'key-logging',
    'environment-override',
    'browser-automation',
]));
/** A finding's headline, placeholders filled and conditions added, is cut to this many characters. */
const HEADLINE_MAX_CHARS = 160;
/** Identity helper that keeps message ids typed. */
function defineRule(rule) {
    return rule;
}
/** A rule's severity when the configuration sets none: that of its most severe message. */
function defaultSeverity(rule) {
    const risks = Object.values(rule.meta.messages).map((spec) => (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .riskRank */ .wv)(spec.risk));
    return (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityForRisk */ .M6)(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .RISKS */ .F7[Math.max(...risks)] ?? 'info');
}
const DOCS_BASE_URL = 'https://github.com/tlsguard/tlsguard/blob/main/docs/rules/';
/** Pages of the built-in `tlsguard/…` ids, which are not rules of the registry. */
const BUILT_IN_DOCS = {
    'tlsguard/suppression': 'https://github.com/tlsguard/tlsguard/blob/main/docs/suppressions.md',
};
function docsUrl(ruleId) {
    return BUILT_IN_DOCS[ruleId] ?? `${DOCS_BASE_URL}${ruleId}.md`;
}


/***/ }),

/***/ 60432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ severityForRisk),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   gk: () => (/* binding */ securitySeverityScore),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   wv: () => (/* binding */ riskRank)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);

function severityRank(severity) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(severity);
}
/** True when `severity` is at or above `threshold`. */
function reaches(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
function riskRank(risk) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RISKS */ .F7.indexOf(risk);
}
/** critical/high block, medium warns, low/info inform — the catalogue's scale folded onto three levels. */
function severityForRisk(risk) {
    switch (risk) {
        case 'critical':
        case 'high':
            return 'error';
        case 'medium':
            return 'warning';
        case 'low':
        case 'info':
            return 'note';
    }
}
/** SARIF `security-severity` (a CVSS-like score GitHub uses to label alerts critical/high/medium/low). */
function securitySeverityScore(risk) {
    const scores = {
        critical: '9.5',
        high: '8.0',
        medium: '5.5',
        low: '3.0',
        info: '1.0',
    };
    return scores[risk];
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ RISKS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony export DIAGNOSTIC_KINDS */
/** The shared vocabulary of every stage. Plain data only: renderers and the baseline work on these shapes. */
/** How loudly a finding is reported. Ordered: a finding "reaches" a level when it is at or above it. */
const SEVERITIES = ['note', 'warning', 'error'];
/** The catalogue's finer risk scale (rules.md); it decides the severity and SARIF's security-severity. */
const RISKS = ['info', 'low', 'medium', 'high', 'critical'];
/**
 * What went wrong with one input. Each kind is also the SARIF notification descriptor id, and part of
 * the JSON contract (README): kinds are only ever added.
 */
const DIAGNOSTIC_KINDS = (/* unused pure expression or super */ null && ([
    /** Not valid JavaScript/TypeScript (a syntax error, or merge-conflict markers): not analyzed. */
    'parse-error',
    /** Could not be read (permissions, deleted during the scan, an I/O error): not analyzed. */
    'read-error',
    /** A rule or the engine failed on this file: a bug in tlsguard; other rules and files went on. */
    'internal-error',
    /** NUL bytes in the first 8,000 bytes (git's heuristic): not source code, not analyzed. */
    'binary-file',
    /** Not valid UTF-8: analyzed with the bad bytes replaced by U+FFFD, so columns near them may be off. */
    'invalid-utf8',
    /** Over the size limit (2 MB): not read; also counted in `stats.filesSkipped`. */
    'too-large',
    /** Nested too deeply or too big to analyze safely (stack or node limit): not analyzed (in part). */
    'too-complex',
    /** A symbolic link to a file outside the scan root: not followed, so never read. */
    'outside-root',
    /**
     * Has syntax errors the parser recovered from (Python): analyzed, but code in and next to the broken
     * parts may have been missed.
     */
    'partial-parse',
]));


/***/ })

};
