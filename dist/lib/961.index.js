export const id = 961;
export const ids = [961];
export const modules = {

/***/ 21961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   mn: () => (/* binding */ HEADLINE_MAX_CHARS)
/* harmony export */ });
/* unused harmony exports LANGUAGE_IDS, CATEGORIES, DOCS_BASE_URL */
/**
 * The languages tlsguard reads (design §3). A rule is one concept across them: one id, one set of
 * messages, and a checker for each language it covers.
 */
const LANGUAGE_IDS = (/* unused pure expression or super */ null && (['javascript']));
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
const DOCS_BASE_URL = 'https://github.com/tlsguard/tlsguard/blob/main/docs/rules/';
/** Pages of the built-in `tlsguard/…` ids, which are not rules of the registry. */
const BUILT_IN_DOCS = {
    'tlsguard/suppression': 'https://github.com/tlsguard/tlsguard/blob/main/docs/suppressions.md',
};
function docsUrl(ruleId) {
    return BUILT_IN_DOCS[ruleId] ?? `${DOCS_BASE_URL}${ruleId}.md`;
}


/***/ })

};
