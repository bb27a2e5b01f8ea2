export const id = 84;
export const ids = [84,284];
export const modules = {

/***/ 39417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/** The candidate nearest to `word` by edit distance, if it is close enough to be a plausible typo. */
function closest(word, candidates) {
    const extensions = candidates.filter((candidate) => candidate.startsWith(word));
    if (word.length >= 3 && extensions.length === 1)
        return extensions[0];
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))
        ? best
        : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** ` (did you mean "x"?)` or nothing. */
function didYouMean(word, candidates) {
    const suggestion = closest(word, candidates);
    return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}


/***/ }),

/***/ 36053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   FW: () => (/* binding */ checkGlobList),
/* harmony export */   tI: () => (/* binding */ compileGlobs)
/* harmony export */ });
/* unused harmony exports MAX_PATTERN_LENGTH, globProblem, GlobSyntaxError */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Glob matching that cannot stall. `.tlsguard.json` may come from a pull request, and so may every file
 * name; picomatch (like minimatch and every glob library that compiles to a backtracking RegExp) took
 * 158 s to test `**\/*a*a*a*a*a*a*a*a*a*b` against one 60-character name. Here a pattern is compiled
 * into a small automaton and simulated over the path, so one test costs at most (path length × pattern
 * size) steps, whatever both contain.
 *
 * Syntax, as picomatch reads it with `dot: true` (a randomized test compares the two): `*` (any
 * characters but `/`, dot files included), `?` (one such character), `**` as a whole segment (any
 * number of folders, none included), `[abc]`, `[a-z]`, `[^a]` and `[!a]` (negated), `{a,b}`
 * alternatives (nested too), `\` to take the next character literally, a leading `./` ignored. One
 * difference, on purpose: `src/**` matches what is below `src`, not a file named `src` (picomatch
 * matches that file too, except after `*`: `src*\/**`).
 * Extended globs and regular-expression groups (`@(a|b)`, `(x)`), numeric ranges (`{1..3}`), POSIX
 * classes (`[[:alpha:]]`) and negated patterns (`!x`) are refused when the configuration is loaded:
 * silently reading them another way would change which files are scanned.
 */

/** A pattern is at most this long; all its `{a,b}` alternatives together at most `MAX_EXPANDED`. */
const MAX_PATTERN_LENGTH = 1024;
const MAX_EXPANDED = 4096;
/** The problem with a pattern, in words for a configuration error; undefined when it is fine. */
function globProblem(pattern) {
    try {
        compileGlob(pattern);
        return undefined;
    }
    catch (error) {
        return error instanceof GlobSyntaxError ? error.message : String(error);
    }
}
/**
 * Checks a configuration's glob list when it is loaded: a pattern tlsguard would not read as written
 * stops the run (exit 2) with the key, the pattern and the problem.
 */
function checkGlobList(patterns, key, file) {
    for (const [index, pattern] of (patterns ?? []).entries()) {
        const problem = globProblem(pattern);
        const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 79)}…` : pattern);
        if (problem !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${key}[${index}]" ${shown} ${problem}`, file);
    }
}
/** One matcher for a list of patterns: true when any matches. Throws GlobSyntaxError (see `globProblem`). */
function compileGlobs(patterns) {
    const automata = patterns.flatMap(compileGlob).map(withLiterals);
    return (path) => automata.some((automaton) => !ruledOut(automaton, path) && run(automaton.nodes, path));
}
/**
 * The folder a pattern starts in: its leading segments without wildcards (`packages/node_modules` of
 * `packages/node_modules/**`), '' when the first segment has one.
 */
