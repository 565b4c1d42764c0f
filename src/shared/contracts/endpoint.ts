import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One API call as the web client makes it: method, path under /api/v1 (`:name`
 * marks a parameter), and the Zod schemas of its query, JSON body and JSON
 * response – the same schemas the server's route declares. No response schema
 * means the answer carries nothing the caller reads (204, or `{ ok: true }`).
 * `file` marks a download (PDF, Word, CSV, iCalendar, SVG): the browser
 * fetches it from a link, so it has an address but no JSON.
 */
export interface Endpoint {
  readonly method: HttpMethod;
  readonly path: `/${string}`;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response?: z.ZodType;
  readonly file?: true;
}

/** Names the compiler keeps exact (method and path as literals, the schemas as given). */
export function endpoint<const E extends Endpoint>(definition: E): E {
  return definition;
}

/** The parameter names of a path: `'/courses/:id/trials'` → `'id'`. */
export type PathParamNames<Path extends string> = Path extends `${string}:${infer Rest}`
  ? Rest extends `${infer Name}/${infer Tail}`
    ? StripSuffix<Name> | PathParamNames<`/${Tail}`>
    : StripSuffix<Rest>
  : never;

// `:id.pdf` is not used, but a dot would end a name in Fastify's router too.
type StripSuffix<Name extends string> = Name extends `${infer Head}.${string}` ? Head : Name;

export type PathParams<Path extends string> = { readonly [K in PathParamNames<Path>]: string | number };

/** What `call` and `endpointUrl` take for an endpoint: the path's params, the query, the body. */
export type EndpointInput<E extends Endpoint> = (PathParamNames<E['path']> extends never
  ? { params?: undefined }
  : { params: PathParams<E['path']> }) &
  (E['query'] extends z.ZodType ? { query?: z.input<E['query']> } : { query?: undefined }) &
  (E['body'] extends z.ZodType ? { body: z.input<E['body']> } : { body?: undefined });

/** The parsed JSON answer of an endpoint; `void` when it has no response schema. */
export type EndpointResponse<E extends Endpoint> = E['response'] extends z.ZodType ? z.output<E['response']> : void;

/** The body an endpoint takes, as the client writes it. */
export type EndpointBody<E extends Endpoint> = E['body'] extends z.ZodType ? z.input<E['body']> : never;
