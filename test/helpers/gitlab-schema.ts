import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { REPO_ROOT } from './run-cli.js';

const SCHEMA_FILE = join(REPO_ROOT, 'test', 'fixtures', 'gitlab', 'code-quality.schema.json');

let validate: ValidateFunction | undefined;

/** Problems of a report against GitLab's documented Code Quality format (test/fixtures/gitlab/README.md). */
export function gitLabProblems(report: unknown): string[] {
  if (validate === undefined) {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
    validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  }
  if (validate(report)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`,
  );
}
