import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../analysis/ast.js';
import type { FileAnalysis } from '../analysis/file-analysis.js';
import { refIs } from '../analysis/modules.js';
import { describeCondition } from '../analysis/conditions.js';
import { guardedForProduction, guardOf } from '../analysis/guards.js';
import { propertyName } from '../analysis/object-shapes.js';
import { defineRule, type RuleContext } from '../core/rule.js';
import { isBareClientSocket } from './utils/bare-tls-socket.js';
import { certSwitch, type CertSwitch } from './utils/cert-switches.js';
import { insecureConnectionString } from './utils/connection-strings.js';
import {
  certificateErrorTrustAll,
  insecureChromiumSwitch,
  verifyProcAcceptsAll,
} from './utils/electron.js';
import { judgeFalseDisables, type FalseVerdict } from './utils/false-disables.js';
import { proxyOptions } from './utils/proxy-options.js';
import { sourceExcerpt } from './utils/source-excerpt.js';
import { conditionPhrase, grade, switchAdvice, type Grade } from './utils/graded-value.js';
import {
  CURL_TRIGGERS,
  curlCheckOff,
  curlSetOpt,
  curlyOption,
  type CurlOption,
} from './utils/libcurl-options.js';
import { judgeSwitchOn } from './utils/switch-on.js';
import {
  bagDestinations,
  hasNoEffect,
  holderDestinations,
  type BagDestination,
} from './utils/tls-bag-destinations.js';
import { optionTarget } from './utils/tls-option-target.js';

export type MessageId =
  | 'disabled'
  | 'globalAgent'
  | 'legacyFalsy'
  | 'conditional'
  | 'userSwitch'
  | 'ineffective'
  | 'gotTopLevel'
  | 'libraryOption'
  | 'connectionString'
  | 'postgresJsSsl'
  | 'proxySecure'
  | 'devProxySecure'
  | 'superagentDisable'
  | 'superagentLocalhost'
  | 'bareSocket'
  | 'tlsSocketDisabled'
  | 'electronTrustAll'
  | 'electronTrustAllConditional'
  | 'electronVerifyProc'
  | 'electronSwitch'
  | 'electronSpkiSwitch'
  | 'electronLocalhostSwitch'
  | 'curlVerifyPeer';

const WHY =
  'any certificate is accepted, so anyone on the network path can impersonate the server and read or change the traffic';
const FIX =
  "Trust the server's CA instead: pass it with the `ca` option (or start Node with `NODE_EXTRA_CA_CERTS`) and leave `rejectUnauthorized` at its default.";
const ELECTRON_FIX =
  'Fix the certificate, or trust only the one certificate you expect: compare `certificate.fingerprint` with a pinned value for that host before calling back `true`.';
const POSTGRES_JS_SSL = new Set(['require', 'prefer', 'allow']);