function globBase(pattern) {
    const segments = pattern.replace(/^(?:\.\/)+/, '').split('/');
    const literal = [];
    for (const segment of segments.slice(0, -1)) {
        if (/[*?[{\\]/.test(segment))
            break;
        literal.push(segment);
    }
    return literal.join('/');
}
class GlobSyntaxError extends Error {
    name = 'GlobSyntaxError';
}
function compileGlob(pattern) {
    if (pattern.length > MAX_PATTERN_LENGTH)
        throw new GlobSyntaxError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
    if (pattern.startsWith('!'))
        throw new GlobSyntaxError('starts with "!": negated patterns are not supported (use "exclude" for what to leave out)');
    let relative = pattern;
    while (relative.startsWith('./'))
        relative = relative.slice(2);
    const alternatives = expandBraces(relative);
    if (alternatives.reduce((sum, text) => sum + text.length, 0) > MAX_EXPANDED)
        throw new GlobSyntaxError(`has {…} alternatives that expand to over ${MAX_EXPANDED} characters`);
    return alternatives.map(compileAlternative);
}
function compileAlternative(pattern) {
    // `**/**` is `**`.
    const segments = pattern
        .split('/')
        .filter((segment, index, all) => segment !== '**' || all[index - 1] !== '**');
    const nodes = [];
    for (const [index, segment] of segments.entries()) {
        const last = index === segments.length - 1;
        if (segment === '**' && last) {
            // Anything at all below the folder (not the folder itself: a file is never a folder).
            nodes.push({ kind: 'rest' });
            continue;
        }
        if (segment === '**') {
            // The loop consumes the `/` that ends each folder it matches, so none is emitted here.
            nodes.push({ kind: 'globstar' }, { kind: 'loop' });
            continue;
        }
        nodes.push(...segmentNodes(segment));
        if (!last)
            nodes.push({ kind: 'char', char: '/' });
    }
    return nodes;
}
function segmentNodes(segment) {
    const nodes = [];
    for (let at = 0; at < segment.length; at++) {
        const char = segment.charAt(at);
        if (char === '\\') {
            if (at + 1 >= segment.length)
                throw new GlobSyntaxError('ends with a lone "\\"');
            nodes.push({ kind: 'char', char: segment.charAt(++at) });
        }
        else if (char === '*') {
            if (nodes.at(-1)?.kind !== 'star')
                nodes.push({ kind: 'star' });
        }
        else if (char === '?') {
            nodes.push({ kind: 'one' });
        }
        else if (char === '[' && segment.includes(']', at + 2)) {
            const end = classEnd(segment, at);
            nodes.push({ kind: 'class', test: classTest(segment.slice(at + 1, end)) });
            at = end;
        }
        else if (char === '(' || char === ')') {
            throw new GlobSyntaxError(`uses "${char}": extended globs and groups are not supported (write \\${char} for the character itself)`);
        }
        else {
            nodes.push({ kind: 'char', char });
        }
    }
    return nodes;
}
/** Index of the `]` closing the class opened at `start` (a `]` right after `[` or `[^` is a member). */
function classEnd(segment, start) {
    let at = start + 1;
    if (segment[at] === '!' || segment[at] === '^')
        at++;
    if (segment[at] === ']')
        at++;
    for (; at < segment.length; at++) {
        if (segment[at] === '\\')
            at++;
        else if (segment[at] === ']')
            return at;
    }
    throw new GlobSyntaxError('has a "[" without its "]"');
}
function classTest(body) {
    if (body.startsWith('[:') || body.includes('[:'))
        throw new GlobSyntaxError('uses a POSIX character class ([:name:]), which is not supported');
    const negated = body.startsWith('!') || body.startsWith('^');
    const members = negated ? body.slice(1) : body;
    const ranges = [];
    for (let at = 0; at < members.length; at++) {
        let low = members.charAt(at);
        if (low === '\\')
            low = members.charAt(++at);
        if (members[at + 1] === '-' && at + 2 < members.length) {
            let high = members.charAt(at + 2);
            at += 2;
            if (high === '\\')
                high = members.charAt(++at);
            ranges.push([low, high]);
        }
        else {
            ranges.push([low, low]);
        }
    }
    return (char) => ranges.some(([low, high]) => char >= low && char <= high) !== negated;
}
/** `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`; a brace without a comma, or unclosed, is literal. */
function expandBraces(pattern) {
    const open = findBrace(pattern);
    if (open === undefined)
        return [pattern];
    const { start, end, parts } = open;
    const results = [];
    for (const part of parts) {
        for (const expanded of expandBraces(`${pattern.slice(0, start)}${part}${pattern.slice(end + 1)}`)) {
            results.push(expanded);
            if (results.length > MAX_EXPANDED)
                throw new GlobSyntaxError(`has {…} alternatives that expand to over ${MAX_EXPANDED} patterns`);
        }
    }
    return results;
}
/** The first `{…}` with a top-level comma: its bounds and parts. */
function findBrace(pattern) {
    for (let start = 0; start < pattern.length; start++) {
        if (pattern[start] === '\\') {
            start++;
            continue;
        }
        if (pattern[start] !== '{')
            continue;
        const found = braceParts(pattern, start);
        if (found)
            return found;
    }
    return undefined;
}
function braceParts(pattern, start) {
    let depth = 0;
    let partStart = start + 1;
    const parts = [];
    for (let at = start; at < pattern.length; at++) {
        const char = pattern[at];
        if (char === '\\')
            at++;
        else if (char === '{')
            depth++;
        else if (char === '}' && --depth === 0) {
            if (parts.length === 0) {
                if (pattern.slice(start + 1, at).includes('..'))
                    throw new GlobSyntaxError('uses a {a..b} range, which is not supported; list the values');
                return undefined;
            }
            return { start, end: at, parts: [...parts, pattern.slice(partStart, at)] };
        }
        else if (char === ',' && depth === 1) {
            parts.push(pattern.slice(partStart, at));
            partStart = at + 1;
        }
    }
    return undefined;
}
function withLiterals(nodes) {
    const runs = [];
    let text = '';
    for (const node of nodes) {
        if (node.kind === 'char') {
            text += node.char;
        }
        else {
            runs.push(text);
            text = '';
        }
    }
    runs.push(text);
    const prefix = runs[0] ?? '';
    const suffix = text;
    const infix = runs.reduce((longest, run) => (run.length > longest.length ? run : longest), '');
    return { nodes, prefix, suffix, infix };
}
function ruledOut(automaton, path) {
    return (!path.startsWith(automaton.prefix) ||
        !path.endsWith(automaton.suffix) ||
        !path.includes(automaton.infix));
}
/**
 * Simulates the automaton: the set of nodes reached so far, advanced one character at a time
 * (Thompson's construction: never more than one visit per node and character).
 */
function run(nodes, path) {
    const states = new States(nodes);
    let count = states.add(0, 0);
    for (const char of path) {
        count = states.advance(count, char);
        if (count === 0)
            return false;
    }
    return states.accepting(count);
}
/** The simulation's two state lists and its "added in this step" marks, allocated once per run. */
class States {
    nodes;
    current;
    next;
    marks;
    generation = 1;
    constructor(nodes) {
        this.nodes = nodes;
        this.current = new Int32Array(nodes.length + 1);
        this.next = new Int32Array(nodes.length + 1);
        this.marks = new Uint32Array(nodes.length + 1);
    }
    /** Adds `at` and the nodes reachable from it without consuming a character; returns the new count. */
    add(at, count) {
        if (this.marks[at] === this.generation)
            return count;
        this.marks[at] = this.generation;
        this.next[count++] = at;
        const kind = this.nodes[at]?.kind;
        if (kind === 'star')
            return this.add(at + 1, count);
        if (kind === 'globstar')
            return this.add(at + 2, this.add(at + 1, count));
        return count;
    }
    /** Moves every state over `char`; returns how many states there are now. */
    advance(count, char) {
        [this.current, this.next] = [this.next, this.current];
        this.generation++;
        let added = 0;
        for (let index = 0; index < count; index++) {
            const at = this.current[index] ?? 0;
            for (const target of targets(this.nodes[at], at, char))
                added = this.add(target, added);
        }
        return added;
    }
    accepting(count) {
        for (let index = 0; index < count; index++) {
            const at = this.next[index] ?? 0;
            if (at === this.nodes.length || accepts(this.nodes[at]))
                return true;
        }
        return false;
    }
}
const NONE = [];
/** The nodes a node moves to over `char`. */
function targets(node, at, char) {
    switch (node?.kind) {
        case 'char':
            return node.char === char ? [at + 1] : NONE;
        case 'one':
            return char === '/' ? NONE : [at + 1];
        case 'class':
            return char !== '/' && node.test(char) ? [at + 1] : NONE;
        case 'star':
            return char === '/' ? NONE : [at];
        case 'loop':
            return char === '/' ? [at, at + 1] : [at];
        case 'rest':
            return [at];
        default:
            return NONE;
    }
}
/** A node where the path may end besides the end itself: a trailing `**`. */
function accepts(node) {
    return node?.kind === 'rest';
}


/***/ }),

