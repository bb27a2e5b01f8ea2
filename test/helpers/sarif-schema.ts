import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from './run-cli.js';

const SCHEMA_FILE = join(REPO_ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0.json');

let validate: ValidateFunction | undefined;

/** Problems of `log` against the SARIF 2.1.0 schema (see test/fixtures/sarif/README.md); empty when valid. */
export function sarifProblems(log: unknown): string[] {
  if (validate === undefined) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv); // a CommonJS module: its `default` export is the plugin
    validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  }
  if (validate(log)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`,
  );
}
