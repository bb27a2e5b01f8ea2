export const id = 814;
export const ids = [814];
export const modules = {

/***/ 96814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configAnalyzer: () => (/* binding */ configAnalyzer)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/engine/line-map.ts
var line_map = __webpack_require__(41881);
// EXTERNAL MODULE: ./src/languages/shared/checker-runs.ts
var checker_runs = __webpack_require__(57005);
;// CONCATENATED MODULE: ./src/languages/config/budget.ts
/** Thrown when a file has more syntax nodes than its work limit allows. */
class TooManyNodes extends Error {
    constructor() {
        super('too many syntax nodes');
    }
}
/**
 * The work limit of one file: every syntax node a reader looks at (YAML, Dockerfile, shell) costs one
 * step, so no input — however large or deeply nested its embedded scripts — costs more than the
 * limit the engine sets for any language.
 */
class Budget {
    limit;
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    charge(steps = 1) {
        this.used += steps;
        if (this.used > this.limit)
            throw new TooManyNodes();
    }
}

// EXTERNAL MODULE: ./src/languages/config/files.ts
var files = __webpack_require__(27973);
;// CONCATENATED MODULE: ./src/languages/config/model.ts
/** Collects a file's parts while a reader walks it. */
class ModelBuilder {
    surface;
    env = [];
    commands = [];
    settings = [];
    /** Comments found while reading (shell comments, Dockerfile and line-format comments). */
    comments = [];
    /** Comments that cost another pass to find (YAML's), asked for only when needed. */
    moreComments;
    constructor(surface) {
        this.surface = surface;
    }
    build() {
        const { comments, moreComments } = this;
        let all;
        return {
            surface: this.surface,
            env: this.env,
            commands: this.commands,
            settings: this.settings,
            comments: () => (all ??= [...comments, ...(moreComments?.() ?? [])]),
        };
    }
}

;// CONCATENATED MODULE: ./src/languages/config/reader.ts
/** The file is not valid in its format (YAML with errors, a Dockerfile without instructions, …). */
class ConfigSyntaxError extends Error {
    offset;
    constructor(message, 
    /** Where (an offset), when the parser says. */
    offset) {
        super(message);
        this.offset = offset;
    }
}
function shellReader(input, builder) {
    return { parser: input.parsers.bash, budget: input.budget, builder };
}

;// CONCATENATED MODULE: ./src/languages/config/yaml-nodes.ts

/** Parses a YAML file; a syntax error stops the file (a diagnostic), as for code. */
function parseYaml(input) {
    const { yaml } = input.parsers;
    const document = yaml.parseDocument(input.text, {
        keepSourceTokens: true,
        uniqueKeys: false,
        strict: false,
        prettyErrors: false,
    });
    const error = document.errors[0];
    if (error)
        throw new ConfigSyntaxError(`YAML: ${error.message}`, error.pos[0]);
    return { yaml, document, text: input.text, budget: input.budget };
}
/** The node an alias points at; the node itself otherwise. */
function resolved(file, node) {
    return file.yaml.isAlias(node) ? node.resolve(file.document) : node;
}
/** A mapping's pairs, with `<<: *anchor` merge keys expanded (bounded by the budget). */
function pairsOf(file, node, depth = 0) {
    const map = resolved(file, node);
    if (!file.yaml.isMap(map) || depth > 8)
        return [];
    const pairs = [];
    for (const pair of map.items) {
        file.budget.charge();
        if (keyOf(file, pair) !== '<<') {
            pairs.push(pair);
            continue;
        }
        const merged = resolved(file, pair.value);
        const sources = file.yaml.isSeq(merged) ? merged.items : [merged];
        for (const source of sources)
            pairs.push(...pairsOf(file, source, depth + 1));
    }
    return pairs;
}
/** A mapping's value under `key`. */
function valueAt(file, node, key) {
    const pair = pairsOf(file, node).find((candidate) => keyOf(file, candidate) === key);
    return pair ? resolved(file, pair.value) : undefined;
}
function keyOf(file, pair) {
    const key = resolved(file, pair.key);
    return file.yaml.isScalar(key) ? String(key.value) : undefined;
}
function itemsOf(file, node) {
    const seq = resolved(file, node);
    return file.yaml.isSeq(seq) ? seq.items.map((item) => resolved(file, item)) : [];
}
function isScalarNode(file, node) {
    return file.yaml.isScalar(node);
}
/** A scalar as a string, when it is one (`run:`, `shell:`). */
function stringAt(file, node, key) {
    const value = valueAt(file, node, key);
    return isScalarNode(file, value) && typeof value.value === 'string' ? value.value : undefined;
}
/** Where a node is in the file (its value, without trailing comments). */
function rangeOf(node) {
    const [start, end] = node.range ?? [0, 0];
    return [start, end];
}
/**
 * The offsets of a scalar's value in the file: `offsetOf(i)` is where the value's i-th character was
 * written. Exact inside literal (`|`) and folded (`>`) blocks — indentation skipped, folded line breaks
 * mapped to the break they replace — and in plain and quoted scalars (escapes map to their backslash).
 */
function scalarSource(file, scalar, value) {
    const [start, end] = rangeOf(scalar);
    const source = file.text.slice(start, end);
    const block = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED';
    const parentIndent = scalar.srcToken?.indent ?? 0;
    const map = block
        ? alignBlock(source, value, parentIndent)
        : alignFlow(source, value, scalar.type);
    return { text: value, offsetOf: (index) => start + (map[Math.min(index, value.length)] ?? 0) };
}
/** `|` and `>` blocks: the body starts on the line after the header; each line loses the block's indentation. */
function alignBlock(source, value, parentIndent) {
    const header = source.search(/\r?\n|\r/);
    if (header < 0)
        return alignFlow(source, value, 'PLAIN');
    const bodyStart = header + (source.startsWith('\r\n', header) ? 2 : 1);
    const indicator = /[1-9]/.exec(source.slice(0, header))?.[0];
    const firstContent = /^([ ]*)\S/m.exec(source.slice(bodyStart));
    // An indentation indicator counts from the parent's indentation (the source token's `indent`).
    const indent = indicator ? Number(indicator) + parentIndent : (firstContent?.[1]?.length ?? 0);
    return align(source, value, bodyStart, indent, false);
}
function alignFlow(source, value, type) {
    return align(source, value, 0, 0, type === 'QUOTE_DOUBLE');
}
/**
 * Maps each character of `value` to the source character it came from, walking both in order:
 * equal characters pair up; a folded line break (value space or newline at a source line break) pairs
 * with the break; indentation after a break (up to `indent` for blocks), quotes and escape sequences in
 * the source are skipped.
 */
function align(source, value, from, indent, escapes) {
    const map = new Array(value.length + 1);
    let s = from;
    let v = 0;
    const skipIndent = () => {
        for (let count = 0; count < indent && source[s] === ' '; count++)
            s++;
    };
    if (indent > 0)
        skipIndent();
    while (v < value.length && s < source.length) {
        const char = source.charAt(s);
        if (char === value.charAt(v)) {
            map[v++] = s++;
            if (char === '\n')
                skipIndent();
            continue;
        }
        if ((char === '\n' || char === '\r') && (value[v] === ' ' || value[v] === '\n')) {
            map[v++] = s;
            s += source.startsWith('\r\n', s) ? 2 : 1;
            skipIndent();
            continue;
        }
        if (escapes && char === '\\') {
            map[v++] = s;
            s += escapeLength(source, s);
            continue;
        }
        s++;
        if (char === '\n')
            skipIndent();
    }
    const last = Math.min(s, source.length);
    for (let index = 0; index <= value.length; index++)
        map[index] ??= index === 0 ? from : last;
    return map;
}
function escapeLength(source, at) {
    const next = source[at + 1];
    if (next === 'x')
        return 4;
    if (next === 'u')
        return 6;
    if (next === 'U')
        return 10;
    return 2;
}
/**
 * The YAML value as the environment of a process sees it (GitHub Actions and Compose turn scalars into
 * strings): `0` → "0", `false` → "false", `'0'` → "0". Undefined for what is only known at run time
 * (`${{ … }}`, `${VAR}`) and for anything that is not a scalar; `nullValue` for an empty value.
 */
function environmentValue(file, node, nullValue) {
    if (!isScalarNode(file, node))
        return undefined;
    const value = node.value;
    if (value === null || value === undefined)
        return nullValue;
    if (typeof value === 'string')
        return value.includes('${') ? undefined : value;
    if (typeof value === 'number')
        return node.source !== undefined && /^[0-9]+$/.test(node.source) ? node.source : String(value);
    return typeof value === 'boolean' ? String(value) : undefined;
}
/**
 * Every comment of a YAML file (`# …` outside scalars), from the source tokens of a second,
 * concrete-syntax parse: asked for only when the file holds a suppression comment.
 */
function yamlComments(yaml, text) {
    const comments = [];
    const stack = [...new yaml.Parser().parse(text)];
    while (stack.length > 0) {
        const token = stack.pop();
        if (!token || typeof token !== 'object')
            continue;
        const record = token;
        if (record.type === 'comment' &&
            typeof record.source === 'string' &&
            typeof record.offset === 'number') {
            comments.push({
                value: record.source.slice(1),
                range: [record.offset, record.offset + record.source.length],
            });
            continue;
        }
        for (const child of Object.values(token))
            if (child && typeof child === 'object')
                stack.push(child);
    }
    return comments;
}

;// CONCATENATED MODULE: ./src/languages/config/readers/yaml-env.ts

/**
 * `env:` / `environment:` as a mapping (`NAME: value`) or, in Compose, a list (`- NAME=value`).
 * `nullValue`: what an empty value means (GitHub: the empty string; Compose: taken from the host, so
 * unknown).
 */
function readEnvironment(file, node, builder, context, options) {
    for (const pair of pairsOf(file, node)) {
        const name = keyOf(file, pair);
        const key = pair.key;
        if (name === undefined || !isScalarNode(file, key))
            continue;
        const value = pair.value;
        // Compose passes an empty value through from the host: nothing is set here.
        const empty = value === null || (isScalarNode(file, value) && value.value === null);
        if (empty && options.nullValue === undefined)
            continue;
        const nameRange = rangeOf(key);
        builder.env.push({
            name,
            nameRange,
            value: environmentValue(file, value, options.nullValue),
            valueRange: isScalarNode(file, value) && value.range ? rangeOf(value) : nameRange,
            site: options.site,
            context,
        });
    }
    for (const item of itemsOf(file, node))
        listEntry(file, item, builder, context, options.site);
}
/** `- NAME=value` (Compose's list form); `- NAME` alone passes the host's value through. */
function listEntry(file, item, builder, context, site) {
    if (!isScalarNode(file, item) || typeof item.value !== 'string')
        return;
    const text = item.value;
    const equals = text.indexOf('=');
    if (equals <= 0)
        return;
    const [start, end] = rangeOf(item);
    const written = file.text.slice(start, end);
    const at = written.indexOf(text.slice(0, equals));
    const nameStart = start + Math.max(0, at);
    const value = text.slice(equals + 1);
    const valueStart = nameStart + equals + 1;
    builder.env.push({
        name: text.slice(0, equals),
        nameRange: [nameStart, nameStart + equals],
        value: value.includes('${') ? undefined : value,
        valueRange: value === '' ? [nameStart, nameStart + equals] : [valueStart, valueStart + value.length],
        site,
        context,
    });
}

;// CONCATENATED MODULE: ./src/languages/config/shell-words.ts
/**
 * The value of a shell word after quote removal, as the program receives it (`-fsSLk`, `'0'` → `0`,
 * `"a b"` → `a b`); undefined when any part of it is only known at run time (`$VAR`, `$(cmd)`) or lies
 * in `opaque` (text ranges such as `${{ … }}` that something else substitutes first).
 */
function wordValue(node, opaque) {
    if (opaque(node.startIndex, node.endIndex))
        return undefined;
    switch (node.type) {
        case 'command_name':
            return childValue(node, opaque);
        case 'word':
            return unescapeWord(node.text);
        case 'number':
            return node.text;
        case 'raw_string':
            return node.text.slice(1, -1);
        case 'string':
        case 'translated_string':
            return stringValue(node, opaque);
        case 'ansi_c_string':
            return node.text.includes('\\') ? undefined : node.text.slice(2, -1);
        case 'concatenation':
            return concatenated(node, opaque);
        default:
            // Expansions, substitutions and anything unknown: only the running shell knows.
            return undefined;
    }
}
function childValue(node, opaque) {
    const child = node.namedChild(0);
    return child ? wordValue(child, opaque) : undefined;
}
function concatenated(node, opaque) {
    let value = '';
    for (const child of node.children) {
        const part = child.isNamed ? wordValue(child, opaque) : child.text;
        if (part === undefined)
            return undefined;
        value += part;
    }
    return value;
}
/** A double-quoted string: its content with `\"`, `\\`, `\$` and `` \` `` unescaped. */
function stringValue(node, opaque) {
    let value = '';
    for (const child of node.namedChildren) {
        if (child.type !== 'string_content' || opaque(child.startIndex, child.endIndex))
            return undefined;
        value += child.text.replace(/\\([\\"$`])/g, '$1').replace(/\\\n/g, '');
    }
    return value;
}
/** An unquoted word: a backslash quotes the next character; a backslash-newline is removed. */
function unescapeWord(text) {
    return text.includes('\\') ? text.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1') : text;
}

;// CONCATENATED MODULE: ./src/languages/config/wrappers.ts
const WRAPPERS = new Map([
    [
        'sudo',
        {
            valued: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group'],
            assigns: true,
        },
    ],
    ['doas', { valued: ['-u', '-C'], assigns: false }],
    ['env', { valued: ['-u', '-C', '-S', '--unset', '--chdir'], assigns: true }],
    ['cross-env', { valued: [], assigns: true }],
    ['cross-env-shell', { valued: [], assigns: true }],
    ['npx', { valued: ['-p', '--package', '-c', '--call'], assigns: false }],
    ['time', { valued: ['-f', '-o', '--format', '--output'], assigns: false }],
    ['nohup', { valued: [], assigns: false }],
    ['exec', { valued: ['-a'], assigns: false }],
    ['command', { valued: [], assigns: false }],
    ['nice', { valued: ['-n', '--adjustment'], assigns: false }],
    [
        'timeout',
        { valued: ['-s', '-k', '--signal', '--kill-after'], assigns: false, leadingParameter: true },
    ],
]);
function wrapperOf(program) {
    return program === undefined ? undefined : WRAPPERS.get(program);
}
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/s;
/** `NAME=value` as a word: the name and where the value starts; undefined for anything else. */
function assignmentWord(word) {
    const match = ASSIGNMENT.exec(word);
    return match?.[1] === undefined ? undefined : { name: match[1], valueAt: match[0].length };
}
/**
 * How many words the wrapper's own options and assignments take, from `start` (the word after the
 * wrapper's name): the program it runs is the word after them. Assignments found on the way are
 * handed to `onAssignment` (word index).
 */
function wrapperSpan(wrapper, words, start, onAssignment) {
    let index = start;
    let parameterSeen = false;
    while (index < words.length) {
        const word = words[index];
        if (word === undefined)
            return index;
        if (word === '--')
            return index + 1;
        if (word.startsWith('-') && word.length > 1) {
            index += takesValue(wrapper, word) ? 2 : 1;
            continue;
        }
        if (wrapper.assigns && assignmentWord(word)) {
            onAssignment(index);
            index++;
            continue;
        }
        if (wrapper.leadingParameter && !parameterSeen) {
            parameterSeen = true;
            index++;
            continue;
        }
        return index;
    }
    return index;
}
function takesValue(wrapper, option) {
    if (option.includes('='))
        return false;
    return wrapper.valued.includes(option);
}

;// CONCATENATED MODULE: ./src/languages/config/shell.ts


/** `sh -c '…'` inside `bash -c "…"` inside a `RUN`: deeper nesting is not looked into. */
const MAX_NESTING = 3;
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);
const CONTAINER_RUNNERS = new Set(['docker', 'podman', 'nerdctl']);
const CONTAINER_COMMANDS = new Set(['run', 'create', 'exec']);
/** Fields an unquoted `$VAR` may split into: options kept in a variable are a handful of words. */
const MAX_FIELDS = 32;
/**
 * Reads shell text with tree-sitter-bash: every simple command (with `sudo`, `env`, `cross-env` and
 * friends peeled off), every environment assignment that reaches a process (`A=0 cmd`, `export`,
 * `env A=0`, `docker run -e`, `>> $GITHUB_ENV`), and every comment.
 */
function readShell(reader, source, shell, depth = 0) {
    const tree = reader.parser.parse(source.text);
    if (!tree)
        return;
    try {
        new ShellWalk(reader, source, shell, depth).walk(tree.rootNode);
    }
    finally {
        tree.delete();
    }
}
class ShellWalk {
    reader;
    source;
    shell;
    depth;
    exported = new Set();
    allExport = false;
    assignments = [];
    /** Shell variables assigned so far, in text order: the literal value, or undefined when dynamic. */
    variables = new Map();
    constructor(reader, source, shell, depth) {
        this.reader = reader;
        this.source = source;
        this.shell = shell;
        this.depth = depth;
    }
    walk(root) {
        const stack = [root];
        while (stack.length > 0) {
            const node = stack.pop();
            if (!node)
                break;
            this.reader.budget.charge();
            this.visit(node);
            for (let index = node.childCount - 1; index >= 0; index--) {
                const child = node.child(index);
                if (child)
                    stack.push(child);
            }
        }
        // A plain `NAME=value` reaches child processes only when the name is exported (or `set -a` is on).
        for (const node of this.assignments) {
            const name = node.childForFieldName('name')?.text;
            if (name !== undefined && (this.allExport || this.exported.has(name)))
                this.assignment(node, 'assignment', this.shell.exportReach);
        }
    }
    visit(node) {
        switch (node.type) {
            case 'comment':
                this.reader.builder.comments.push({ value: node.text.slice(1), range: this.range(node) });
                return;
            case 'command':
                this.command(node);
                return;
            case 'declaration_command':
                this.declaration(node);
                return;
            case 'variable_assignment':
                if (node.parent?.type === 'command')
                    return;
                this.remember(node);
                if (node.parent?.type !== 'declaration_command')
                    this.assignments.push(node);
                return;
            case 'redirected_statement':
                this.redirected(node);
                return;
        }
    }
    range(node) {
        return this.rangeOf(node.startIndex, node.endIndex);
    }
    rangeOf(start, end) {
        const from = this.source.offsetOf(start);
        return end <= start ? [from, from] : [from, this.source.offsetOf(end - 1) + 1];
    }
    opaque = (start, end) => (this.source.opaque ?? []).some(([from, to]) => start < to && end > from);
    value(node) {
        return wordValue(node, this.opaque);
    }
    context() {
        return this.shell.context;
    }
    /** `export A=1 B`, `declare -x A=1`: exported assignments, and names exported for later ones. */
    declaration(node) {
        const keyword = node.child(0)?.text;
        const flags = node.namedChildren.filter((child) => child.type === 'word').map((c) => c.text);
        const exports = keyword === 'export' || flags.some((flag) => flag.startsWith('-') && flag.includes('x'));
        for (const child of node.namedChildren) {
            if (child.type === 'variable_assignment') {
                if (exports)
                    this.assignment(child, 'export', this.shell.exportReach);
                else
                    this.assignments.push(child);
            }
            else if (child.type === 'variable_name' && exports) {
                this.exported.add(child.text);
            }
        }
    }
    /** `OPTS="--trusted-host mirror"`: what a later unquoted `$OPTS` expands to. */
    remember(node) {
        const name = node.childForFieldName('name')?.text;
        if (name === undefined)
            return;
        const valueNode = node.childForFieldName('value');
        this.variables.set(name, valueNode ? this.value(valueNode) : '');
    }
    /**
     * The words of a command as the program receives them: an unquoted `$OPTS` or `${OPTS}` of a
     * variable assigned a literal earlier in the text splits into its fields (each at the expansion).
     */
    expand(words) {
        return words.flatMap((node, index) => {
            const name = index === 0 ? undefined : expansionName(node);
            const known = name === undefined ? undefined : this.variables.get(name);
            if (known === undefined)
                return [{ node, value: this.value(node) }];
            const fields = known.split(/[ \t\n]+/).filter((field) => field !== '');
            this.reader.budget.charge(Math.min(fields.length, MAX_FIELDS));
            return fields.slice(0, MAX_FIELDS).map((value) => ({ node, value }));
        });
    }
    assignment(node, site, reach) {
        const name = node.childForFieldName('name');
        if (!name)
            return;
        const valueNode = node.childForFieldName('value');
        const value = valueNode ? this.value(valueNode) : '';
        this.reader.builder.env.push({
            name: name.text,
            nameRange: this.range(name),
            value,
            valueRange: this.range(valueNode ?? name),
            site,
            context: { ...this.context(), reach },
        });
    }
    command(node) {
        const nameNode = node.childForFieldName('name');
        if (!nameNode)
            return;
        for (const child of node.namedChildren) {
            if (child.type === 'variable_assignment')
                this.assignment(child, 'prefix', 'this command');
        }
        const words = [nameNode, ...node.childrenForFieldName('argument')];
        this.simpleCommand(words);
    }
    /** `words[0]` is the program; wrappers (`sudo`, `env`, `npx`) hand on to the program they run. */
    simpleCommand(written) {
        const expanded = this.expand(written);
        const words = expanded.map(({ node }) => node);
        const values = expanded.map(({ value }) => value);
        let start = 0;
        for (let peeled = 0; peeled < 4; peeled++) {
            const wrapper = wrapperOf(programName(values[start]));
            if (!wrapper)
                break;
            const next = wrapperSpan(wrapper, values, start + 1, (index) => {
                const word = words[index];
                if (word)
                    this.wordAssignment(word, values[index] ?? '', 'env', 'this command');
            });
            if (next >= words.length)
                return;
            start = next;
        }
        const program = words[start];
        if (!program)
            return;
        const args = words.slice(start + 1);
        const last = args.at(-1) ?? program;
        const command = {
            program: programName(values[start]),
            programRange: this.range(program),
            args: args.map((word, index) => ({
                value: values[start + 1 + index],
                range: this.range(word),
            })),
            range: this.rangeOf(program.startIndex, last.endIndex),
            context: this.context(),
        };
        this.reader.builder.commands.push(command);
        this.nested(command, args);
        this.containerEnv(command, args);
    }
    /** `NAME=value` as one word (`env A=0`, `docker run -e A=0`): an assignment at that word. */
    wordAssignment(word, value, site, reach) {
        const parsed = assignmentWord(value);
        if (!parsed)
            return;
        // The name and the value as written in the word (quotes and escapes may shift them).
        const text = word.text;
        const nameAt = Math.max(0, text.indexOf(parsed.name));
        const shown = value.slice(parsed.valueAt);
        const found = shown === '' ? -1 : text.indexOf(shown, nameAt + parsed.name.length);
        const start = word.startIndex + nameAt;
        const valueStart = found < 0 ? start : word.startIndex + found;
        const valueEnd = found < 0 ? start + parsed.name.length : valueStart + shown.length;
        this.reader.builder.env.push({
            name: parsed.name,
            nameRange: this.rangeOf(start, start + parsed.name.length),
            value: value.slice(parsed.valueAt),
            valueRange: this.rangeOf(valueStart, valueEnd),
            site,
            context: { ...this.context(), reach },
        });
    }
    /** `sh -c '…'`, `bash -c "…"`: the script is shell text too. */
    nested(command, args) {
        if (this.depth >= MAX_NESTING || !SHELLS.has(command.program ?? ''))
            return;
        const flag = command.args.findIndex((arg) => arg.value === '-c' || /^-[a-z]*c$/.test(arg.value ?? ''));
        const script = args[flag + 1];
        const text = command.args[flag + 1]?.value;
        if (flag < 0 || !script || text === undefined)
            return;
        const inner = script.type === 'raw_string' || script.type === 'string' ? 1 : 0;
        const exact = script.text.slice(inner, script.text.length - inner) === text;
        const base = script.startIndex + inner;
        readShell(this.reader, {
            text,
            offsetOf: (index) => this.source.offsetOf(exact ? base + Math.min(index, text.length) : script.startIndex),
        }, { ...this.shell, exportReach: 'the rest of this command' }, this.depth + 1);
    }
    /** `docker run -e NAME=value`, `--env NAME=value`, `--env=NAME=value`. */
    containerEnv(command, args) {
        if (!CONTAINER_RUNNERS.has(command.program ?? ''))
            return;
        if (!CONTAINER_COMMANDS.has(command.args[0]?.value ?? ''))
            return;
        command.args.forEach((arg, index) => {
            const option = arg.value;
            const next = args[index + 1];
            const value = command.args[index + 1]?.value;
            if ((option === '-e' || option === '--env') && next && value !== undefined)
                this.wordAssignment(next, value, 'docker -e', 'this container');
        });
    }
    /** `cat <<EOF | sh`, `bash <<'EOF'`: a here-document given to a shell is a script. */
    redirected(node) {
        const body = node.childForFieldName('body');
        const program = body?.type === 'command' ? this.programOf(body) : undefined;
        if (program === 'echo' || program === 'printf')
            this.githubEnv(node, body);
        if (!SHELLS.has(program ?? '') || this.depth >= MAX_NESTING)
            return;
        for (const redirect of node.childrenForFieldName('redirect')) {
            const heredoc = redirect.namedChildren.find((child) => child.type === 'heredoc_body');
            if (!heredoc)
                continue;
            readShell(this.reader, {
                text: heredoc.text,
                offsetOf: (index) => this.source.offsetOf(heredoc.startIndex + index),
            }, this.shell, this.depth + 1);
        }
    }
    programOf(command) {
        const name = command.childForFieldName('name');
        return programName(name ? this.value(name) : undefined);
    }
    /** `echo "NAME=value" >> "$GITHUB_ENV"`: later steps of the job get the variable. */
    githubEnv(node, body) {
        const reach = this.shell.githubEnvReach;
        if (!reach || !body)
            return;
        const target = node
            .childrenForFieldName('redirect')
            .some((redirect) => redirect.type === 'file_redirect' && redirect.text.includes('GITHUB_ENV'));
        if (!target)
            return;
        const args = body.childrenForFieldName('argument');
        const line = args.find((arg) => !arg.text.startsWith('-'));
        const value = line ? this.value(line) : undefined;
        if (line && value !== undefined)
            this.wordAssignment(line, value.replace(/\n$/, ''), 'GITHUB_ENV', reach);
    }
}
/** `$NAME` or `${NAME}` as a whole unquoted word. */
function expansionName(node) {
    if (node.type === 'simple_expansion')
        return /^\$(\w+)$/.exec(node.text)?.[1];
    return node.type === 'expansion' ? /^\$\{(\w+)\}$/.exec(node.text)?.[1] : undefined;
}
/** `/usr/bin/curl` → `curl`, `curl.exe` → `curl`. */
function programName(word) {
    if (word === undefined)
        return undefined;
    const base = word.slice(word.lastIndexOf('/') + 1);
    return base.toLowerCase().endsWith('.exe') ? base.slice(0, -4) : base;
}

;// CONCATENATED MODULE: ./src/languages/config/readers/workflow.ts




/** Shells whose `run:` text tree-sitter-bash reads (PowerShell's simple commands read alike). */
const SHELL_LIKE = /^(?:bash|sh|pwsh|powershell)(?:\s|$)/;
const GITHUB_ENV = { site: 'env', nullValue: '' };
/**
 * A GitHub Actions workflow (`.github/workflows/*.yml`): `env:` at the workflow, job and step levels,
 * job containers and service containers, and each step's `run:` script through the shell reader with
 * the shell the step runs it in.
 */
function readWorkflow(input, builder) {
    const file = parseYaml(input);
    builder.moreComments = () => yamlComments(file.yaml, file.text);
    const root = file.document.contents;
    const defaultShell = stringAt(file, valueAt(file, valueAt(file, root, 'defaults'), 'run'), 'shell');
    const workflow = { surface: builder.surface, reach: 'this workflow', scope: 'env' };
    readEnvironment(file, valueAt(file, root, 'env'), builder, workflow, GITHUB_ENV);
    for (const pair of pairsOf(file, valueAt(file, root, 'jobs'))) {
        const id = keyOf(file, pair);
        if (id !== undefined)
            readJob(file, input, builder, id, pair.value, defaultShell);
    }
}
function readJob(file, input, builder, id, job, workflowShell) {
    const scope = `jobs.${id}`;
    const jobContext = { surface: builder.surface, reach: `job \`${id}\``, scope };
    readEnvironment(file, valueAt(file, job, 'env'), builder, jobContext, GITHUB_ENV);
    const container = valueAt(file, job, 'container');
    readEnvironment(file, valueAt(file, container, 'env'), builder, {
        ...jobContext,
        reach: `the container of job \`${id}\``,
        scope: `${scope}.container`,
    }, GITHUB_ENV);
    for (const service of pairsOf(file, valueAt(file, job, 'services'))) {
        const name = keyOf(file, service) ?? '';
        readEnvironment(file, valueAt(file, service.value, 'env'), builder, {
            ...jobContext,
            reach: `service \`${name}\``,
            scope: `${scope}.services.${name}`,
        }, GITHUB_ENV);
    }
    const jobShell = stringAt(file, valueAt(file, valueAt(file, job, 'defaults'), 'run'), 'shell');
    readSteps(file, input, builder, {
        steps: valueAt(file, job, 'steps'),
        scope,
        shell: jobShell ?? workflowShell,
        laterSteps: `the later steps of job \`${id}\``,
    });
}
/** Steps of a job or of a composite action: `env:` and `run:` with its `shell:`. */
function readSteps(file, input, builder, steps) {
    itemsOf(file, steps.steps).forEach((step, index) => {
        const label = stringAt(file, step, 'name') ?? stringAt(file, step, 'id') ?? `#${index + 1}`;
        const context = {
            surface: builder.surface,
            reach: 'this step',
            scope: `${steps.scope} > ${label}`,
        };
        readEnvironment(file, valueAt(file, step, 'env'), builder, context, GITHUB_ENV);
        const run = valueAt(file, step, 'run');
        const shell = stringAt(file, step, 'shell') ?? steps.shell ?? 'bash';
        if (!isScalarNode(file, run) || typeof run.value !== 'string' || !SHELL_LIKE.test(shell))
            return;
        readShell(shellReader(input, builder), expressionsBlanked(scalarSource(file, run, run.value)), {
            context,
            exportReach: 'the rest of this step',
            githubEnvReach: steps.laterSteps,
        });
    });
}
/**
 * `${{ … }}` is replaced by the runner before the shell sees the script: blank it out (same length, so
 * offsets hold) and mark it as only known at run time.
 */
function expressionsBlanked(source) {
    const opaque = [];
    const { text } = source;
    // `${{` … up to the first `}`, which must be followed by a second one (as the runner reads it).
    for (let at = text.indexOf('${{'); at >= 0;) {
        const close = text.indexOf('}', at + 3);
        if (close < 0)
            break;
        if (text[close + 1] === '}')
            opaque.push([at, close + 2]);
        at = text.indexOf('${{', text[close + 1] === '}' ? close + 2 : close + 1);
    }
    if (opaque.length === 0)
        return source;
    let blanked = '';
    let from = 0;
    for (const [start, end] of opaque) {
        blanked += text.slice(from, start) + '_'.repeat(end - start);
        from = end;
    }
    return { ...source, text: blanked + text.slice(from), opaque };
}

;// CONCATENATED MODULE: ./src/languages/config/readers/action.ts



/**
 * A GitHub Action's metadata (`action.yml`): a composite action's steps (`env:`, `run:` with `shell:`,
 * which composite steps must name) and a Docker action's `runs.env`.
 */
function readAction(input, builder) {
    const file = parseYaml(input);
    builder.moreComments = () => yamlComments(file.yaml, file.text);
    const runs = valueAt(file, file.document.contents, 'runs');
    readEnvironment(file, valueAt(file, runs, 'env'), builder, { surface: builder.surface, reach: 'this action', scope: 'runs' }, { site: 'env', nullValue: '' });
    if (stringAt(file, runs, 'using') !== 'composite')
        return;
    readSteps(file, input, builder, {
        steps: valueAt(file, runs, 'steps'),
        scope: 'runs',
        shell: undefined,
        laterSteps: 'the later steps of the job using this action',
    });
}

;// CONCATENATED MODULE: ./src/languages/config/readers/compose.ts




/**
 * A Compose file (`docker-compose*.yml`, `compose*.yaml`): each service's `environment:` (mapping or
 * list), its build arguments (the build's `RUN` steps see them) and its `command:`, `entrypoint:` and
 * health check.
 */
function readCompose(input, builder) {
    const file = parseYaml(input);
    builder.moreComments = () => yamlComments(file.yaml, file.text);
    for (const pair of pairsOf(file, valueAt(file, file.document.contents, 'services'))) {
        const name = keyOf(file, pair) ?? '';
        const service = pair.value;
        const context = {
            surface: builder.surface,
            reach: `service \`${name}\``,
            scope: `services.${name}`,
        };
        const compose = { site: 'environment', nullValue: undefined };
        readEnvironment(file, valueAt(file, service, 'environment'), builder, context, compose);
        readEnvironment(file, valueAt(file, valueAt(file, service, 'build'), 'args'), builder, {
            ...context,
            reach: `the build of service \`${name}\``,
        }, { site: 'build arg', nullValue: undefined });
        for (const key of ['command', 'entrypoint']) {
            readCommandLine(file, input, builder, valueAt(file, service, key), context);
        }
        readHealthcheck(file, input, builder, valueAt(file, valueAt(file, service, 'healthcheck'), 'test'), context);
    }
}
/** A string is split and run like a shell command line; a list is the program and its arguments. */
function readCommandLine(file, input, builder, node, context) {
    if (isScalarNode(file, node) && typeof node.value === 'string') {
        const shell = { context, exportReach: 'the rest of this command' };
        readShell(shellReader(input, builder), scalarSource(file, node, node.value), shell);
        return;
    }
    readArgv(file, builder, itemsOf(file, node), context);
}
/** `test: ["CMD", "curl", …]`, `["CMD-SHELL", "curl … || exit 1"]` or a string (a shell command). */
function readHealthcheck(file, input, builder, node, context) {
    const items = itemsOf(file, node);
    const [kind, ...rest] = items;
    if (!isScalarNode(file, kind)) {
        readCommandLine(file, input, builder, node, context);
        return;
    }
    if (kind.value === 'CMD-SHELL')
        readCommandLine(file, input, builder, rest[0], context);
    else if (kind.value === 'CMD')
        readArgv(file, builder, rest, context);
}
function readArgv(file, builder, items, context) {
    const [program, ...args] = items.filter((item) => isScalarNode(file, item));
    if (!program || !isScalarNode(file, program))
        return;
    const last = args.at(-1);
    builder.commands.push({
        program: programName(String(program.value)),
        programRange: rangeOf(program),
        args: args.map((arg) => ({
            value: isScalarNode(file, arg) ? String(arg.value) : undefined,
            range: isScalarNode(file, arg) ? rangeOf(arg) : rangeOf(program),
        })),
        range: [rangeOf(program)[0], isScalarNode(file, last) ? rangeOf(last)[1] : rangeOf(program)[1]],
        context,
    });
}

;// CONCATENATED MODULE: ./src/languages/config/text-lines.ts
/** The lines of `text`, split at `\n`, `\r\n` and `\r`. */
function textLines(text) {
    const lines = [];
    let start = 0;
    for (let index = 0; index < text.length; index++) {
        const char = text.charCodeAt(index);
        if (char !== 10 && char !== 13)
            continue;
        lines.push({ text: text.slice(start, index), start, end: index });
        if (char === 13 && text.charCodeAt(index + 1) === 10)
            index++;
        start = index + 1;
    }
    lines.push({ text: text.slice(start), start, end: text.length });
    return lines;
}
/**
 * Offsets of `{ line, character }` positions (0-based, UTF-16, line breaks as `\n`, `\r\n` or `\r`,
 * the convention of the language-server protocol that dockerfile-ast follows).
 */
function positionOffsets(text) {
    const starts = textLines(text).map((line) => line.start);
    return ({ line, character }) => Math.min((starts[line] ?? text.length) + character, text.length);
}

;// CONCATENATED MODULE: ./src/languages/config/readers/lines.ts

/** Who a tool's configuration file reaches: every run of the tool that reads it. */
const FILE_REACH = {
    npmrc: 'every npm run in this project',
    yarnrc: 'every Yarn run in this project',
    'yarnrc-yml': 'every Yarn run in this project',
    gitconfig: 'every git that reads this file',
    curlrc: 'every curl that reads this file',
    wgetrc: 'every wget that reads this file',
    'pip-conf': 'every pip that reads this file',
    requirements: 'every install from this file',
};
/** The context of a whole configuration file. */
function fileContext(builder, scope = '') {
    return { surface: builder.surface, reach: FILE_REACH[builder.surface] ?? 'this file', scope };
}
/** The lines of a line-based format, each costing one step of the file's budget. */
function budgetedLines(input) {
    const lines = textLines(input.text);
    input.budget.charge(lines.length);
    return lines;
}
/**
 * The lines of a line-based format that hold a setting, each with where its text starts: blank lines
 * skipped, and whole-line comments (a line starting with one of `commentStarts`) kept for
 * suppression directives.
 */
function* contentLines(input, builder, commentStarts = '#') {
    for (const line of budgetedLines(input)) {
        const start = line.text.search(/\S/);
        if (start < 0)
            continue;
        if (commentStarts.includes(line.text.charAt(start)))
            lineComment(builder, line, start);
        else
            yield { line, start };
    }
}
/** A `#` or `;` comment from `at` to the end of the line. */
function lineComment(builder, line, at) {
    builder.comments.push({ value: line.text.slice(at + 1), range: [line.start + at, line.end] });
}
function pushSetting(builder, setting) {
    builder.settings.push({ context: fileContext(builder), ...setting });
}
/** The range of `part` of a line, found from `from` (the line's own text, not the file's). */
function partRange(line, part, from = 0) {
    const at = line.text.indexOf(part, from);
    const start = line.start + Math.max(0, at);
    return [start, start + (at < 0 ? 0 : part.length)];
}
/**
 * `name = value` at the start of `text`: the name (matched by the anchored `name` pattern, which must
 * not overlap with spaces or the separator), then optional spaces, the separator, and the value with
 * its surrounding spaces trimmed. Scanned by hand: a regular expression with `\s*(.*?)\s*$` would
 * backtrack quadratically on a long line of spaces.
 */
function keyAndValue(text, name, separator) {
    const key = name.exec(text)?.[0];
    if (!key)
        return undefined;
    const rest = text.slice(key.length).trimStart();
    if (!rest.startsWith(separator))
        return undefined;
    return { name: key, value: rest.slice(separator.length).trim() };
}
/** `"x"` or `'x'` → `x`; anything else as it is. */
function unquoted(value) {
    if (value.length >= 2 &&
        (value.startsWith('"') || value.startsWith("'")) &&
        value.endsWith(value.charAt(0)))
        return value.slice(1, -1);
    return value;
}

;// CONCATENATED MODULE: ./src/languages/config/readers/curlrc.ts

/**
 * `.curlrc`: one option per line, its long name with or without dashes (`insecure`, `--insecure`) or a
 * short option (`-k`), optionally followed by `=`, `:` or spaces and a value; `#` comments. Short
 * options are named by their long names, so `-k` and `insecure` read alike.
 */
function readCurlrc(input, builder) {
    for (const { line, start } of contentLines(input, builder)) {
        const option = /^[^\s=:]+/.exec(line.text.slice(start))?.[0] ?? '';
        const names = option.startsWith('--')
            ? [option.slice(2)]
            : option.startsWith('-')
                ? Array.from(option.slice(1), (letter) => letter).map((letter) => SHORT[letter] ?? `-${letter}`)
                : [option];
        const value = line.text
            .slice(start + option.length)
            .replace(/^\s*[=:]?\s*/, '')
            .trim();
        for (const key of names) {
            pushSetting(builder, {
                tool: 'curl',
                key,
                value: value === '' ? undefined : value,
                range: partRange(line, option, start),
                text: line.text.trim(),
            });
        }
    }
}
/** The short options of curl that matter here, by their long names. */
const SHORT = { k: 'insecure' };

;// CONCATENATED MODULE: ./src/languages/config/readers/dockerfile.ts



const COMMANDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);
/**
 * A Dockerfile or Containerfile, parsed by dockerfile-ast: `ENV` (both forms) and `ARG` defaults are
 * environment assignments of their stage; `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` are shell
 * text for tree-sitter-bash (continued lines and here-documents included) or, in exec form, a program
 * and its arguments. Every stage counts: a build stage that fetches with `curl -k` ships what it
 * fetched.
 */
function readDockerfile(input, builder) {
    const dockerfile = input.parsers.dockerfile.DockerfileParser.parse(input.text);
    const offsets = positionOffsets(input.text);
    for (const comment of dockerfile.getComments()) {
        const range = dockerfile_rangeOf(offsets, comment.getRange());
        const text = input.text.slice(range[0], range[1]);
        builder.comments.push({ value: text.slice(text.indexOf('#') + 1), range });
    }
    const backtick = dockerfile.getEscapeCharacter() === '`';
    const stages = dockerfile.getFROMs().length;
    let index = -1;
    let stage;
    for (const instruction of dockerfile.getInstructions()) {
        input.budget.charge();
        const keyword = instruction.getKeyword();
        if (keyword === 'FROM') {
            index++;
            const from = dockerfile.getFROMs()[index];
            stage = { name: from?.getBuildStage() ?? `#${index + 1}`, final: index === stages - 1 };
            continue;
        }
        // `ARG` before the first `FROM` only parameterizes `FROM` lines.
        if (!stage)
            continue;
        const context = {
            surface: builder.surface,
            reach: stage.final ? 'this image' : `build stage \`${stage.name}\``,
            scope: `stage ${stage.name}`,
        };
        if (keyword === 'ENV' || keyword === 'ARG')
            properties(input, builder, offsets, instruction, context, keyword, stage);
        else if (COMMANDS.has(keyword))
            command(input, builder, offsets, instruction, { ...context, reach: commandReach(keyword, stage) }, backtick);
    }
}
/** Where a command runs: in the build (`RUN`), or in the containers started from the image. */
function commandReach(keyword, stage) {
    if (keyword === 'RUN')
        return stage.final ? 'the build of this image' : `build stage \`${stage.name}\``;
    return keyword === 'HEALTHCHECK'
        ? 'the health check of this image'
        : 'the containers of this image';
}
function properties(input, builder, offsets, instruction, context, keyword, stage) {
    const list = instruction.getProperties();
    const reach = keyword === 'ENV' ? context.reach : stage.final ? 'the build of this image' : context.reach;
    for (const property of list) {
        const value = property.getValue();
        const nameRange = property.getNameRange();
        const valueRange = property.getValueRange();
        if (value === null || !valueRange)
            continue;
        const range = dockerfile_rangeOf(offsets, valueRange);
        const written = input.text.slice(range[0], range[1]);
        builder.env.push({
            name: property.getName(),
            nameRange: dockerfile_rangeOf(offsets, nameRange),
            // `$NAME` and `${NAME}` are substituted at build time: unknown here. `\$` is a literal dollar.
            value: /(?:^|[^\\])\$/.test(written) ? undefined : value,
            valueRange: range[0] === range[1] ? dockerfile_rangeOf(offsets, nameRange) : range,
            site: keyword,
            context: { ...context, reach },
        });
    }
}
function command(input, builder, offsets, instruction, context, backtick) {
    const args = instruction.getArguments();
    const keyword = instruction.getKeyword();
    // `HEALTHCHECK CMD …` (`HEALTHCHECK NONE` runs nothing).
    const first = keyword === 'HEALTHCHECK' ? 1 : 0;
    if (keyword === 'HEALTHCHECK' && args[0]?.getValue().toUpperCase() !== 'CMD')
        return;
    const start = args[first];
    if (!start)
        return;
    const from = offsets(start.getRange().start);
    const to = offsets(instruction.getRange().end);
    const text = input.text.slice(from, to);
    const shell = {
        context,
        exportReach: keyword === 'RUN' ? 'the rest of this RUN' : 'this command',
    };
    if (text.startsWith('[') && execForm(input, builder, text, from, context, shell))
        return;
    // Escaped with a backtick (`# escape=\``): the same two characters as a backslash continuation.
    const script = withoutContinuationComments(backtick ? text.replace(/`(\r?\n)/g, '\\$1') : text);
    const offsetOf = (i) => from + (script.offsets[i] ?? text.length);
    readShell(shellReader(input, builder), { text: script.text, offsetOf }, shell);
    if (keyword === 'RUN' && text.startsWith('<<'))
        heredocs(input, builder, offsets, instruction, shell);
}
/**
 * Docker removes comment lines and empty lines inside a continued instruction before the shell sees
 * it; left in, `--no-cache-dir \\` + `# note` would end the command there. Lines of a here-document
 * (not continued) stay. `offsets[i]` is the index in `text` of the script's character `i`.
 */
function withoutContinuationComments(text) {
    const lines = text.split(/(?<=\n)/);
    let kept = '';
    const offsets = [];
    let position = 0;
    let continued = false;
    for (const line of lines) {
        const dropped = continued && /^[ \t]*(?:#.*)?\r?\n?$/.test(line);
        if (!dropped) {
            kept += line;
            for (let index = 0; index < line.length; index++)
                offsets.push(position + index);
            continued = /\\\r?\n$/.test(line);
        }
        position += line.length;
    }
    offsets.push(position);
    return { text: kept, offsets };
}
/** `RUN <<EOT … EOT`: without a command, each here-document is a script the shell runs. */
function heredocs(input, builder, offsets, instruction, shell) {
    const { Run } = input.parsers.dockerfile;
    for (const heredoc of instruction instanceof Run ? instruction.getHeredocs() : []) {
        const range = heredoc.getContentRange();
        if (!range)
            continue;
        const from = offsets(range.start);
        const text = input.text.slice(from, offsets(range.end));
        // A here-document with its own interpreter (`#!/usr/bin/env python3`) is not shell.
        if (text.startsWith('#!') && !/^#!\S*\b(?:ba|da|a)?sh\b/.test(text))
            continue;
        readShell(shellReader(input, builder), { text, offsetOf: (i) => from + i }, shell);
    }
}
/** `RUN ["curl", "-k", "https://…"]`: a program and its arguments, no shell (unless it is `sh -c`). */
function execForm(input, builder, text, from, context, shell) {
    let argv;
    try {
        argv = JSON.parse(text);
    }
    catch {
        return false;
    }
    if (!Array.isArray(argv) || !argv.every((word) => typeof word === 'string'))
        return false;
    const words = stringRanges(text, from, argv);
    const [program, ...args] = words;
    if (!program)
        return true;
    builder.commands.push({
        program: programName(program.value),
        programRange: program.range,
        args,
        range: [program.range[0], (args.at(-1) ?? program).range[1]],
        context,
    });
    const script = args.findIndex((arg) => arg.value === '-c');
    const body = words[script + 2];
    if (script >= 0 && body && isShell(program.value)) {
        const exact = input.text.slice(body.range[0] + 1, body.range[1] - 1) === body.value;
        readShell(shellReader(input, builder), { text: body.value, offsetOf: (i) => (exact ? body.range[0] + 1 + i : body.range[0]) }, shell);
    }
    return true;
}
function isShell(program) {
    return /^(?:.*\/)?(?:ba|da|a)?sh$/.test(program);
}
/** Each JSON string of an exec form, with the range of its quoted text. */
function stringRanges(text, from, argv) {
    const words = [];
    let at = 0;
    for (const value of argv) {
        const open = text.indexOf('"', at);
        const close = open < 0 ? -1 : closingQuote(text, open + 1);
        const start = from + Math.max(0, open);
        words.push({ value, range: [start, close < 0 ? start : from + close + 1] });
        at = close < 0 ? text.length : close + 1;
    }
    return words;
}
/** The index of the `"` that closes a JSON string whose text starts at `at` (escapes skipped). */
function closingQuote(text, at) {
    for (let index = at; index < text.length; index++) {
        if (text[index] === '\\')
            index++;
        else if (text[index] === '"')
            return index;
    }
    return -1;
}
function dockerfile_rangeOf(offsets, range) {
    return [offsets(range.start), offsets(range.end)];
}

;// CONCATENATED MODULE: ./src/languages/config/readers/dotenv.ts
const KEY = /^[ \t]*(export[ \t]+)?([\w.-]+)[ \t]*(?:=|:[ \t])[ \t]*/;
/**
 * A dotenv file (`.env`, `.env.production`, `app.env`), read with the rules of Node's `--env-file`
 * parser and the dotenv package: an optional `export`, `KEY=value` (or `KEY: value`), values in
 * single, double or back quotes (possibly over several lines; `\n` expands in double quotes),
 * unquoted values trimmed and ended by ` #` comments. Inner spaces stay: `"0 "` is not `0`.
 */
function readDotenv(input, builder) {
    const { text } = input;
    // A quote found unclosed once is unclosed from any later line too: never search for it again.
    const unclosed = new Set();
    let at = 0;
    while (at < text.length) {
        input.budget.charge();
        const lineEnd = endOfLine(text, at);
        const line = text.slice(at, lineEnd);
        const key = KEY.exec(line);
        const first = line.search(/\S/);
        if (first >= 0 && line[first] === '#') {
            builder.comments.push({ value: line.slice(first + 1), range: [at + first, lineEnd] });
        }
        else if (key?.[2]) {
            at = assignment(builder, text, at, key, unclosed);
            continue;
        }
        at = nextLine(text, lineEnd);
    }
}
/** Reads one `KEY=value` starting at `at`; returns where the next line starts. */
function assignment(builder, text, at, key, unclosed) {
    const name = key[2] ?? '';
    const nameStart = at + key[0].indexOf(name, key[1]?.length ?? 0);
    const valueStart = at + key[0].length;
    const quote = text[valueStart];
    let value;
    let valueEnd;
    let next;
    const quoted = (quote === '"' || quote === "'" || quote === '`') && !unclosed.has(quote);
    const close = quoted ? dotenv_closingQuote(text, valueStart, quote) : -1;
    if (quoted && close < 0)
        unclosed.add(quote);
    if (close >= 0 && quote !== undefined) {
        const inner = text.slice(valueStart + 1, close);
        value = quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : inner;
        valueEnd = close + 1;
        const rest = endOfLine(text, valueEnd);
        comment(builder, text, valueEnd, rest);
        next = nextLine(text, rest);
    }
    else {
        const lineEnd = endOfLine(text, valueStart);
        const raw = text.slice(valueStart, lineEnd);
        const hash = raw.search(/(?:^|\s)#/);
        const cut = hash < 0 ? raw : raw.slice(0, hash);
        value = cut.trim();
        valueEnd = valueStart + cut.trimEnd().length;
        if (hash >= 0)
            comment(builder, text, valueStart + hash, lineEnd);
        next = nextLine(text, lineEnd);
    }
    builder.env.push({
        name,
        nameRange: [nameStart, nameStart + name.length],
        value,
        valueRange: valueEnd > valueStart ? [valueStart, valueEnd] : [nameStart, nameStart + name.length],
        site: key[1] ? 'export' : 'dotenv',
        context: { surface: builder.surface, reach: 'the processes that load this file', scope: '' },
    });
    return next;
}
/** The closing quote of a quoted value (escaped quotes skipped); -1 when there is none. */
function dotenv_closingQuote(text, open, quote) {
    for (let index = open + 1; index < text.length; index++) {
        if (text[index] === '\\' && quote === '"')
            index++;
        else if (text[index] === quote)
            return index;
    }
    return -1;
}
function comment(builder, text, from, to) {
    const hash = text.indexOf('#', from);
    if (hash >= 0 && hash < to)
        builder.comments.push({ value: text.slice(hash + 1, to), range: [hash, to] });
}
function endOfLine(text, from) {
    let end = from;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r')
        end++;
    return end;
}
function nextLine(text, lineEnd) {
    if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n')
        return lineEnd + 2;
    return lineEnd + 1;
}

;// CONCATENATED MODULE: ./src/languages/config/readers/gitconfig.ts

/**
 * A committed `.gitconfig`: `[section]` and `[section "subsection"]` headers, `key = value` and bare
 * `key` lines (a bare key means true), `#`/`;` comments. Section and key names are case-insensitive
 * (git-config(1)), so keys are lower-cased: `http.https://host/.sslverify`.
 */
function readGitconfig(input, builder) {
    let section = '';
    for (const { line, start } of contentLines(input, builder, '#;')) {
        const first = line.text[start];
        if (first === '[') {
            section = header(line.text.slice(start)) ?? section;
            continue;
        }
        entry(builder, line, start, section);
    }
}
/** `[http]` → `http`; `[http "https://host/"]` → `http.https://host/`; `[http.https://host/]` (old form). */
function header(text) {
    const match = /^\[\s*([\w.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(text);
    if (!match?.[1])
        return undefined;
    const name = match[1].toLowerCase();
    return match[2] === undefined ? name : `${name}.${match[2].replace(/\\(.)/g, '$1')}`;
}
function entry(builder, line, start, section) {
    const text = line.text.slice(start);
    const name = /^[A-Za-z][\w-]*/.exec(text)?.[0];
    if (!name)
        return;
    // After the name: nothing (a bare key, true), or `=` and the value up to the end of the line.
    const after = text.slice(name.length).trimStart();
    if (after !== '' && !after.startsWith('='))
        return;
    const key = `${section}.${name.toLowerCase()}`;
    if (after === '') {
        pushSetting(builder, {
            tool: 'git',
            key,
            value: undefined,
            range: partRange(line, name, start),
            text: name,
            context: fileContext(builder, section),
        });
        return;
    }
    const written = after.slice(1).trimStart();
    const { value, comment } = gitValue(written);
    const valueAt = line.text.length - written.length;
    if (comment >= 0)
        lineComment(builder, line, valueAt + comment);
    const shown = (comment >= 0 ? written.slice(0, comment) : written).trim();
    pushSetting(builder, {
        tool: 'git',
        key,
        value,
        range: shown === ''
            ? partRange(line, name, start)
            : [line.start + valueAt, line.start + valueAt + shown.length],
        text: `${name} = ${shown}`,
        context: fileContext(builder, section),
    });
}
/** git's value syntax: `"…"` keeps spaces and `#`; `\"`, `\\` escape; `#` or `;` outside quotes starts a comment. */
function gitValue(written) {
    let value = '';
    let quoted = false;
    for (let index = 0; index < written.length; index++) {
        const char = written.charAt(index);
        if (char === '\\') {
            value += written.charAt(++index);
        }
        else if (char === '"') {
            quoted = !quoted;
        }
        else if (!quoted && (char === '#' || char === ';')) {
            return { value: value.trim(), comment: index };
        }
        else {
            value += char;
        }
    }
    return { value: value.trim(), comment: -1 };
}

;// CONCATENATED MODULE: ./src/languages/config/readers/npmrc.ts

/**
 * `.npmrc` (npm and pnpm): `key = value` lines and `;`/`#` comments, read as npm's `ini` reads them —
 * a quoted value is taken whole, an unquoted one ends at an unescaped `;` or `#`. Registry-scoped keys
 * (`//registry/:key`) are not global settings and are left as they are.
 */
function readNpmrc(input, builder) {
    for (const { line, start } of contentLines(input, builder, '#;')) {
        const equals = line.text.indexOf('=');
        const key = (equals < 0 ? line.text : line.text.slice(0, equals)).trim();
        const rest = equals < 0 ? 'true' : line.text.slice(equals + 1);
        const { value, comment } = iniValue(rest);
        if (comment >= 0)
            lineComment(builder, line, equals + 1 + comment);
        const valueAt = equals < 0 ? start : equals + 1 + rest.search(/\S|$/);
        pushSetting(builder, {
            tool: 'npm',
            key,
            value: value.includes('${') ? undefined : value,
            range: equals < 0
                ? partRange(line, key)
                : [line.start + valueAt, line.start + valueAt + rawLength(rest)],
            text: `${key}=${value}`,
        });
    }
}
/** ini's value rules: `"…"` and `'…'` whole; otherwise up to an unescaped `;` or `#`, trimmed. */
function iniValue(raw) {
    const trimmed = raw.trim();
    const quote = trimmed[0];
    if ((quote === '"' || quote === "'") && trimmed.endsWith(quote) && trimmed.length >= 2)
        return { value: trimmed.slice(1, -1), comment: -1 };
    let value = '';
    for (let index = 0; index < raw.length; index++) {
        const char = raw.charAt(index);
        if (char === '\\' && (raw[index + 1] === ';' || raw[index + 1] === '#')) {
            value += raw.charAt(++index);
            continue;
        }
        if (char === ';' || char === '#')
            return { value: value.trim(), comment: index };
        value += char;
    }
    return { value: value.trim(), comment: -1 };
}
/** Length of the value as written (without surrounding spaces or a trailing comment). */
function rawLength(raw) {
    const trimmed = raw.trim();
    if (/^(["']).*\1$/.test(trimmed))
        return trimmed.length;
    const cut = raw.search(/(?<!\\)[;#]/);
    return (cut < 0 ? raw : raw.slice(0, cut)).trim().length;
}

;// CONCATENATED MODULE: ./src/languages/config/readers/package-json.ts


/**
 * `package.json` `scripts`: each script is shell text (npm, pnpm and yarn run it with `sh -c`), read by
 * tree-sitter-bash with its positions mapped back through the JSON string's escapes. Scripts that
 * only test or serve a development build are capped like test code.
 */
function readPackageJson(input, builder) {
    const { json } = input.parsers;
    const root = json.parseTree(input.text, [], { allowTrailingComma: true });
    if (!root)
        throw new ConfigSyntaxError('not JSON', 0);
    const scripts = json.findNodeAtLocation(root, ['scripts']);
    for (const property of scripts?.type === 'object' ? (scripts.children ?? []) : []) {
        input.budget.charge();
        const [key, value] = property.children ?? [];
        if (key?.type !== 'string' || value?.type !== 'string' || typeof value.value !== 'string')
            continue;
        const name = String(key.value);
        const kind = scriptKind(name);
        const context = {
            surface: builder.surface,
            reach: `script \`${name}\``,
            scope: `scripts.${name}`,
            ...(kind ? { nonProduction: kind } : {}),
        };
        const raw = input.text.slice(value.offset + 1, value.offset + value.length - 1);
        const map = unescapedOffsets(raw, value.offset + 1);
        readShell(shellReader(input, builder), {
            text: value.value,
            offsetOf: (index) => map[Math.min(index, map.length - 1)] ?? value.offset,
        }, { context, exportReach: `the rest of script \`${name}\`` });
    }
}
const TEST_WORDS = new Set([
    'test',
    'tests',
    'e2e',
    'spec',
    'jest',
    'vitest',
    'mocha',
    'cypress',
    'playwright',
]);
const DEV_WORDS = new Set(['dev', 'develop', 'development', 'watch', 'storybook', 'local']);
/** `test`, `pretest`, `test:e2e`, `e2e-ci` are tests; `dev`, `start:dev`, `watch` serve a development build. */
function scriptKind(name) {
    const words = name
        .toLowerCase()
        .split(/[:\-_.]/)
        .map((word) => word.replace(/^(?:pre|post)(?=test|dev)/, ''));
    if (words.some((word) => TEST_WORDS.has(word)))
        return 'test';
    return words.some((word) => DEV_WORDS.has(word)) ? 'tooling' : undefined;
}
/** For each character of the unescaped JSON string, the offset of its text in the file. */
function unescapedOffsets(raw, start) {
    const map = [];
    for (let index = 0; index < raw.length;) {
        if (raw[index] !== '\\') {
            map.push(start + index++);
            continue;
        }
        map.push(start + index);
        index += raw[index + 1] === 'u' ? 6 : 2;
    }
    map.push(start + raw.length);
    return map;
}

;// CONCATENATED MODULE: ./src/languages/config/readers/pip-conf.ts

/**
 * `pip.conf` / `pip.ini` (Python's configparser): `[section]` headers, `key = value` or `key: value`,
 * indented continuation lines, `#`/`;` comments. pip normalizes keys (lower case, `_` → `-`).
 */
function readPipConf(input, builder) {
    let section = '';
    let last;
    for (const { line, start } of contentLines(input, builder, '#;')) {
        const first = line.text[start];
        if (first === '[') {
            section = /^\[([^\]]*)\]/.exec(line.text.slice(start))?.[1]?.trim() ?? section;
            last = undefined;
            continue;
        }
        // A continuation line adds to the previous value (`trusted-host =` with hosts on the next lines).
        if (start > 0 && last) {
            const value = line.text.trim();
            pushSetting(builder, {
                tool: 'pip',
                key: last.key,
                value,
                range: partRange(line, value, start),
                text: `${last.key}=${value}`,
                context: fileContext(builder, section),
            });
            continue;
        }
        // `key = value` or `key: value` (configparser): the key ends at the first `=` or `:`.
        const text = line.text.slice(start);
        const separator = text.search(/[=:]/);
        if (separator <= 0)
            continue;
        const name = text.slice(0, separator).trimEnd();
        const key = name.toLowerCase().replace(/_/g, '-');
        const value = text.slice(separator + 1).trim();
        last = { key, value };
        pushSetting(builder, {
            tool: 'pip',
            key,
            value,
            range: value === '' ? partRange(line, name, start) : partRange(line, value, start + name.length),
            text: `${key}=${value}`,
            context: fileContext(builder, section),
        });
    }
}

;// CONCATENATED MODULE: ./src/languages/config/readers/requirements.ts

/**
 * A pip requirements file: one requirement or option per line, `#` comments (at the start or after
 * whitespace). Only options are settings: `--trusted-host host`, `--trusted-host=host`.
 */
function readRequirements(input, builder) {
    for (const line of budgetedLines(input)) {
        const comment = line.text.search(/(?:^|\s)#/);
        const commentAt = comment < 0 ? -1 : line.text.indexOf('#', comment);
        if (commentAt >= 0)
            lineComment(builder, line, commentAt);
        const text = commentAt >= 0 ? line.text.slice(0, commentAt) : line.text;
        const pattern = /(^|\s)(--[\w-]+)(?:=|\s+)?(\S*)/g;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
            const option = match[2] ?? '';
            const value = match[3] ?? '';
            const optionAt = match.index + (match[1]?.length ?? 0);
            const valueAt = text.indexOf(value, optionAt + option.length);
            pushSetting(builder, {
                tool: 'pip',
                key: option.slice(2),
                value,
                range: value === ''
                    ? [line.start + optionAt, line.start + optionAt + option.length]
                    : [line.start + valueAt, line.start + valueAt + value.length],
                text: `${option} ${value}`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/languages/config/readers/shell-script.ts


/** A shell script (`*.sh`, `*.bash`, or a `#!/bin/sh` / `#!/usr/bin/env bash` script without extension). */
function readShellScript(input, builder) {
    readShell(shellReader(input, builder), { text: input.text, offsetOf: (index) => index }, {
        context: { surface: builder.surface, reach: 'this script', scope: '' },
        exportReach: 'the rest of this script',
    });
}

;// CONCATENATED MODULE: ./src/languages/config/readers/wgetrc.ts

/**
 * `.wgetrc`: `command = value` lines and `#` comments. wget ignores case, `-` and `_` in command names
 * (`check_certificate`, `checkCertificate`), so keys are normalized that way.
 */
function readWgetrc(input, builder) {
    for (const { line, start } of contentLines(input, builder)) {
        const setting = keyAndValue(line.text.slice(start), /^[\w-]+/, '=');
        if (!setting)
            continue;
        const { name, value: written } = setting;
        const key = name.toLowerCase().replace(/[-_]/g, '');
        pushSetting(builder, {
            tool: 'wget',
            key,
            value: written,
            range: written === ''
                ? partRange(line, name, start)
                : partRange(line, written, start + name.length),
            text: `${name} = ${written}`,
        });
    }
}

;// CONCATENATED MODULE: ./src/languages/config/readers/yarnrc.ts

/**
 * A `.yarnrc` line: indentation, the key (`"quoted"` or a run of non-space, non-quote characters) and,
 * after spaces, the rest trimmed (`''` when only spaces follow; undefined when nothing does).
 */
function keyAndRest(text) {
    const indent = text.length - text.trimStart().length;
    const line = text.slice(indent);
    const close = line.startsWith('"') ? line.indexOf('"', 1) : -1;
    const written = line.startsWith('"')
        ? close < 0
            ? ''
            : line.slice(0, close + 1)
        : (/^[^\s"]+/.exec(line)?.[0] ?? '');
    if (written === '')
        return undefined;
    const after = line.slice(written.length);
    if (after === '')
        return { indent, written, rest: undefined };
    return /^\s/.test(after) ? { indent, written, rest: after.trim() } : undefined;
}
/** Yarn 1's `.yarnrc`: `key value` lines (either may be quoted) and `#` comments. */
function readYarnrc(input, builder) {
    for (const line of budgetedLines(input)) {
        const parts = keyAndRest(line.text);
        if (!parts)
            continue;
        if (parts.written.startsWith('#')) {
            lineComment(builder, line, parts.indent);
            continue;
        }
        const key = unquoted(parts.written);
        const written = parts.rest;
        const value = written === undefined ? undefined : unquoted(written);
        pushSetting(builder, {
            tool: 'yarn',
            key,
            value,
            range: written === undefined
                ? partRange(line, parts.written)
                : partRange(line, written, parts.indent + parts.written.length),
            text: `${key} ${written ?? ''}`,
        });
    }
}

;// CONCATENATED MODULE: ./src/languages/config/readers/yarnrc-yml.ts


/** Yarn Berry's `.yarnrc.yml`: its top-level settings (`enableStrictSsl`, `httpsCaFilePath`, …). */
function readYarnrcYml(input, builder) {
    const file = parseYaml(input);
    builder.moreComments = () => yamlComments(file.yaml, file.text);
    for (const pair of pairsOf(file, file.document.contents)) {
        const key = keyOf(file, pair);
        const value = environmentValue(file, pair.value, undefined);
        if (key === undefined || !file.yaml.isScalar(pair.value))
            continue;
        pushSetting(builder, {
            tool: 'yarn-berry',
            key,
            value,
            range: rangeOf(pair.value),
            text: `${key}: ${value ?? ''}`,
        });
    }
}

;// CONCATENATED MODULE: ./src/languages/config/readers/index.ts















/** One reader per format, each producing the shared model. */
const READERS = {
    dockerfile: readDockerfile,
    workflow: readWorkflow,
    action: readAction,
    compose: readCompose,
    dotenv: readDotenv,
    npmrc: readNpmrc,
    yarnrc: readYarnrc,
    'yarnrc-yml': readYarnrcYml,
    shell: readShellScript,
    'package-json': readPackageJson,
    gitconfig: readGitconfig,
    curlrc: readCurlrc,
    wgetrc: readWgetrc,
    'pip-conf': readPipConf,
    requirements: readRequirements,
};

;// CONCATENATED MODULE: ./src/languages/config/analyze.ts








/** The config language, loaded: its parsers and the rules' config checkers. */
function configAnalyzer(parsers, checkers) {
    return {
        analyze: (input) => analyze(parsers, checkers, input),
    };
}
function analyze(parsers, checkers, input) {
    const surface = (0,files/* surfaceOf */.lI)(input.path, firstLine(input.text));
    if (!surface)
        return { ok: true, reports: [], failures: [], errors: [], comments: () => [] };
    const builder = new ModelBuilder(surface);
    try {
        READERS[surface]({ ...input, parsers, budget: new Budget(input.maxNodes) }, builder);
    }
    catch (error) {
        return readFailure(error, input.text);
    }
    const model = builder.build();
    const { reports, failures } = runCheckers(model, checkers, input);
    return { ok: true, reports, failures, errors: [], comments: () => model.comments() };
}
function runCheckers(model, checkers, input) {
    const reports = new checker_runs/* ReportSet */.Hp((report) => `${report.range[0]}\0${report.range[1]}`);
    const failures = [];
    for (const rule of input.rules) {
        const checker = checkers.get(rule.id);
        if (!checker)
            throw new Error(`rule ${rule.id} has no config checker`);
        try {
            checker.check({
                filename: input.path,
                model,
                report: (descriptor) => reports.add(located(rule, descriptor)),
            });
        }
        catch (error) {
            failures.push({ ruleId: rule.id, error });
        }
    }
    return { reports: reports.values(), failures };
}
function located(rule, descriptor) {
    const { context } = descriptor;
    return {
        rule,
        messageId: descriptor.messageId,
        data: descriptor.data ?? {},
        range: descriptor.range,
        identity: `${context.surface} ${descriptor.identity.replace(/\s+/g, ' ').trim()}`,
        scope: context.scope,
        ...(context.nonProduction ? { nonProduction: context.nonProduction } : {}),
    };
}
function readFailure(error, text) {
    if (error instanceof TooManyNodes)
        return { ok: false, reason: 'too-many-nodes', message: 'too many nodes' };
    if ((0,errors/* isStackOverflow */.fF)(error))
        return { ok: false, reason: 'too-deep', message: 'nested too deeply to parse' };
    if (!(error instanceof ConfigSyntaxError))
        throw error;
    if (error.offset === undefined)
        return { ok: false, reason: 'syntax', message: error.message };
    const { line, column } = new line_map/* LineMap */.H(text).position(error.offset);
    return { ok: false, reason: 'syntax', message: error.message, line, column };
}
/** The first line of a file, for a script's shebang. */
function firstLine(text) {
    const end = text.search(/\r|\n/);
    return end < 0 ? text : text.slice(0, end);
}


/***/ }),

/***/ 57005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ ReportSet),
/* harmony export */   JD: () => (/* binding */ dispatch),
/* harmony export */   Y6: () => (/* binding */ locateAll),
/* harmony export */   eH: () => (/* binding */ addVisitor),
/* harmony export */   y9: () => (/* binding */ isUnconditional)
/* harmony export */ });
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60432);
/* harmony import */ var _work_meter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18080);


/**
 * Calls each node's handlers in order; a rule that throws is recorded as failed and not called again.
 * Returns the node at which the file's work limit was reached, if it was.
 */
function dispatch(nodes, handlers, failures) {
    const failed = new Set();
    for (const node of nodes) {
        for (const { rule, handler } of handlers.get(node.type) ?? []) {
            if (failed.has(rule))
                continue;
            try {
                handler(node);
            }
            catch (error) {
                if (error instanceof _work_meter_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkLimitReached */ .Dk)
                    return node;
                failed.add(rule);
                failures.push({ ruleId: rule.id, error });
            }
        }
    }
    return undefined;
}
/**
 * Design §4: an error means insecure in every run. A rule's unconditional message (risk high or
 * critical) for code that only runs under a user's TLS switch or an environment condition is a
 * warning that names the condition (see engine/findings.ts) — whatever the rule, so every rule keeps
 * the contract. Rules with their own wording for switches report those at medium risk already.
 */
function isUnconditional(rule, messageId) {
    const risk = rule.meta.messages[messageId]?.risk;
    return risk === 'high' || risk === 'critical';
}
/** One report per rule and place (the key the language gives): when a place is reported twice, the riskier message wins. */
class ReportSet {
    placeOf;
    byKey = new Map();
    constructor(placeOf) {
        this.placeOf = placeOf;
    }
    add(report) {
        const key = `${report.rule.id}\0${this.placeOf(report)}`;
        const existing = this.byKey.get(key);
        if (!existing || risk(report) > risk(existing))
            this.byKey.set(key, report);
    }
    values() {
        return [...this.byKey.values()];
    }
}
function risk(report) {
    const spec = report.rule.meta.messages[report.messageId];
    return spec ? (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .riskRank */ .wv)(spec.risk) : -1;
}
/** Each report with its place in the file; a report that cannot be placed is an error of the file's analysis, not the end of it. */
function locateAll(reports, locate) {
    const located = [];
    const errors = [];
    for (const report of reports) {
        try {
            located.push(locate(report));
        }
        catch (error) {
            errors.push(error);
        }
    }
    return { reports: located, errors };
}
/** Adds a checker's visitor to the table; a checker whose `create` throws is a failure and adds nothing. */
function addVisitor(handlers, rule, create, failures) {
    let visitor;
    try {
        visitor = create();
    }
    catch (error) {
        failures.push({ ruleId: rule.id, error });
        return;
    }
    for (const [type, handler] of Object.entries(visitor)) {
        if (!handler)
            continue;
        const list = handlers.get(type) ?? [];
        list.push({ rule, handler });
        handlers.set(type, list);
    }
}


/***/ }),

/***/ 18080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ WorkMeter),
/* harmony export */   Dk: () => (/* binding */ WorkLimitReached),
/* harmony export */   EA: () => (/* binding */ chargeWalkStep),
/* harmony export */   lS: () => (/* binding */ chargingWalksTo)
/* harmony export */ });
/**
 * Thrown when one file's analysis has used up its work limit. The engine stops the file's rule
 * traversal, keeps what was found so far and reports the file as `too-complex`.
 */
class WorkLimitReached extends Error {
    steps;
    constructor(steps) {
        super(`the analysis of this file took more than ${steps.toLocaleString('en-US')} steps`);
        this.steps = steps;
        this.name = 'WorkLimitReached';
    }
}
/**
 * Counts the work of one file's analysis: every value asked for, every reference, write, use and
 * syntax node a resolver or rule helper looks at. Two bounds:
 * - a *question* (one rule asking one thing: a value, the uses of an object, a module reference) may
 *   take `questionLimit` steps; past it the resolvers give up with `unknown` — the answer is cut short;
 * - the *file* may take `fileLimit` steps in all; past it `spend` throws `WorkLimitReached`.
 */
class WorkMeter {
    fileLimit;
    questionLimit;
    /** Steps spent on the file so far. */
    total = 0;
    question = 0;
    depth = 0;
    constructor(fileLimit, questionLimit) {
        this.fileLimit = fileLimit;
        this.questionLimit = questionLimit;
    }
    /** Runs `answer` as one question; questions asked while answering it count as part of it. */
    ask(answer) {
        if (this.depth === 0)
            this.question = 0;
        this.depth++;
        try {
            return answer();
        }
        finally {
            this.depth--;
        }
    }
    spend(steps = 1) {
        this.total += steps;
        this.question += steps;
        if (this.total > this.fileLimit)
            throw new WorkLimitReached(this.fileLimit);
    }
    /** True once the current question has used its steps: resolvers stop and answer `unknown`. */
    get questionSpent() {
        return this.question > this.questionLimit;
    }
}
/**
 * Syntax walks inside rules (`forEachChild`) are charged to this meter while a file's rules run. The walk
 * helpers are called from many rule helpers that have no analysis at hand; threading the meter through
 * each of them would widen every signature for the sake of one counter. Analysis is synchronous, one
 * file at a time per thread, so one slot per module instance is enough.
 */
let walkMeter;
function chargingWalksTo(meter, run) {
    const previous = walkMeter;
    walkMeter = meter;
    try {
        return run();
    }
    finally {
        walkMeter = previous;
    }
}
function chargeWalkStep() {
    walkMeter?.spend(1);
}


/***/ })

};
