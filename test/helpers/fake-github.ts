import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest } from './github-openapi.js';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
  readonly operationId: string | undefined;
  readonly authorization: string | undefined;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

/** A refusal the server answers with, e.g. a read-only token on a fork. */
export interface Refusal {
  readonly method: string;
  /** Matches the request path. */
  readonly path: RegExp;
  readonly status: number;
}

interface Reply {
  readonly status: number;
  readonly data: unknown;
  readonly headers?: Record<string, string>;
}

const NOT_FOUND: Reply = { status: 404, data: { message: 'Not Found' } };

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };

/**
 * A loopback stand-in for api.github.com: it keeps issue comments and check runs in memory, answers like
 * GitHub, and checks every request against GitHub's OpenAPI description. Anything it does not know is a
 * 404 and a recorded violation — so a test fails when the Action calls an API it should not.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: StoredComment[] = [];
  readonly checkRuns = new Map<number, { body: Record<string, unknown>; annotations: unknown[] }>();
  refusals: Refusal[] = [];
  /** The account a personal token belongs to; undefined: an installation token (`GET /user` is refused). */
  userLogin: string | undefined;
  /** How `GET /user` refuses an installation token: 403 on github.com, 404 on some servers. */
  userRefusal = 403;
  private nextId = 1000;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** Requests to an operation, e.g. `issues/create-comment`. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId);
  }

  addComment(body: string, user: StoredComment['user'] = BOT): StoredComment {
    const comment = { id: this.nextId++, body, user };
    this.comments.push(comment);
    return comment;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    const text = await readBody(request);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      this.violations.push(`${request.method} ${url.pathname}: body is not JSON`);
    }
    const method = request.method ?? 'GET';
    const check = checkRequest(method, url.pathname, url.searchParams, body);
    this.violations.push(...check.problems.map((p) => `${method} ${url.pathname}: ${p}`));
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      operationId: check.operationId,
      authorization: request.headers.authorization,
    });
    const refusal = this.refusals.find((r) => r.method === method && r.path.test(url.pathname));
    if (refusal) {
      send(response, refusal.status, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: String(refusal.status),
      });
      return;
    }
    this.route(check.operationId, url, body, response);
  }

  private route(
    operationId: string | undefined,
    url: URL,
    body: unknown,
    response: ServerResponse,
  ) {
    const reply = this.reply(operationId, url, (body ?? {}) as Record<string, unknown>);
    send(response, reply.status, reply.data, reply.headers);
  }

  private reply(operationId: string | undefined, url: URL, data: Record<string, unknown>): Reply {
    const id = Number(url.pathname.split('/').pop());
    switch (operationId) {
      case 'users/get-authenticated':
        return this.userLogin === undefined
          ? {
              status: this.userRefusal,
              data: { message: 'Resource not accessible by integration' },
            }
          : { status: 200, data: { login: this.userLogin, id: 1, type: 'User' } };
      case 'issues/list-comments':
        return this.listComments(url);
      case 'issues/create-comment':
        return { status: 201, data: this.addComment(String(data.body)) };
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === id);
        if (!comment) return NOT_FOUND;
        comment.body = String(data.body);
        return { status: 200, data: comment };
      }
      case 'issues/delete-comment': {
        const index = this.comments.findIndex((c) => c.id === id);
        if (index >= 0) this.comments.splice(index, 1);
        return { status: 204, data: undefined };
      }
      case 'checks/create': {
        const checkId = this.nextId++;
        this.checkRuns.set(checkId, { body: data, annotations: annotationsOf(data) });
        return { status: 201, data: { id: checkId, ...data } };
      }
      case 'checks/update': {
        const run = this.checkRuns.get(id);
        if (!run) return NOT_FOUND;
        run.annotations.push(...annotationsOf(data));
        return { status: 200, data: { id, ...run.body } };
      }
      default:
        this.violations.push(`unexpected request ${url.pathname} (${operationId ?? 'unknown'})`);
        return NOT_FOUND;
    }
  }

  /** Pages like GitHub: `per_page`/`page`, with a `Link: rel="next"` header while more remain. */
  private listComments(url: URL): Reply {
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = this.comments.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < this.comments.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { status: 200, data: slice, headers };
  }
}

function annotationsOf(data: Record<string, unknown>): unknown[] {
  const output = data.output as { annotations?: unknown[] } | undefined;
  return output?.annotations ?? [];
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
  });
  response.end(data === undefined ? '' : JSON.stringify(data));
}
