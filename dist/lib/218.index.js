export const id = 218;
export const ids = [218];
export const modules = {

/***/ 60218:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36769);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 36769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32274);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19331);
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79478);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65655);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38369);
/* harmony import */ var _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88867);
/* harmony import */ var _platform_node_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79662);









/** The Action: scan the workspace, print the findings, fail the step on new findings. */
async function run() {
    try {
        const workspace = _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeFileSystem */ .G.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
        const root = _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeFileSystem */ .G.resolve(workspace, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('path') || '.');
        const settings = await (0,_core_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSettings */ .M)(root, [root], {}, _rules_index_js__WEBPACK_IMPORTED_MODULE_5__.RULES, _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeFileSystem */ .G);
        const result = await (0,_core_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scan */ .SQ)(settings.scan, {
            fs: _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeFileSystem */ .G,
            git: _platform_node_git_js__WEBPACK_IMPORTED_MODULE_7__/* .nodeGit */ .n,
            now: () => performance.now(),
            logger: { debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m), warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m) },
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderText */ .S)(result, { color: false }));
        const failing = (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_8__/* .failingFindings */ .v)(result.findings, settings.failOn, settings.failSeverity);
        if (failing.length > 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${failing.length} new insecure TLS finding(s)`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e ? error.message : `tlsguard failed: ${String(error)}`);
    }
}


/***/ })

};