/***/ 96567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ TOOL)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/core/tool.ts

/** Name and version as printed by `--version` and written into JSON and SARIF. */
const TOOL = { name: 'tlsguard', version: package_namespaceObject.rE };


/***/ }),

/***/ 27973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XN: () => (/* binding */ nonProductionFile),
/* harmony export */   lI: () => (/* binding */ surfaceOf),
/* harmony export */   m0: () => (/* binding */ mayBeScript)
/* harmony export */ });
/** Files known by their exact name, wherever they are. */
const BY_NAME = new Map([
    ['dockerfile', 'dockerfile'],
    ['containerfile', 'dockerfile'],
    ['.npmrc', 'npmrc'],
    ['.yarnrc', 'yarnrc'],
    ['.yarnrc.yml', 'yarnrc-yml'],
    ['.yarnrc.yaml', 'yarnrc-yml'],
    ['package.json', 'package-json'],
    ['.gitconfig', 'gitconfig'],
    ['.curlrc', 'curlrc'],
    ['_curlrc', 'curlrc'],
    ['.wgetrc', 'wgetrc'],
    ['pip.conf', 'pip-conf'],
    ['pip.ini', 'pip-conf'],
    ['action.yml', 'action'],
    ['action.yaml', 'action'],
]);
const DOCKERFILE = /^(?:dockerfile|containerfile)\.[\w.-]+$|\.(?:dockerfile|containerfile)$/i;
const COMPOSE = /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i;
const DOTENV = /^\.env(?:\.[\w.-]+)?$|^[\w.-]+\.env$/;
const YAML = /\.ya?ml$/i;
const SHELL_EXTENSION = /\.(?:sh|bash)$/i;
/** `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/usr/bin/env -S bash -e`, dash and ash. */
const SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:ba|da|a)?sh(?:\s|$)/;
/**
 * Extension-less names that are never shell scripts: they are not read to look at their first line
 * (every package has a LICENSE; tools ship binaries without extension).
 */
