import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../test/helpers/analyze.js';

async function refOf(code: string, expression: string): Promise<string | undefined> {
  const { analysis, node } = await analyze(code);
  const ref = analysis.moduleRef(node(expression, 'last'));
  return ref && [ref.module, ...ref.path].join('.');
}

describe('moduleRef', () => {
  it.each([
    ["const https = require('https');\nhttps.request", 'https.request', 'https.request'],
    ["const https = require('node:https');\nhttps.request", 'https.request', 'https.request'],
    ["import * as tls from 'tls';\ntls.connect", 'tls.connect', 'tls.connect'],
    ["import tls from 'node:tls';\ntls.connect", 'tls.connect', 'tls.connect'],
    ["import { connect as open } from 'tls';\nopen", 'open', 'tls.connect'],
    ["const { request: r } = require('https');\nr", 'r', 'https.request'],
    [
      "const { globalAgent: { options } } = require('https');\noptions",
      'options',
      'https.globalAgent.options',
    ],
    ["const h = require('https');\nconst alias = h;\nalias.get", 'alias.get', 'https.get'],
    ["require('tls').connect", "require('tls').connect", 'tls.connect'],
    ["import https = require('https');\nhttps.Agent", 'https.Agent', 'https.Agent'],
    ["const mod = await import('node:https');\nmod.default.get", 'mod.default.get', 'https.get'],
    [
      "import { createRequire } from 'node:module';\nconst req = createRequire(import.meta.url);\nreq('tls').connect",
      "req('tls').connect",
      'tls.connect',
    ],
    ['globalThis.process.env', 'globalThis.process.env', 'process.env'],
    ["import { env } from 'node:process';\nenv", 'env', 'process.env'],
    ['const { env } = process;\nenv', 'env', 'process.env'],
    ["import proc from 'process';\nproc.env", 'proc.env', 'process.env'],
    ['Object.assign', 'Object.assign', '<global>.Object.assign'],
  ])('%s', async (code, expression, expected) => {
    expect(await refOf(code, expression)).toBe(expected);
  });

  it('does not confuse a local variable with a module', async () => {
    expect(
      await refOf('const https = makeClient();\nhttps.request', 'https.request'),
    ).toBeUndefined();
    expect(await refOf('function f(tls) { tls.connect }', 'tls.connect')).toBeUndefined();
    expect(
      await refOf("let https = require('https');\nhttps = other;\nhttps.get", 'https.get'),
    ).toBeUndefined();
  });

  it('does not take a local function called require for the real one', async () => {
    expect(
      await refOf("function require(x) { return x }\nrequire('https').get", "require('https').get"),
    ).toBeUndefined();
  });
});
