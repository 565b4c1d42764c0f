import { readFileSync } from 'node:fs';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../src/shared/contracts/endpoint.js';
import { listEndpoints } from '../../src/shared/contracts/endpoints/index.js';

/**
 * The web client's endpoint table (src/shared/contracts/endpoints) must name
 * routes the server registers, with the schemas the server declares for them.
 * docs/openapi.json is app.swagger() as committed (`npm run check:generated`
 * fails when it drifts from the routes), so a typo in a path, a wrong method
 * or a schema that is not the route's fails here.
 */
interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
const doc = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};

const openApiPath = (e: Endpoint) => `/api/v1${e.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
const operation = (e: Endpoint) => doc.paths[openApiPath(e)]?.[e.method.toLowerCase()];

/** fastify-swagger writes `const: x` as `enum: [x]`; otherwise the document is the library's output. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'const') out.enum = [inner];
    else out[key] = normalise(inner);
  }
  return out;
}

/** The JSON schemas the server's own transform makes of the table's Zod schemas. */
function asJsonSchemas(e: Endpoint) {
  const transformed = jsonSchemaTransform({
    schema: { body: e.body, querystring: e.query, response: e.response ? { 200: e.response } : undefined },
    url: openApiPath(e),
    route: { method: e.method, url: openApiPath(e) },
    openapiObject: { openapi: '3.1.0' },
  } as unknown as Parameters<typeof jsonSchemaTransform>[0]) as {
    schema: {
      body?: unknown;
      querystring?: { properties?: Record<string, unknown> };
      response?: Record<string, unknown>;
    };
  };
  return transformed.schema;
}

const successCode = (op: Operation) => Object.keys(op.responses).find((c) => c.startsWith('2'));
const endpoints = listEndpoints();

describe('the client endpoint table', () => {
  it('covers at least the JSON API the pages use', () => {
    expect(endpoints.length).toBeGreaterThan(90);
  });

  it.each(endpoints)('$name is a route the server registers (method and path)', ({ endpoint }) => {
    expect(operation(endpoint), `${endpoint.method} ${openApiPath(endpoint)}`).toBeDefined();
  });

  it.each(endpoints)('$name declares the route’s body, query and response schemas', ({ endpoint }) => {
    const op = operation(endpoint)!;
    const mine = asJsonSchemas(endpoint);
    const body = op.requestBody?.content?.['application/json']?.schema;
    expect(normalise(mine.body)).toEqual(normalise(body));
    const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    expect(Object.keys(mine.querystring?.properties ?? {}).sort()).toEqual(query.sort());
    const code = successCode(op)!;
    const response = op.responses[code]?.content?.['application/json']?.schema;
    if (endpoint.file) {
      expect(response === undefined || endpoint.response === undefined).toBe(true);
    } else if (endpoint.response) {
      expect(normalise(mine.response?.[200])).toEqual(normalise(response));
    } else {
      // Nothing to read: the route declares no JSON answer (it sends 204).
      expect(response).toBeUndefined();
    }
  });

  it('names each route once', () => {
    const keys = endpoints.map(({ endpoint }) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