const NOT_SCRIPTS = new Set([
    'license',
    'licence',
    'copying',
    'notice',
    'authors',
    'contributors',
    'readme',
    'changelog',
    'changes',
    'history',
    'patents',
    'makefile',
    'procfile',
    'version',
    'owners',
    'codeowners',
    'dockerfile',
    'containerfile',
    'gemfile',
    'rakefile',
    'jenkinsfile',
    'vagrantfile',
    'brewfile',
]);
/** The format of a file, by its path (and, for a file without extension, its shebang). */
function surfaceOf(path, firstLine) {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    const lower = name.toLowerCase();
    const known = BY_NAME.get(lower) ?? BY_NAME.get(name);
    if (known)
        return known;
    if (DOCKERFILE.test(name))
        return 'dockerfile';
    if (YAML.test(name))
        return yamlSurface(path, name);
    if (DOTENV.test(name))
        return 'dotenv';
    if (isRequirementsName(name) || isInRequirementsFolder(path, name))
        return 'requirements';
    if (SHELL_EXTENSION.test(name))
        return 'shell';
    if (firstLine !== undefined && mayBeScript(path) && SHELL_SHEBANG.test(firstLine))
        return 'shell';
    return undefined;
}
/**
 * `requirements.txt`, `dev-requirements.in`, `requirements_test.txt`, `requirements.dev.txt`: the word
 * `requirements` between separators (`-`, `_`, `.`) or the ends, before `.txt` or `.in`.
 */
