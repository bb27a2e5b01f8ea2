import { RuleTester, type Linter } from 'eslint';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { createPlugin, type TlsguardPlugin } from '../../src/eslint/plugin.js';
import { languageOf } from '../../src/languages/index.js';
import { loadParser } from '../../src/languages/javascript/parser.js';

/** The plugin from the sources, with typescript-estree loaded (dist/eslint/index.js does the same). */
export async function sourcePlugin(): Promise<TlsguardPlugin> {
  return createPlugin(await loadParser());
}

/** typescript-eslint's parser: its tree is the one the plugin reuses. */
export const TS_PARSER = tseslint.parser as Linter.Parser;

/**
 * typescript-eslint's parser under another name: the plugin does not recognise it, so it parses the
 * file again itself, as it does behind espree (a second parser that parses TypeScript too).
 */
export const OTHER_PARSER = {
  meta: { name: 'tlsguard-test/other-parser', version: '1.0.0' },
  parseForESLint: (tseslint.parser as unknown as { parseForESLint: (...args: never[]) => unknown })
    .parseForESLint,
} as unknown as Linter.Parser;

/**
 * Which files ESLint lints is ESLint's business (its own ignores), not the plugin's: these make it lint
 * the files `tlsguard scan` reads in each fixture project (tlsguard skips beacon's tracked `vendor/`,
 * and beacon's .gitignore un-ignores its `packages/node_modules`). Tests check the file counts agree.
 */
export const DISCOVERY: Readonly<Record<string, readonly string[]>> = {
  beacon: ['vendor/', '!packages/node_modules/'],
};

/**
 * The fixture projects ESLint has something to lint in: those with JavaScript or TypeScript files. The
 * plugin offers the JavaScript rules only; a Python-only fixture (python-service) is `tlsguard scan`'s
 * alone, and ESLint would lint none of its files.
 */
export function javascriptFixtures(fixtures: string): string[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) =>
      readdirSync(join(fixtures, name), { recursive: true, encoding: 'utf8' }).some((file) =>
        /\.[cm]?[jt]sx?$/.test(file),
      ),
    );
}

// ESLint's RuleTester runs its cases as tests of the framework it is given.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export { RuleTester };

/**
 * The configuration files (the config language's: a project's `package.json`) tlsguard scans in a
 * fixture: ESLint lints none of them, so they are left out when the two file counts are compared.
 * Every one in the fixture counts — beacon's own packages under `packages/node_modules` are scanned.
 */
export function configFilesIn(root: string): number {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => languageOf(file)?.id === 'config').length;
}
