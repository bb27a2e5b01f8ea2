import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * GitHub's published REST description (`@octokit/openapi`, api.github.com), used to check every request
 * the Action makes: the operation exists, its query parameters are declared, its body matches the schema.
 * OpenAPI 3.0 schemas are JSON Schema plus a few keywords: `nullable` is rewritten into JSON Schema (the
 * description uses it without `type` too, which Ajv's own support refuses); the rest (`example`, `x-*`,
 * `discriminator`…) are annotations and ignored with `strict: false`.
 */
interface Operation {
  readonly operationId: string;
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: {
    readonly required?: boolean;
    readonly content: Record<string, { schema: unknown }>;
  };
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly schema?: unknown;
  readonly $ref?: string;
}

interface Document {
  readonly paths: Record<string, Record<string, Operation> & { parameters?: Parameter[] }>;
  readonly components: { parameters: Record<string, Parameter>; schemas: Record<string, unknown> };
  readonly 'x-webhooks': Record<string, { post: Operation }>;
}

const require = createRequire(import.meta.url);
const SPEC_FILE = require.resolve('@octokit/openapi/generated/api.github.com.json');

let loaded: { document: Document; ajv: Ajv; routes: Route[] } | undefined;

interface Route {
  readonly template: string;
  readonly pattern: RegExp;
}

function spec() {
  if (loaded) return loaded;
  const document = withoutNullable(JSON.parse(readFileSync(SPEC_FILE, 'utf8'))) as Document;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
  addFormats.default(ajv); // a CommonJS module: its `default` export is the plugin
  // Bodies reference `#/components/schemas/…`: one schema holding the components resolves them all.
  ajv.addSchema({ $id: 'github-openapi', components: document.components }, 'github-openapi');
  const routes = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  loaded = { document, ajv, routes };
  return loaded;
}

const compiled = new Map<string, ValidateFunction>();

/** Validates `data` against a schema of the description (refs resolved in the whole document). */
function validatorFor(key: string, schema: unknown): ValidateFunction {
  const cached = compiled.get(key);
  if (cached) return cached;
  const rewritten = JSON.parse(
    JSON.stringify(schema).replaceAll(
      '"$ref":"#/components/',
      '"$ref":"github-openapi#/components/',
    ),
  ) as object;
  const validate = spec().ajv.compile(rewritten);
  compiled.set(key, validate);
  return validate;
}

export interface RequestCheck {
  readonly operationId?: string;
  readonly template?: string;
  /** Why the request does not match GitHub's description; empty when it does. */
  readonly problems: string[];
}

/** Checks one request (path without the query, parsed query, parsed JSON body or undefined). */
export function checkRequest(
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): RequestCheck {
  const { document, routes } = spec();
  // The most specific template: fewest parameters (`/issues/comments/{id}` before `/issues/{n}/{x}`).
  const matches = routes
    .filter((route) => route.pattern.test(path))
    .filter((route) => document.paths[route.template]?.[method.toLowerCase()] !== undefined)
    .sort((a, b) => a.template.split('{').length - b.template.split('{').length);
  const route = matches[0];
  if (route === undefined)
    return { problems: [`${method} ${path} is not an operation of the GitHub REST API`] };
  const item = document.paths[route.template]!;
  const operation = item[method.toLowerCase()]!;
  const problems = [
    ...checkQuery(operation, item.parameters ?? [], query),
    ...checkBody(operation, body),
  ];
  return { operationId: operation.operationId, template: route.template, problems };
}

function resolveParameter(parameter: Parameter): Parameter {
  if (parameter.$ref === undefined) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  return spec().document.components.parameters[name]!;
}

function checkQuery(
  operation: Operation,
  shared: readonly Parameter[],
  query: URLSearchParams,
): string[] {
  const declared = [...shared, ...(operation.parameters ?? [])]
    .map(resolveParameter)
    .filter((parameter) => parameter.in === 'query');
  const problems: string[] = [];
  for (const [name, value] of query) {
    const parameter = declared.find((candidate) => candidate.name === name);
    if (parameter === undefined) {
      problems.push(`query parameter '${name}' is not declared for ${operation.operationId}`);
      continue;
    }
    const typed = /^\d+$/.test(value) ? Number(value) : value;
    const validate = validatorFor(`${operation.operationId}?${name}`, parameter.schema ?? {});
    if (!validate(typed)) problems.push(`query parameter '${name}=${value}' ${describe(validate)}`);
  }
  return problems;
}

function checkBody(operation: Operation, body: unknown): string[] {
  const schema = operation.requestBody?.content['application/json']?.schema;
  if (schema === undefined)
    return body === undefined ? [] : [`${operation.operationId} takes no request body`];
  if (body === undefined)
    return operation.requestBody?.required ? [`${operation.operationId} needs a body`] : [];
  const validate = validatorFor(operation.operationId, schema);
  return validate(body) ? [] : [`body of ${operation.operationId} ${describe(validate)}`];
}

/** Validates an event payload against the description's webhook schema (e.g. `pull-request-synchronize`). */
export function checkWebhookPayload(webhook: string, payload: unknown): string[] {
  const operation = spec().document['x-webhooks'][webhook]?.post;
  if (operation === undefined) return [`no webhook '${webhook}' in the description`];
  return checkBody(operation, payload);
}

function describe(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`)
    .join('; ');
}

/** OpenAPI 3.0 `nullable: true` → JSON Schema: `null` added to `type`/`enum`, or `anyOf [schema, null]`. */
function withoutNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutNullable);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(
    ([key, value]) => [key, withoutNullable(value)] as const,
  );
  const schema: Record<string, unknown> = Object.fromEntries(entries);
  if (schema.nullable !== true) return schema;
  delete schema.nullable;
  if (Array.isArray(schema.enum) && !schema.enum.includes(null))
    schema.enum = [...(schema.enum as unknown[]), null];
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}
