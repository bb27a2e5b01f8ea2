// Generated files that stress every resolver of the analysis: what a minified bundle, generated code
// or a hostile pull request can throw at it. Each file mentions every rule's trigger words and feeds its
// stress values into every rule's option positions, so every rule asks about them. Used by
// test/robustness/pathological.test.ts (bounded steps) and `npm run bench -- --corpus pathological`.

/** Every rule's option positions, fed with the expression `value`. */
function sinks(value) {
  return [
    `https.request({ rejectUnauthorized: ${value}, checkServerIdentity: ${value}, secureProtocol: ${value}, ciphers: ${value} });`,
    `tls.createServer({ requestCert: true, rejectUnauthorized: ${value}, secureOptions: ${value} });`,
    `process.env.NODE_TLS_REJECT_UNAUTHORIZED = ${value};`,
    `tls.connect(${value}); new tls.TLSSocket(socket, ${value}); https.get(url, ${value});`,
    `socket.on('keylog', ${value}); spawn('node', ['--tls-keylog=' + ${value}]);`,
    `tls.createSecurePair(${value}); crypto.createCredentials(${value});`,
    `puppeteer.launch({ acceptInsecureCerts: ${value}, ignoreHTTPSErrors: ${value} });`,
  ].join('\n');
}

const HEADER = [
  "const tls = require('tls');",
  "const https = require('https');",
  "const crypto = require('crypto');",
  "const { spawn } = require('child_process');",
  "const puppeteer = require('puppeteer');",
].join('\n');

function file(name, body, sinkValues) {
  return { name, text: `${HEADER}\n${body}\n${sinkValues.map(sinks).join('\n')}\n` };
}

function lines(count, line) {
  return Array.from({ length: count }, (_, index) => line(index)).join('\n');
}

/** One variable read and written 10,000 times, as minified bundles do with `e = e || {}`. */
function manyReferences() {
  const body = lines(2500, (i) =>
    [
      `o = o || { rejectUnauthorized: o.v${i % 7} };`,
      `o.rejectUnauthorized = o.k${i % 13};`,
      `Object.assign(o, { ciphers: o.c${i % 5} });`,
      `use(o, o.x${i});`,
    ].join(' '),
  );
  return file('many-references.js', `let o = {};\n${body}`, ['o', 'o.rejectUnauthorized']);
}

/** 30,000 bindings in one function, each read by the next ones: a minified module's locals. */
function manyBindings() {
  const declarations = lines(30_000, (i) =>
    i === 0
      ? '  var v0 = { rejectUnauthorized: false, ciphers: "NULL" },'
      : `  v${i} = v${i - 1}.rejectUnauthorized || v${Math.floor(i / 2)} || v${Math.floor(i / 3)}${i === 29_999 ? ';' : ','}`,
  );
  return file(
    'many-bindings.js',
    `function module(e, t, n) {\n${declarations}\n${sinks('v29999')}\n}`,
    ['v'],
  );
}

/** Alias chains far deeper than resolution follows: constants, members, reassigned lets, destructuring. */
function aliasChains() {
  const constants = lines(1000, (i) =>
    i === 0 ? 'const a0 = { rejectUnauthorized: false };' : `const a${i} = a${i - 1};`,
  );
  const members = lines(1000, (i) =>
    i === 0
      ? 'const b0 = { x: { rejectUnauthorized: false } };'
      : `const b${i} = { x: b${i - 1}.x };`,
  );
  const lets = lines(1000, (i) =>
    i === 0 ? 'let c0 = false;' : `let c${i} = c${i - 1}; c${i} = c${i} || c${i - 1};`,
  );
  const destructured = lines(1000, (i) =>
    i === 0
      ? 'const d0 = { d: false };'
      : `const { d: d${i}x } = d${i - 1}; const d${i} = { d: d${i}x };`,
  );
  return file('alias-chains.js', [constants, members, lets, destructured].join('\n'), [
    'a999',
    'b999.x',
    'c999',
    'd999.d',
  ]);
}

/** A 20,000-property object literal, 2,000 spreads in a row and 2,000 `Object.assign` calls. */
function objectLiterals() {
  const huge = `const huge = {\n${lines(20_000, (i) => `  k${i}: ${i % 2 === 0 ? 'false' : `huge${i}`},`)}\n  rejectUnauthorized: false,\n};`;
  const spreads = lines(2000, (i) =>
    i === 0
      ? 'const s0 = { ...huge };'
      : `const s${i} = { ...s${i - 1}, ...huge, k${i}: s${i - 1}.k${i} };`,
  );
  const assigns = lines(2000, (i) =>
    i === 0 ? 'const m = {};' : `Object.assign(m, s${i}, { rejectUnauthorized: m.k${i} });`,
  );
  return file('object-literals.js', [huge, spreads, assigns].join('\n'), ['huge', 's1999', 'm']);
}

/** `a || b || …` and `c ? x : c2 ? y : …` chains thousands long. */
function logicalChains() {
  const or = `const or = ${lines(400, (i) => `p${i}`).replaceAll('\n', ' || ')} || false;`;
  const ternary = `const ternary = ${lines(400, (i) => `q${i} ? ${i % 2 === 0} :`).replaceAll('\n', ' ')} false;`;
  const declarations = lines(400, (i) => `let p${i} = q${i} && false, q${i} = p${(i + 1) % 400};`);
  return file('logical-chains.js', [declarations, or, ternary].join('\n'), ['or', 'ternary']);
}

/** 2,000 helpers calling two others each, in a cycle: exponentially many paths. */
function recursiveHelpers() {
  const helpers = lines(2000, (i) =>
    [
      `function f${i}(x) {`,
      `  if (x) return f${(i + 1) % 2000}(x) || f${(i + 2) % 2000}(x);`,
      `  return { rejectUnauthorized: g${i}(x), ciphers: f${(i + 3) % 2000}(!x) };`,
      '}',
      `const g${i} = (y) => (y ? f${(i * 7) % 2000}(y) : g${(i + 1) % 2000}(!y));`,
    ].join('\n'),
  );
  return file('recursive-helpers.js', helpers, ['f0(true)', 'g0(false)', 'f1999(opts)']);
}

/**
 * A webpack-style bundle: 3,000 module functions sharing one `require` that is referenced 6,000 times,
 * and their exports objects assigned and read back — the shape of Yarn's committed plugin bundles.
 */
function minifiedBundle() {
  const modules = lines(
    3000,
    (i) =>
      `${i}: function (e, t, n) { "use strict"; var r = n(${(i + 1) % 3000}), o = n(${(i * 7) % 3000}); ` +
      `e.exports = r.default || o || { rejectUnauthorized: r.secure, ciphers: o.c }; t.x = e.exports.rejectUnauthorized; },`,
  );
  const runtime = [
    'var cache = {};',
    'function n(id) { var m = cache[id]; if (m) return m.exports; m = cache[id] = { exports: {} }; mods[id](m, m.exports, n); return m.exports; }',
    'var root = n(0);',
  ].join('\n');
  return file('minified-bundle.js', `var mods = {\n${modules}\n};\n${runtime}`, [
    'root',
    'root.rejectUnauthorized',
    'n(1)',
  ]);
}

export function pathologicalFiles() {
  return [
    manyReferences(),
    manyBindings(),
    aliasChains(),
    objectLiterals(),
    logicalChains(),
    recursiveHelpers(),
    minifiedBundle(),
  ];
}
