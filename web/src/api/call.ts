import type { Endpoint, EndpointInput, EndpointResponse, PathParams } from '../../../src/shared/contracts/endpoint.js';
import { API_BASE, queryString, request } from './client.js';

export type { Endpoint, EndpointInput, EndpointResponse };

/** `call(e)` when the endpoint needs nothing, `call(e, { params, query, body })` when it does. */
export type CallArgs<E extends Endpoint> =
  object extends EndpointInput<E>
    ? [input?: EndpointInput<E> & { signal?: AbortSignal }]
    : [input: EndpointInput<E> & { signal?: AbortSignal }];

/**
 * The endpoint's path with its `:name` parameters filled in (each encoded as
 * one path segment), relative to /api/v1. Throws when a parameter is missing
 * or empty: the compiler requires them, this catches an empty id at run time.
 */
export function endpointPath(
  endpoint: Endpoint,
  params?: Partial<PathParams<string>> | Record<string, string | number>,
): string {
  const values = (params ?? {}) as Record<string, string | number | undefined>;
  return endpoint.path.replace(/:([A-Za-z][A-Za-z0-9]*)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '')
      throw new Error(`${endpoint.method} ${endpoint.path}: parameter "${name}" is missing`);
    return encodeURIComponent(String(value));
  });
}

/** The address a link points to (downloads), with the query: `/api/v1/courses/…/self-analysis.pdf`. */
export function endpointUrl<E extends Endpoint>(endpoint: E, ...[input]: CallArgs<E>): string {
  const query = (input?.query ?? {}) as Record<string, unknown>;
  return `${API_BASE}${endpointPath(endpoint, input?.params)}${queryString(query)}`;
}

/**
 * Makes one API call from the endpoint table (src/shared/contracts/endpoints):
 * the compiler checks the params, query and body against the route's schemas
 * and types the answer from its response schema. In development and tests the
 * answer is also checked against that schema (a field the server leaks or a
 * type that drifted fails loudly); the production build trusts the server,
 * which serialises through the same schema.
 */
export async function call<E extends Endpoint>(endpoint: E, ...[input]: CallArgs<E>): Promise<EndpointResponse<E>> {
  const json = await request(endpoint.method, endpointPath(endpoint, input?.params), {
    body: input?.body,
    query: input?.query as Record<string, unknown> | undefined,
    signal: input?.signal,
  });
  if (import.meta.env.DEV && endpoint.response && json !== undefined) checkResponse(endpoint, json);
  return json as EndpointResponse<E>;
}

function checkResponse(endpoint: Endpoint, json: unknown): void {
  const result = endpoint.response!.safeParse(json);
  if (!result.success) {
    const where = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${endpoint.method} ${endpoint.path} answered outside its schema: ${where}`);
  }
}
