import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedLanguage } from '../../core/language.js';
import { analyzeFile, type FileOutput } from '../../engine/analyze-file.js';
import { RULES } from '../../rules/index.js';
import { languageOf, loadLanguage, isCandidate } from '../index.js';
import { nonProductionFile, surfaceOf } from './files.js';

let config: LoadedLanguage;
beforeAll(async () => {
  config = await loadLanguage('config');
});

const CONFIG_RULES = RULES.filter((rule) => rule.triggers.config !== undefined);

function analyze(path: string, text: string, maxAstNodes?: number): FileOutput {
  return analyzeFile(config, {
    path,
    text,
    rules: CONFIG_RULES,
    severityCap: undefined,
    ...(maxAstNodes === undefined ? {} : { maxAstNodes }),
  });
}

function located(output: FileOutput): string[] {
  return output.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
}

describe('which files are config files', () => {
  it.each([
    ['Dockerfile', 'dockerfile'],
    ['services/api/Dockerfile.prod', 'dockerfile'],
    ['docker/api.dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['.github/workflows/ci.yml', 'workflow'],
    ['packages/web/.github/workflows/release.yaml', 'workflow'],
    ['.github/actions/setup/action.yml', 'action'],
    ['action.yaml', 'action'],
    ['docker-compose.yml', 'compose'],
    ['deploy/compose.prod.yaml', 'compose'],
    ['.env', 'dotenv'],
    ['.env.production', 'dotenv'],
    ['config/runner.env', 'dotenv'],
    ['.npmrc', 'npmrc'],
    ['.yarnrc', 'yarnrc'],
    ['.yarnrc.yml', 'yarnrc-yml'],
    ['packages/api/package.json', 'package-json'],
    ['.gitconfig', 'gitconfig'],
    ['.curlrc', 'curlrc'],
    ['.wgetrc', 'wgetrc'],
    ['pip.conf', 'pip-conf'],
    ['pip.ini', 'pip-conf'],
    ['requirements.txt', 'requirements'],
    ['requirements-dev.txt', 'requirements'],
    ['dev-requirements.in', 'requirements'],
    ['requirements/base.txt', 'requirements'],
    ['scripts/deploy.sh', 'shell'],
    ['ci/build.bash', 'shell'],
  ])('%s is %s', (path, surface) => {
    expect(surfaceOf(path)).toBe(surface);
    expect(languageOf(path)?.id).toBe('config');
  });

  it.each([
    'src/app.js',
    '.github/workflows/scripts/helper.yml',
    'config/settings.yml',
    'package-lock.json',
    'tsconfig.json',
    'README.md',
    'requirements.md',
  ])('%s is not', (path) => {
    expect(surfaceOf(path)).toBeUndefined();
  });

  it('reads extension-less files by their shebang, and never LICENSE-like names or .git', () => {
    expect(isCandidate('bin/deploy')).toBe(true);
    expect(surfaceOf('bin/deploy')).toBeUndefined();
    expect(surfaceOf('bin/deploy', '#!/usr/bin/env bash')).toBe('shell');
    expect(surfaceOf('bin/deploy', '#!/bin/sh -e')).toBe('shell');
    expect(surfaceOf('bin/deploy', '#!/usr/bin/env -S bash -eu')).toBe('shell');
    expect(surfaceOf('bin/cli', '#!/usr/bin/env node')).toBeUndefined();
    expect(surfaceOf('bin/tool', '#!/usr/bin/env python3')).toBeUndefined();
    for (const path of ['LICENSE', 'pkg/Makefile', 'CODEOWNERS', '.git/hooks/pre-commit'])
      expect(isCandidate(path)).toBe(false);
  });

  it('knows the development-only files', () => {
    expect(nonProductionFile('docker-compose.override.yml')).toBe('tooling');
    expect(nonProductionFile('compose.dev.yaml')).toBe('tooling');
    expect(nonProductionFile('docker-compose.test.yml')).toBe('test');
    expect(nonProductionFile('.env.development')).toBe('tooling');
    expect(nonProductionFile('.env.local')).toBe('tooling');
    expect(nonProductionFile('.env.test')).toBe('test');
    expect(nonProductionFile('.env.example')).toBe('example');
    expect(nonProductionFile('.env.production')).toBeUndefined();
    expect(nonProductionFile('docker-compose.prod.yml')).toBeUndefined();
    expect(nonProductionFile('Dockerfile.dev')).toBeUndefined();
  });
});

describe('the config language', () => {
  it('reports a YAML syntax error as a diagnostic with its line', () => {
    const output = analyze('.github/workflows/ci.yml', 'jobs:\n  a:\n    steps: [\n');
    expect(output.findings).toEqual([]);
    expect(output.diagnostics).toMatchObject([{ kind: 'parse-error' }]);
    expect(output.diagnostics[0]?.line).toBeGreaterThan(0);
    expect(output.diagnostics[0]?.message).toMatch(/^could not parse: YAML: /);
  });

  it('stops at the work limit with a diagnostic', () => {
    const script = `${'echo x && '.repeat(2000)}curl -k https://example.com\n`;
    expect(located(analyze('run.sh', script))).toEqual(['1:20006 no-disabled-cert-verification']);
    expect(analyze('run.sh', script, 1000).diagnostics).toMatchObject([{ kind: 'too-complex' }]);
  });

  it('survives deeply nested shell and nested sh -c without recursing into the stack', () => {
    const nested = `${'echo $('.repeat(3000)}curl -k https://x${')'.repeat(3000)}\n`;
    expect(analyze('nested.sh', nested).diagnostics).toEqual([]);
    const shells = `sh -c "sh -c 'curl -k https://x'"\n`;
    expect(located(analyze('nested.sh', shells))).toEqual(['1:20 no-disabled-cert-verification']);
  });

  it('reads a dotenv file full of unclosed quotes in linear time', () => {
    const text = 'A="\n'.repeat(200_000);
    const started = performance.now();
    expect(analyze('.env', `${text}NODE_TLS_REJECT_UNAUTHORIZED=0\n`).diagnostics).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('puts findings of CRLF files and escaped JSON strings on their exact column', () => {
    expect(
      located(analyze('Dockerfile', 'FROM node\r\nRUN true && \\\r\n    curl -k https://x\r\n')),
    ).toEqual(['3:10 no-disabled-cert-verification']);
    expect(
      located(analyze('package.json', '{"scripts": {"a": "echo \\"hi\\" && curl -k https://x"}}')),
    ).toEqual(['1:40 no-disabled-cert-verification']);
  });

  it('identifies a finding by the setting, not by its position or layout', () => {
    const fingerprints = (path: string, text: string) =>
      analyze(path, text).findings.map((f) => f.fingerprint);
    const first = fingerprints('Dockerfile', 'FROM node\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n');
    expect(
      fingerprints('Dockerfile', 'FROM node\n\nLABEL a=b\nENV   NODE_TLS_REJECT_UNAUTHORIZED=0\n'),
    ).toEqual(first);
    expect(
      fingerprints('Dockerfile', 'FROM node\nENV NODE_TLS_REJECT_UNAUTHORIZED=0 OTHER=1\n'),
    ).toEqual(first);
    expect(fingerprints('.env', 'NODE_TLS_REJECT_UNAUTHORIZED=0\n')).not.toEqual(first);
    const run = fingerprints('a.sh', 'curl -k  https://x\n');
    expect(fingerprints('a.sh', '\n\ncurl -k https://x\n')).toEqual(run);
    expect(fingerprints('a.sh', 'curl -k https://y\n')).not.toEqual(run);
  });

  it('offers comments of every format to suppression directives', () => {
    const cases: [string, string][] = [
      [
        'Dockerfile',
        'FROM node\n# tlsguard-ignore-next-line no-disabled-cert-verification -- ok\nRUN curl -k https://x\n',
      ],
      [
        '.github/workflows/a.yml',
        'jobs:\n  a:\n    steps:\n      # tlsguard-ignore-next-line no-disabled-cert-verification -- ok\n      - run: curl -k https://x\n',
      ],
      [
        '.npmrc',
        '; tlsguard-ignore-next-line no-disabled-cert-verification -- ok\nstrict-ssl=false\n',
      ],
      ['.env', 'GIT_SSL_NO_VERIFY=1 # tlsguard-ignore no-tls-verification-env-override -- ok\n'],
      ['deploy.sh', 'curl -k https://x # tlsguard-ignore no-disabled-cert-verification -- ok\n'],
    ];
    for (const [path, text] of cases) {
      const output = analyzeFile(config, {
        path,
        text,
        rules: CONFIG_RULES,
        severityCap: undefined,
        ruleIds: {
          known: RULES.map((rule) => rule.id),
          active: new Set(RULES.map((rule) => rule.id)),
          suggest: () => '',
        },
      });
      expect({ path, findings: located(output), suppressed: output.suppressed.length }).toEqual({
        path,
        findings: [],
        suppressed: 1,
      });
    }
  });
});
