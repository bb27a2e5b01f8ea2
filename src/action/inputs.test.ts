import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/errors.js';
import { readInputs } from './inputs.js';

const defaults: Record<string, string> = {
  path: '.',
  annotations: 'true',
  summary: 'true',
  comment: 'true',
  'check-run': 'false',
  token: 'ghs_x',
};
const read = (given: Record<string, string>) =>
  readInputs((name) => ({ ...defaults, ...given })[name] ?? '');

describe('Action inputs', () => {
  it('leaves empty config-backed inputs unset so .tlsguard.json decides', () => {
    expect(read({})).toEqual({
      path: '.',
      changedOnly: 'auto',
      annotations: true,
      summary: true,
      comment: true,
      checkRun: false,
      token: 'ghs_x',
      policy: 'head',
    });
  });

  it('reads none, values and booleans', () => {
    expect(
      read({
        baseline: 'none',
        'base-ref': 'NONE',
        'fail-on': 'any',
        'fail-severity': 'error',
        comment: 'False',
        'changed-only': 'true',
        policy: 'Base',
      }),
    ).toMatchObject({
      policy: 'base',
      baseline: false,
      baseRef: false,
      failOn: 'any',
      failSeverity: 'error',
      comment: false,
      changedOnly: true,
    });
    expect(read({ 'changed-only': 'Auto' })).toMatchObject({ changedOnly: 'auto' });
    expect(read({ 'changed-only': 'false' })).toMatchObject({ changedOnly: false });
    expect(read({ baseline: 'b.json', 'sarif-file': 'out.sarif' })).toMatchObject({
      baseline: 'b.json',
      sarifFile: 'out.sarif',
    });
  });

  it('reads glob lists one per line or comma-separated', () => {
    expect(
      read({ 'non-production': 'tools/**\n  scripts/dev-*.js , \n', production: 'src/docs/**' }),
    ).toMatchObject({
      nonProduction: ['tools/**', 'scripts/dev-*.js'],
      production: ['src/docs/**'],
    });
    expect(read({ 'non-production': ' \n ' })).not.toHaveProperty('nonProduction');
  });

  it('rejects values it does not know with a message naming the input', () => {
    expect(() => read({ 'fail-on': 'sometimes' })).toThrow(UsageError);
    expect(() => read({ 'fail-on': 'sometimes' })).toThrow(
      "input 'fail-on' must be one of new, any, none",
    );
    expect(() => read({ comment: 'yes' })).toThrow("input 'comment' must be true or false");
    expect(() => read({ policy: 'pr' })).toThrow("input 'policy' must be one of head, base");
    expect(() => read({ 'changed-only': 'diff' })).toThrow(
      "input 'changed-only' must be auto, true or false",
    );
  });
});
