import type { NonProductionKind } from '../../core/non-production.js';

/** The configuration and infrastructure formats tlsguard reads, each with its own reader. */
export type Surface =
  | 'dockerfile'
  | 'workflow'
  | 'action'
  | 'compose'
  | 'dotenv'
  | 'npmrc'
  | 'yarnrc'
  | 'yarnrc-yml'
  | 'shell'
  | 'package-json'
  | 'gitconfig'
  | 'curlrc'
  | 'wgetrc'
  | 'pip-conf'
  | 'requirements';

/** Files known by their exact name, wherever they are. */
const BY_NAME: ReadonlyMap<string, Surface> = new Map<string, Surface>([
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
export function surfaceOf(path: string, firstLine?: string): Surface | undefined {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const lower = name.toLowerCase();
  const known = BY_NAME.get(lower) ?? BY_NAME.get(name);
  if (known) return known;
  if (DOCKERFILE.test(name)) return 'dockerfile';
  if (YAML.test(name)) return yamlSurface(path, name);
  if (DOTENV.test(name)) return 'dotenv';
  if (isRequirementsName(name) || isInRequirementsFolder(path, name)) return 'requirements';
  if (SHELL_EXTENSION.test(name)) return 'shell';
  if (firstLine !== undefined && mayBeScript(path) && SHELL_SHEBANG.test(firstLine)) return 'shell';
  return undefined;
}

/**
 * `requirements.txt`, `dev-requirements.in`, `requirements_test.txt`, `requirements.dev.txt`: the word
 * `requirements` between separators (`-`, `_`, `.`) or the ends, before `.txt` or `.in`.
 */
function isRequirementsName(name: string): boolean {
  const lower = name.toLowerCase();
  if (!/^[\w.-]+$/.test(lower)) return false;
  const extension = lower.endsWith('.txt') ? 4 : lower.endsWith('.in') ? 3 : 0;
  if (extension === 0) return false;
  const base = lower.slice(0, -extension);
  const word = 'requirements';
  const separator = (char: string | undefined) => char === undefined || '-_.'.includes(char);
  for (let at = base.indexOf(word); at >= 0; at = base.indexOf(word, at + 1)) {
    if (separator(base[at - 1]) && separator(base[at + word.length])) return true;
  }
  return false;
}

function yamlSurface(path: string, name: string): Surface | undefined {
  if (COMPOSE.test(name)) return 'compose';
  const folder = path.slice(0, path.length - name.length);
  return folder === '.github/workflows/' || folder.endsWith('/.github/workflows/')
    ? 'workflow'
    : undefined;
}

function isInRequirementsFolder(path: string, name: string): boolean {
  return /\.txt$/i.test(name) && /(?:^|\/)requirements\/[^/]+$/.test(path);
}

/** A file without extension that could be a script: read to see whether its shebang says so. */
export function mayBeScript(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    name !== '' && !name.includes('.') && !NOT_SCRIPTS.has(name.toLowerCase()) && !isGitPath(path)
  );
}

function isGitPath(path: string): boolean {
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
export function nonProductionFile(path: string): NonProductionKind | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const surface = surfaceOf(path);
  if (surface === 'compose') {
    if (TEST_COMPOSE.test(name)) return 'test';
    return DEV_COMPOSE.test(name) ? 'tooling' : undefined;
  }
  if (surface === 'dotenv') {
    if (TEST_DOTENV.test(name)) return 'test';
    if (EXAMPLE_DOTENV.test(name)) return 'example';
    return DEV_DOTENV.test(name) ? 'tooling' : undefined;
  }
  return undefined;
}
