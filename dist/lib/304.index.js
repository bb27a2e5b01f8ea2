export const id = 304;
export const ids = [304];
export const modules = {

/***/ 95304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemaValidator: () => (/* binding */ schemaValidator)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schema_tlsguard_schema_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79129);


/** The configuration schema's validator (its own module, so ajv is loaded only when a file exists). */
function schemaValidator() {
    return new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: false, strict: true }).compile(_schema_tlsguard_schema_json__WEBPACK_IMPORTED_MODULE_0__);
}


/***/ })

};