function isRequirementsName(name) {
    const lower = name.toLowerCase();
    if (!/^[\w.-]+$/.test(lower))
        return false;
    const extension = lower.endsWith('.txt') ? 4 : lower.endsWith('.in') ? 3 : 0;
    if (extension === 0)
        return false;
    const base = lower.slice(0, -extension);
    const word = 'requirements';
    const separator = (char) => char === undefined || '-_.'.includes(char);
    for (let at = base.indexOf(word); at >= 0; at = base.indexOf(word, at + 1)) {
        if (separator(base[at - 1]) && separator(base[at + word.length]))
            return true;
    }
    return false;
}
function yamlSurface(path, name) {
    if (COMPOSE.test(name))
        return 'compose';
    const folder = path.slice(0, path.length - name.length);
    return folder === '.github/workflows/' || folder.endsWith('/.github/workflows/')
        ? 'workflow'
        : undefined;
}
function isInRequirementsFolder(path, name) {
    return /\.txt$/i.test(name) && /(?:^|\/)requirements\/[^/]+$/.test(path);
}
/** A file without extension that could be a script: read to see whether its shebang says so. */
function mayBeScript(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return (name !== '' && !name.includes('.') && !NOT_SCRIPTS.has(name.toLowerCase()) && !isGitPath(path));
}
function isGitPath(path) {
    return path.startsWith('.git/') || path.includes('/.git/');
}
const DEV_COMPOSE = /[.-](?:override|dev|development|local)\.ya?ml$/i;
const TEST_COMPOSE = /[.-](?:test|tests|testing|e2e|ci-test)\.ya?ml$/i;
const DEV_DOTENV = /^\.env\.(?:dev|development|local|development\.local|dev\.local)$/i;
const TEST_DOTENV = /^\.env\.(?:test|testing|e2e|test\.local)$/i;
const EXAMPLE_DOTENV = /^\.env\.(?:example|sample|template|dist|defaults|tpl)$|\.env\.example$/i;
/**
 * Files that only configure a developer's machine or the tests (rules.md §5, issue 16): a
 * `docker-compose.override.yml`, `.env.development`, `.env.test`, `.env.example`. Their findings are
 * capped like test code. Build-only Dockerfile stages and workflow jobs are not among them: what they
 * fetch ends up in what ships.
 */
function nonProductionFile(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const surface = surfaceOf(path);
    if (surface === 'compose') {
        if (TEST_COMPOSE.test(name))
            return 'test';
        return DEV_COMPOSE.test(name) ? 'tooling' : undefined;
    }
    if (surface === 'dotenv') {
        if (TEST_DOTENV.test(name))
            return 'test';
        if (EXAMPLE_DOTENV.test(name))
            return 'example';
        return DEV_DOTENV.test(name) ? 'tooling' : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 60924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isSourceFile),
/* harmony export */   f: () => (/* binding */ SOURCE_EXTENSIONS)
/* harmony export */ });
/** File extensions tlsguard parses as JavaScript or TypeScript (JSX where the compiler allows it). */
const SOURCE_EXTENSIONS = [
    '.js',
    '.cjs',
    '.mjs',
    '.jsx',
    '.ts',
    '.cts',
    '.mts',
    '.tsx',
];
/**
 * Declaration files (`.d.ts`, `.d.mts`, `.d.cts`) only describe types: no code in them ever runs, so no
 * rule can find anything there. Generated typings are often the largest files of a repository
 * (googleapis ships 160 MB of them), so they are not scanned at all.
 */
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;
function isSourceFile(path) {
    const dot = path.lastIndexOf('.');
    return (dot >= 0 &&
        SOURCE_EXTENSIONS.includes(path.slice(dot).toLowerCase()) &&
        !DECLARATION_FILE.test(path));
}


/***/ }),

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


/***/ }),

/***/ 54473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ directiveRuleIds),
/* harmony export */   q: () => (/* binding */ analyzeTask)
/* harmony export */ });
/* harmony import */ var _config_closest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39417);
/* harmony import */ var _engine_analyze_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22717);


/**
 * Parse → checkers → suppressions for one task, with the task's language loaded. The main thread and
 * the worker threads both run exactly this, each with its own rule registry (rules are code, so they
 * are looked up by id, never sent).
 */
function analyzeTask(language, task, registry) {
    const { knownRuleIds, activeRuleIds, ruleSeverities, targetVersions } = task.settings;
    return (0,_engine_analyze_file_js__WEBPACK_IMPORTED_MODULE_0__.analyzeFile)(language, {
        path: task.path,
        text: task.text,
        rules: task.ruleIds.map((id) => {
            const rule = registry.get(id);
            if (!rule)
                throw new Error(`no rule '${id}' in this thread's registry`);
            return rule;
        }),
        severityCap: task.severityCap,
        ...(task.settings.testSeverity ? { testSeverity: task.settings.testSeverity } : {}),
        ruleSeverities: new Map(ruleSeverities),
        ...(targetVersions ? { targetVersions } : {}),
        ruleIds: directiveRuleIds(knownRuleIds, activeRuleIds),
    });
}
/** What suppression comments are checked against; an unknown id gets the nearest known one suggested. */
function directiveRuleIds(known, active) {
    return {
        known,
        active: new Set(active),
        suggest: (id) => {
            const suggestion = (0,_config_closest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(id, known);
            return suggestion === undefined ? '' : ` (did you mean \`${suggestion}\`?)`;
        },
    };
}


/***/ }),