export default defineRule<MessageId>({
  id: 'no-disabled-cert-verification',
  meta: {
    description:
      'Disallow turning off TLS certificate verification for a connection, agent, client or the whole process.',
    category: 'certificate-verification',
    cwe: ['CWE-295'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      disabled: {
        risk: 'high',
        text: `\`rejectUnauthorized\` is \`false\` here, which turns off certificate verification for {{target}}: ${WHY}. ${FIX}`,
      },
      globalAgent: {
        risk: 'critical',
        text: `\`rejectUnauthorized\` is \`false\` in a process-wide default, which turns off certificate verification for {{target}} — and a per-request \`rejectUnauthorized: true\` cannot undo it: ${WHY}. Never weaken a global default: scope a \`ca\` option to the one client that needs it, or start Node with \`NODE_EXTRA_CA_CERTS\`.`,
      },
      legacyFalsy: {
        risk: 'low',
        text: '`rejectUnauthorized: {{value}}` does not turn verification off on current Node (only `false` does), but it did before Node 12.22.5, 14.17.5 and 16.6.2 (CVE-2021-22939), and it reads as if it meant to. Remove the option — verification is on by default — or set it to `true`.',
      },
      conditional: {
        risk: 'medium',
        text: `\`{{option}}: {{expression}}\` turns certificate verification off for {{target}} {{condition}}, and conditions like this end up true in production: ${WHY}. Verify everywhere: give development and test servers certificates from a CA you trust and pass it with \`ca\` or \`NODE_EXTRA_CA_CERTS\`.`,
      },
      userSwitch: {
        risk: 'medium',
        text: `\`{{option}}: {{expression}}\` turns certificate verification off for {{target}} {{condition}}: ${WHY}. {{advice}}`,
      },
      ineffective: {
        risk: 'info',
        text: '{{library}} has no `rejectUnauthorized` option, so this line does nothing: the connection still verifies certificates. Remove it; if it was meant to get past a certificate error, trust the CA instead (axios: `httpsAgent: new https.Agent({ ca })`).',
      },
      gotTopLevel: {
        risk: 'high',
        text: `A top-level \`rejectUnauthorized: false\` turns off certificate verification in got 11 and older (${WHY}), and got 12 and later throw "Unexpected option" on it. Remove it and trust the CA with \`https: { certificateAuthority: ca }\`.`,
      },
      libraryOption: {
        risk: 'high',
        text: `\`{{option}}\` turns off certificate verification in {{library}}: ${WHY}. {{fix}}`,
      },
      connectionString: {
        risk: 'high',
        text: `This connection string sets \`{{parameter}}\`, which makes {{library}} skip certificate verification: ${WHY}, credentials included. {{fix}}`,
      },
      postgresJsSsl: {
        risk: 'high',
        text: `\`ssl: '{{mode}}'\` makes postgres.js encrypt without verifying the server's certificate: ${WHY}, including credentials and query results. Use \`ssl: 'verify-full'\`, or an \`ssl\` object with the provider's \`ca\`.`,
      },
      proxySecure: {
        risk: 'high',
        text: `\`secure: false\` makes this proxy accept any certificate from its HTTPS target (http-proxy copies it into \`rejectUnauthorized\`): ${WHY}. Remove it and trust the target's CA (\`ca\` in the proxy's \`agent\`, or \`NODE_EXTRA_CA_CERTS\`).`,
      },
      devProxySecure: {
        risk: 'low',
        text: `\`secure: false\` makes this development server's proxy accept any certificate from its HTTPS target: ${WHY}. It runs on developers' machines rather than in production, so it is a note; still, remove it and let the dev server trust the target's CA (\`NODE_EXTRA_CA_CERTS\`), or point it at a local certificate issued by a CA you trust.`,
      },
      superagentDisable: {
        risk: 'high',
        text: `\`.disableTLSCerts()\` turns off certificate verification for this superagent request: ${WHY}. Remove it and trust the server's CA with \`.ca(caCertificate)\`.`,
      },
      superagentLocalhost: {
        risk: 'low',
        text: '`.trustLocalhost()` makes superagent accept any certificate from localhost, 127.0.0.1 and ::1; traffic to those addresses rarely crosses a network, but a local proxy or another user on the host can impersonate the server. Prefer a local CA trusted with `.ca()`.',
      },
      bareSocket: {
        risk: 'medium',
        text: 'A client-side `new tls.TLSSocket(...)` verifies neither the certificate chain nor the host name, whatever `rejectUnauthorized` says, and nothing in this file checks `socket.authorized`: any certificate is accepted. Upgrade existing sockets with `tls.connect({ socket, servername, ca })`, which verifies both (`ca` for a private CA).',
      },
      tlsSocketDisabled: {
        risk: 'high',
        text: `\`rejectUnauthorized: false\` on a client-side \`new tls.TLSSocket(...)\` turns verification off explicitly — and a bare \`TLSSocket\` checks neither the chain nor the host name anyway: ${WHY}. Setting the option to \`true\` is not enough; upgrade the socket with \`tls.connect({ socket, servername, ca })\`, which verifies both (\`ca\` for a private CA).`,
      },
      electronTrustAll: {
        risk: 'high',
        text: `This \`certificate-error\` handler prevents the default and calls back \`true\` without looking at the URL, the error or the certificate, so the browser window trusts every invalid certificate: ${WHY}. ${ELECTRON_FIX}`,
      },
      electronTrustAllConditional: {
        risk: 'medium',
        text: `This \`certificate-error\` handler trusts every invalid certificate {{condition}}, without looking at the URL, the error or the certificate: ${WHY}. ${ELECTRON_FIX}`,
      },
      electronVerifyProc: {
        risk: 'critical',
        text: `This certificate verify procedure only ever calls back \`0\` (accept), so the whole session trusts every certificate and Chromium caches the verdict: ${WHY}. Call back \`-3\` to use Chromium's own verification, and \`0\` only for a certificate you pinned.`,
      },
      electronSwitch: {
        risk: 'high',
        text: `The \`ignore-certificate-errors\` switch makes Chromium accept every invalid certificate in this app: ${WHY}. Remove the switch; trust a private CA through the operating system's store, or pin the one certificate in a \`certificate-error\` handler.`,
      },
      electronSpkiSwitch: {
        risk: 'medium',
        text: '`ignore-certificate-errors-spki-list` makes Chromium accept the listed public keys whatever their certificates say (expired, wrong host, untrusted CA). Review that every key is one you control, and prefer trusting a private CA through the operating system.',
      },
      curlVerifyPeer: {
        risk: 'high',
        text: `\`{{option}}\` makes libcurl (node-libcurl) skip verifying the server's certificate (CURLOPT_SSL_VERIFYPEER 0): ${WHY}. Remove it — libcurl verifies by default — and give a private CA with \`CAINFO\` (curly: \`caInfo\`).`,
      },
      electronLocalhostSwitch: {
        risk: 'low',
        text: "`allow-insecure-localhost` makes Chromium accept invalid certificates from localhost; another process on the machine can then impersonate a local service. Use a local CA (for example mkcert's) instead.",
      },
    },
  },
  triggers: [
    'rejectUnauthorized',
    'strictSSL',
    'AllowInvalidCertificates',
    'allowinvalidcertificates',
    'tlsInsecure',
    'tlsinsecure',
    'sslValidate',
    'sslvalidate',
    'rustServerCertificate',
    'rustservercertificate',
    'ignoreSslError',
    'sslmode',
    // postgres.js `ssl: 'require'`; http-proxy and dev-server proxies `secure: false`.
    ['postgres', 'ssl'],
    ['secure:', 'proxy'],
    ["secure':", 'proxy'],
    ['secure":', 'proxy'],
    ['secure =', 'proxy'],
    ['secure=', 'proxy'],
    'disableTLSCerts',
    'trustLocalhost',
    'TLSSocket',
    'certificate-error',
    'setCertificateVerifyProc',
    'allow-insecure-localhost',
    'ignore-certificate-errors',
    ...CURL_TRIGGERS,
  ],
  create(context) {
    const { analysis } = context;
    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
        const key = propertyName(analysis, node);
        if (key === 'rejectUnauthorized') {
          rejectUnauthorized(context, node, node.value, () =>
            bagDestinations(analysis, node.parent),
          );
        } else if (key === 'secure') {
          proxySecure(context, node, node.parent);
        } else if (key === 'ssl') {
          postgresJsMode(context, node, node.parent);
        } else if (key !== undefined) {
          librarySwitch(context, node, key, node.value);
          const curly = curlyOption(key, node.value);
          if (curly?.check === 'peer')
            curlPeerCheck(context, node, curly, `${key}: ${sourceExcerpt(context, node.value)}`);
        }
      },
      AssignmentExpression(node) {
        const left = node.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression || node.operator === '&&=') return;
        const key = propertyName(analysis, left);
        if (key === 'rejectUnauthorized') {
          rejectUnauthorized(context, node, node.right, () =>
            holderDestinations(analysis, left.object),
          );
        } else if (key !== undefined) {
          librarySwitch(context, node, key, node.right);
        }
      },
      CallExpression(node) {
        methodCalls(context, node);
        const option = curlSetOpt(analysis, node);
        if (option?.check === 'peer')
          curlPeerCheck(context, node, option, sourceExcerpt(context, node));
      },
      NewExpression(node) {
        if (isBareClientSocket(analysis, node)) context.report({ node, messageId: 'bareSocket' });
      },
      Literal(node) {
        if (typeof node.value === 'string') connectionString(context, node, node.value);
      },
      TemplateLiteral(node) {
        connectionString(
          context,
          node,
          node.quasis.map((quasi) => quasi.value.cooked).join('\u0000'),
        );
      },
    };
  },
});

