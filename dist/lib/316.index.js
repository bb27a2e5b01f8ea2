export const id = 316;
export const ids = [316];
export const modules = {

/***/ 26316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeInWorker: () => (/* binding */ analyzeInWorker)
/* harmony export */ });
/* harmony import */ var _core_file_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49867);
/* harmony import */ var _parse_parser_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38176);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54843);



const registry = new Map(_rules_index_js__WEBPACK_IMPORTED_MODULE_2__.RULES.map((rule) => [rule.id, rule]));
/** One file's analysis inside a worker thread (the pool's task handler). */
async function analyzeInWorker(task) {
    return (0,_core_file_task_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeTask */ .q)(await (0,_parse_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .loadParser */ .q)(), task, registry);
}


/***/ })

};