/***/ 55336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ pathClassifier),
/* harmony export */   c: () => (/* binding */ defaultKind)
/* harmony export */ });
/* harmony import */ var _config_globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36053);
/* harmony import */ var _languages_config_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27973);


const FOLDERS = new Map([
    ...['test', 'tests', '__tests__', '__mocks__', 'e2e', 'spec', 'fixtures', '__fixtures__'].map((name) => [name, 'test']),
    ...['benchmark', 'benchmarks', 'bench'].map((name) => [name, 'benchmark']),
    ...['example', 'examples', 'demo', 'demos', 'sample', 'samples', 'playground'].map((name) => [name, 'example']),
    ['docs', 'docs'],
]);
const TEST_FILE = /\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;
/** pytest's and unittest's conventions: `test_client.py`, `client_test.py`, `conftest.py`, Django's `tests.py`. */
const PYTHON_TEST_FILE = /^(?:test_.+|.+_test|conftest|tests)\.py$/;
/** Shell test scripts: `test.sh`, `test_apache2.sh`, `smoke-test.sh`, `run_tests.bash`. */
const SHELL_TEST_FILE = /^(?:tests?|test[-_][^/]+|[^/]+[-_]tests?)\.(?:sh|bash)$/;
/** Test runners' configuration: `playwright.config.ts`, `web-test-runner.config.mjs`, `wdio.conf.js`. */
const TEST_CONFIG = /^(?:playwright|vitest|jest|cypress|web-test-runner|wtr|karma|nightwatch|wdio)\.(?:config|conf)\.[cm]?[jt]sx?$/i;
/** `example.js` at the root of the scan: a quick-start script, not part of the product. */
const ROOT_EXAMPLE = /^examples?\.[cm]?[jt]sx?$/;
/** Development servers and bundler configurations: they run on a developer's machine, not in production. */
const DEV_TOOLING = /^(?:dev-?server|setupProxy|(?:webpack|vite|vue|rspack|rollup)\.config|webpack\.dev)\.[cm]?[jt]sx?$/i;
/** The kind of non-production code a path holds by tlsguard's defaults; undefined for production code. */
function defaultKind(path) {
    const segments = path.split('/');
    const name = segments.pop() ?? '';
    if ([TEST_FILE, TEST_CONFIG, PYTHON_TEST_FILE, SHELL_TEST_FILE].some((test) => test.test(name)))
        return 'test';
    for (const segment of segments) {
        const kind = FOLDERS.get(segment) ?? testSuite(segment);
        if (kind)
            return kind;
    }
    if (segments.length === 0 && ROOT_EXAMPLE.test(name))
        return 'example';
    // Development-only configuration: `docker-compose.override.yml`, `.env.development`, `.env.test`.
    return DEV_TOOLING.test(name) ? 'tooling' : (0,_languages_config_files_js__WEBPACK_IMPORTED_MODULE_1__/* .nonProductionFile */ .XN)(path);
}
/** Named test suites: `integration-tests/`, `certbot_integration_tests/`, `e2e_tests/`. */
function testSuite(folder) {
    return folder.endsWith('-tests') || folder.endsWith('_tests') ? 'test' : undefined;
}
/** The defaults, with the user's globs (relative to the scan root) on top: `nonProduction` wins over `production`. */
function pathClassifier(globs = {}) {
    const extra = matcher(globs.nonProduction);
    const production = matcher(globs.production);
    return (path) => {
        if (extra?.(path))
            return 'configured';
        return production?.(path) ? undefined : defaultKind(path);
    };
}
function matcher(globs) {
    return globs && globs.length > 0 ? (0,_config_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlobs */ .tI)(globs) : undefined;
}


/***/ })

};