function rejectUnauthorized(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  valueNode: TSESTree.Node,
  destinationsOf: () => BagDestination[],
): void {
  const verdict = falseVerdict(context.analysis, node, valueNode);
  if (!verdict) return;
  // A server reads rejectUnauthorized only together with requestCert (no-unenforced-client-certs);
  // tls.createSecureContext ignores it. Options that reach nothing else are not a client bypass.
  const destinations = destinationsOf();
  const relevant = destinations.filter((d) => d.kind !== 'server' && !hasNoEffect(d));
  if (relevant.length === 0) return;
  // Libraries without the option (axios) or that removed it (got ≥ 12) get their own, truer message.
  const libraries = relevant.flatMap((d) => (d.kind === 'library' ? [d] : []));
  if (libraries.length === relevant.length && libraries.every((d) => d.effect !== 'client')) {
    if (verdict.kind !== 'disabled') return;
    const ignored = libraries.find((d) => d.effect === 'ignored');
    if (ignored && libraries.every((d) => d.effect === 'ignored')) {
      context.report({ node, messageId: 'ineffective', data: { library: ignored.library } });
    } else {
      context.report({ node, messageId: 'gotTopLevel' });
    }
    return;
  }
  reportFalse(context, node, valueNode, verdict, relevant);
}

type Verdict = Exclude<FalseVerdict, { kind: 'conditional' }> | Grade;

