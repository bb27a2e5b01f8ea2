import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRequest, checkWebhookPayload } from './helpers/github-openapi.js';
import { REPO_ROOT } from './helpers/run-cli.js';

const none = new URLSearchParams();
const annotation = {
  path: 'src/a.js',
  start_line: 1,
  end_line: 1,
  annotation_level: 'failure',
  message: 'm',
};

/** The fake API's checker must have teeth, or the end-to-end tests prove nothing. */
describe("the fake GitHub API's OpenAPI check", () => {
  it('accepts requests that match GitHub’s description', () => {
    const comment = checkRequest('POST', '/repos/o/r/issues/1/comments', none, { body: 'x' });
    expect(comment).toMatchObject({ operationId: 'issues/create-comment', problems: [] });
    const list = checkRequest(
      'GET',
      '/repos/o/r/issues/1/comments',
      new URLSearchParams({ per_page: '100', page: '2' }),
      undefined,
    );
    expect(list.problems).toEqual([]);
    const check = checkRequest('POST', '/repos/o/r/check-runs', none, {
      name: 'tlsguard',
      head_sha: 'abc',
      output: { title: 't', summary: 's', annotations: [annotation] },
    });
    expect(check.problems).toEqual([]);
  });

  it('rejects unknown operations, undeclared parameters and bodies that break the schema', () => {
    expect(checkRequest('POST', '/repos/o/r/issues/1/notes', none, {}).problems).toHaveLength(1);
    expect(
      checkRequest('PUT', '/repos/o/r/issues/comments/5', none, { body: 'x' }).problems,
    ).toHaveLength(1);
    const query = new URLSearchParams({ perpage: '100' });
    expect(
      checkRequest('GET', '/repos/o/r/issues/1/comments', query, undefined).problems[0],
    ).toContain("'perpage' is not declared");
    expect(checkRequest('POST', '/repos/o/r/issues/1/comments', none, {}).problems[0]).toContain(
      "must have required property 'body'",
    );
    const tooMany = checkRequest('POST', '/repos/o/r/check-runs', none, {
      name: 'tlsguard',
      head_sha: 'abc',
      output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) },
    });
    expect(tooMany.problems[0]).toContain('must NOT have more than 50 items');
    const level = checkRequest('POST', '/repos/o/r/check-runs', none, {
      name: 'tlsguard',
      head_sha: 'abc',
      output: {
        title: 't',
        summary: 's',
        annotations: [{ ...annotation, annotation_level: 'error' }],
      },
    });
    expect(level.problems[0]).toContain('must be equal to one of the allowed values');
  });

  it('finds the pull_request fixture a valid `synchronize` webhook payload', () => {
    const file = join(REPO_ROOT, 'test', 'fixtures', 'action', 'pull_request.synchronize.json');
    const payload: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(checkWebhookPayload('pull-request-synchronize', payload)).toEqual([]);
    expect(checkWebhookPayload('pull-request-synchronize', { action: 'synchronize' })).not.toEqual(
      [],
    );
  });
});
