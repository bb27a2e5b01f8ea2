export const id = 284;
export const ids = [284];
export const modules = {

/***/ 1284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPrefilter: () => (/* binding */ createPrefilter),
  passEverything: () => (/* binding */ passEverything)
});

;// CONCATENATED MODULE: ./src/prefilter/byte-matcher.ts
const MAX_SHIFT = 255;
/**
 * Wu–Manber multi-pattern search: a table indexed by (a hash of) the last three bytes of the window says
 * how far the window may jump; only where it says 0 are the candidate patterns compared. Three bytes
 * rather than two: pairs such as `re` or `on` end a window everywhere in source code and keep shifts
 * short; triples rarely do, which made the scan of the npm corpus (367 MB, 88 words) 1.7x faster. Source files almost never
 * contain the rare identifiers rules look for, so the scan mostly jumps by about the shortest pattern's
 * length and reads a fraction of the bytes — several times faster than a RegExp alternation, and it
 * works on the raw bytes, so files without any pattern are never decoded.
 *
 * On UTF-8 bytes this finds exactly what a search of the decoded text finds: a character's encoding
 * never occurs inside another's, and an invalid sequence never swallows an ASCII byte when decoded.
 */
function createByteMatcher(patterns) {
    if (patterns.some((pattern) => pattern.length === 0))
        throw new Error('empty pattern');
    if (patterns.length === 0)
        return { find: () => [] };
    const shortest = Math.min(...patterns.map((p) => p.length));
    const block = Math.min(shortest, 3);
    const tables = buildTables(patterns, shortest, block);
    return {
        find: (bytes) => search(bytes, patterns, shortest, block, tables),
    };
}
/** The table slot of the `block` bytes ending at `end`: three bytes are hashed into 16 bits. */
function blockAt(bytes, end, block) {
    const last = bytes[end] ?? 0;
    if (block === 1)
        return last;
    const before = bytes[end - 1] ?? 0;
    if (block === 2)
        return (before << 8) | last;
    return (((bytes[end - 2] ?? 0) << 10) ^ (before << 5) ^ last) & 0xffff;
}
function buildTables(patterns, shortest, block) {
    const shift = new Uint8Array(block === 1 ? 256 : 65536).fill(Math.min(shortest - block + 1, MAX_SHIFT));
    const candidates = [];
    patterns.forEach((pattern, index) => {
        for (let end = block - 1; end < shortest; end++) {
            const slot = blockAt(pattern, end, block);
            const distance = shortest - 1 - end;
            if (distance < (shift[slot] ?? 0))
                shift[slot] = distance;
            if (distance === 0)
                (candidates[slot] ??= []).push(index);
        }
    });
    return { shift, candidates };
}
function search(bytes, patterns, shortest, block, { shift, candidates }) {
    let found;
    const length = bytes.length;
    for (let end = shortest - 1; end < length;) {
        const slot = blockAt(bytes, end, block);
        const distance = shift[slot] ?? 0;
        if (distance > 0) {
            end += distance;
            continue;
        }
        const start = end - shortest + 1;
        for (const index of candidates[slot] ?? []) {
            const pattern = patterns[index];
            if (pattern && found?.has(index) !== true && matchesAt(bytes, pattern, start)) {
                found ??= new Set();
                found.add(index);
                if (found.size === patterns.length)
                    return [...found].sort((a, b) => a - b);
            }
        }
        end++;
    }
    return found ? [...found].sort((a, b) => a - b) : [];
}
function matchesAt(bytes, pattern, start) {
    if (start + pattern.length > bytes.length)
        return false;
    for (let offset = 0; offset < pattern.length; offset++) {
        if (bytes[start + offset] !== pattern[offset])
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/prefilter/near.ts
/**
 * Whether `other` occurs within `window` bytes before or after some occurrence of `word`. Run only on
 * files that contain `word`, so plain scans through the native `indexOf` are fast enough.
 */
function occursNear(bytes, word, other, window) {
    for (let at = indexOf(bytes, word, 0, bytes.length); at !== -1;) {
        const from = Math.max(0, at - window - other.length);
        const to = Math.min(bytes.length, at + word.length + window + other.length);
        if (indexOf(bytes, other, from, to) !== -1)
            return true;
        at = indexOf(bytes, word, at + 1, bytes.length);
    }
    return false;
}
/** The first offset in [from, to) where `word` starts and fits, or -1. */
function indexOf(bytes, word, from, to) {
    const first = word[0];
    if (first === undefined)
        return from;
    const last = to - word.length;
    // The native indexOf jumps to candidate first bytes; only there are the other bytes compared.
    for (let at = bytes.indexOf(first, from); at !== -1 && at <= last; at = bytes.indexOf(first, at + 1)) {
        if (near_matchesAt(bytes, word, at))
            return at;
    }
    return -1;
}
function near_matchesAt(bytes, word, start) {
    for (let offset = 1; offset < word.length; offset++) {
        if (bytes[start + offset] !== word[offset])
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/prefilter/prefilter.ts


const encoder = new TextEncoder();
/**
 * How close the words of a trigger group must be (bytes, either side of the first word). Small files
 * are covered whole; in a megabyte bundle that mentions `proxy` in one module and `secure` in another,
 * the two do not make the file worth parsing.
 */
const GROUP_WINDOW = 4096;
/**
 * One combined matcher for every rule's (primary) trigger words, so each file's bytes are scanned
 * once, not once per rule. Rules without triggers run on every parsed file but do not by themselves
 * cause parsing.
 */
function createPrefilter(allRules, options) {
    // A rule without triggers for the language has no checker for it.
    const rules = allRules.filter((rule) => rule.triggers[options.language] !== undefined);
    const triggersOf = (rule) => rule.triggers[options.language] ?? [];
    const groupsByWord = new Map();
    for (const word of options.alsoParseOn ?? [])
        groupsByWord.set(word, []);
    for (const rule of rules) {
        for (const trigger of triggersOf(rule)) {
            const [word, ...near] = typeof trigger === 'string' ? [trigger] : trigger;
            if (word === '')
                continue;
            const group = { rule, word: encoder.encode(word), near: near.map((w) => encoder.encode(w)) };
            groupsByWord.set(word, [...(groupsByWord.get(word) ?? []), group]);
        }
    }
    const words = [...groupsByWord.keys()].sort();
    const matcher = createByteMatcher(words.map((word) => encoder.encode(word)));
    const always = rules.filter((rule) => triggersOf(rule).length === 0);
    const extraWords = new Set(options.alsoParseOn ?? []);
    const check = (content) => {
        const bytes = typeof content === 'string' ? encoder.encode(content) : content;
        const found = matcher.find(bytes).map((index) => words[index] ?? '');
        if (found.length === 0)
            return { rules: [], parse: false };
        const triggered = new Set(found
            .flatMap((word) => groupsByWord.get(word) ?? [])
            .filter((group) => group.near.every((other) => occursNear(bytes, group.word, other, GROUP_WINDOW)))
            .map((group) => group.rule));
        if (triggered.size === 0)
            return { rules: [], parse: found.some((w) => extraWords.has(w)) };
        for (const rule of always)
            triggered.add(rule);
        return { rules: rules.filter((rule) => triggered.has(rule)), parse: true };
    };
    return { words, check, rulesFor: (text) => check(text).rules };
}
/**
 * No prefilter: every file is parsed and every rule with a checker for the language runs (to check that
 * the prefilter loses nothing).
 */
function passEverything(allRules, language) {
    const rules = allRules.filter((rule) => rule.triggers[language] !== undefined);
    return {
        words: [],
        check: () => ({ rules: [...rules], parse: true }),
        rulesFor: () => [...rules],
    };
}


/***/ })

};