/** `false`, a legacy falsy value, or a value a switch or the environment decides (graded-value.ts). */
function falseVerdict(
  analysis: FileAnalysis,
  site: TSESTree.Node,
  valueNode: TSESTree.Node,
): Verdict | undefined {
  const judged = judgeFalseDisables(analysis.value(valueNode));
  if (judged?.kind === 'legacy') return judged;
  const base =
    judged?.kind === 'disabled'
      ? 'always'
      : judged?.kind === 'conditional'
        ? 'conditional'
        : undefined;
  const graded = grade(analysis, site, valueNode, base, (value) => value === false);
  return graded?.kind === 'always' ? { kind: 'disabled' } : graded;
}

function reportFalse(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  valueNode: TSESTree.Node,
  verdict: Verdict,
  destinations: readonly BagDestination[],
): void {
  const target = optionTarget(context.analysis, destinations, undefined);
  const text =
    target.kind === 'connections' ? target.text : target.kind === 'global' ? target.what : '';
  if (verdict.kind === 'legacy') {
    context.report({ node, messageId: 'legacyFalsy', data: { value: verdict.value } });
  } else if (verdict.kind === 'conditional') {
    reportConditional(context, node, verdict, {
      option: 'rejectUnauthorized',
      expression: sourceExcerpt(context, valueNode),
      target: text,
    });
  } else if (target.kind === 'global') {
    context.report({ node, messageId: 'globalAgent', data: { target: target.what } });
  } else if (destinations.some((d) => d.kind === 'client' && d.api === 'tls.TLSSocket')) {
    context.report({ node, messageId: 'tlsSocketDisabled' });
  } else {
    context.report({ node, messageId: 'disabled', data: { target: text } });
  }
}

/** A user's switch (`userSwitch`, naming it) or an environment condition (`conditional`). */
function reportConditional(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  graded: Grade & { kind: 'conditional' },
  data: { option: string; expression: string; target: string },
): void {
  const condition = conditionPhrase(graded);
  if (graded.environment) {
    context.report({ node, messageId: 'conditional', data: { ...data, condition } });
  } else {
    const advice = switchAdvice(graded);
    context.report({ node, messageId: 'userSwitch', data: { ...data, condition, advice } });
  }
}

/** `strictSSL: false`, `tlsAllowInvalidCertificates: true`, `trustServerCertificate: true`, … */
function librarySwitch(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  key: string,
  valueNode: TSESTree.Node,
): void {
  const entry: CertSwitch | undefined = certSwitch(key);
  if (!entry) return;
  const { analysis } = context;
  const verdict = judgeSwitchOn(analysis.value(valueNode), entry.semantics);
  const base = verdict === 'on' ? 'always' : verdict;
  const graded = grade(analysis, node, valueNode, base, entry.semantics.isOn);
  if (graded?.kind === 'always') {
    context.report({
      node,
      messageId: 'libraryOption',
      data: { option: key, library: entry.library, fix: entry.fix },
    });
  } else if (graded) {
    reportConditional(context, node, graded, {
      option: key,
      expression: sourceExcerpt(context, valueNode),
      target: `the connections made by ${entry.library}`,
    });
  }
}

/** `curl.setOpt('SSL_VERIFYPEER', 0)` and curly's `sslVerifyPeer: false` (node-libcurl). */
function curlPeerCheck(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  option: CurlOption,
  written: string,
): void {
  const { analysis } = context;
  const verdict = judgeSwitchOn(analysis.value(option.valueNode), {
    isOn: curlCheckOff,
    envTypes: [],
  });
  const base = verdict === 'on' ? 'always' : verdict;
  const graded = grade(analysis, node, option.valueNode, base, curlCheckOff);
  if (graded?.kind === 'always') {
    context.report({ node, messageId: 'curlVerifyPeer', data: { option: written } });
  } else if (graded) {
    reportConditional(context, node, graded, {
      option: option.name,
      expression: sourceExcerpt(context, option.valueNode),
      target: 'the requests of this libcurl handle',
    });
  }
}

/** http-proxy family `secure: false` (rules.md L20): only in proxy options, never the generic word. */
function proxySecure(
  context: RuleContext<MessageId>,
  node: TSESTree.Property,
  object: TSESTree.ObjectExpression,
): void {
  const { analysis } = context;
  const judged = judgeFalseDisables(analysis.value(node.value));
  const base =
    judged?.kind === 'disabled'
      ? 'always'
      : judged?.kind === 'conditional'
        ? 'conditional'
        : undefined;
  if (base === undefined && analysis.value(node.value).kind === 'known') return;
  const kind = proxyOptions(analysis, object);
  const graded = kind && grade(analysis, node, node.value, base, (value) => value === false);
  if (!graded) return;
  if (graded.kind === 'always') {
    context.report({ node, messageId: kind === 'runtime' ? 'proxySecure' : 'devProxySecure' });
  } else {
    reportConditional(context, node, graded, {
      option: 'secure',
      expression: sourceExcerpt(context, node.value),
      target: "this proxy's HTTPS target",
    });
  }
}

/** postgres.js `ssl: 'require' | 'prefer' | 'allow'` encrypts without verifying (rules.md L10). */
function postgresJsMode(
  context: RuleContext<MessageId>,
  node: TSESTree.Property,
  object: TSESTree.ObjectExpression,
): void {
  const value = context.analysis.value(node.value);
  if (
    value.kind !== 'known' ||
    typeof value.value !== 'string' ||
    !POSTGRES_JS_SSL.has(value.value)
  )
    return;
  if (reachesPostgresJs(context.analysis, object)) {
    context.report({ node, messageId: 'postgresJsSsl', data: { mode: value.value } });
  }
}

function reachesPostgresJs(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  return analysis
    .uses(node)
    .some(
      (use) =>
        use.kind === 'argument' &&
        use.path.length === 0 &&
        refIs(analysis.moduleRef(use.call.callee), 'postgres'),
    );
}

function connectionString(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  text: string,
): void {
  if (!text.includes('=')) return;
  const problem = insecureConnectionString(text, reachesPostgresJs(context.analysis, node));
  if (problem) context.report({ node, messageId: 'connectionString', data: { ...problem } });
}

/** superagent's `.disableTLSCerts()` / `.trustLocalhost()` and Electron's certificate hooks. */
function methodCalls(context: RuleContext<MessageId>, node: TSESTree.CallExpression): void {
  const { analysis } = context;
  const callee = unwrap(node.callee);
  const method =
    callee.type === AST_NODE_TYPES.MemberExpression ? literalName(callee.property) : undefined;
  if (method === 'disableTLSCerts' && node.arguments.length === 0) {
    context.report({
      node: callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : node,
      messageId: 'superagentDisable',
    });
  } else if (method === 'trustLocalhost' && trustsLocalhost(analysis, node)) {
    context.report({ node, messageId: 'superagentLocalhost' });
  }
  const trustAll = certificateErrorTrustAll(analysis, node);
  const guard = trustAll?.kind === 'conditional' ? guardOf(analysis, trustAll.call) : undefined;
  if (trustAll?.kind === 'always' || (trustAll && guardedForProduction(analysis, trustAll.call))) {
    context.report({ node: trustAll.call, messageId: 'electronTrustAll' });
  } else if (trustAll) {
    const condition = guard ? describeCondition(guard) : 'whenever its condition holds';
    context.report({
      node: trustAll.call,
      messageId: 'electronTrustAllConditional',
      data: { condition },
    });
  }
  if (verifyProcAcceptsAll(analysis, node))
    context.report({ node, messageId: 'electronVerifyProc' });
  const chromiumSwitch = insecureChromiumSwitch(analysis, node);
  if (chromiumSwitch === 'all') context.report({ node, messageId: 'electronSwitch' });
  if (chromiumSwitch === 'spki') context.report({ node, messageId: 'electronSpkiSwitch' });
  if (chromiumSwitch === 'localhost')
    context.report({ node, messageId: 'electronLocalhostSwitch' });
}

function trustsLocalhost(analysis: FileAnalysis, call: TSESTree.CallExpression): boolean {
  const [toggle] = call.arguments;
  if (!toggle) return true;
  const value = analysis.value(toggle);
  return value.kind === 'known' && value.value === true;
}
