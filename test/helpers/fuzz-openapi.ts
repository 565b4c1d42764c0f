import type { InjectOptions } from 'fastify';
import fc from 'fast-check';

/**
 * The pieces of the contract fuzz test (test/fuzz-contracts.test.ts): the
 * routes with a JSON body or a query string, read from the app's own OpenAPI
 * document; a plausible body for each, built from its JSON schema; the leaves
 * of that body; and hostile values for a leaf, each marked with whether the
 * contract must refuse it.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

export interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface FuzzTarget {
  method: NonNullable<InjectOptions['method']>;
  /** OpenAPI form, /api/v1/meetings/{id}/agenda. */
  path: string;
  /** Fastify form, /api/v1/meetings/:id/agenda (the key of the authorisation matrix). */
  route: string;
  pathParams: string[];
  query: Record<string, JsonSchema>;
  /** The query parameters that must be given. */
  requiredQuery: string[];
  body: JsonSchema | undefined;
}

interface OpenApi {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
}

export function fuzzTargets(doc: unknown): FuzzTarget[] {
  const targets: FuzzTarget[] = [];
  for (const [path, operations] of Object.entries((doc as OpenApi).paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const parameters = op.parameters ?? [];
      const query = Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema]));
      const body = op.requestBody?.content?.['application/json']?.schema;
      if (!body && Object.keys(query).length === 0) continue;
      targets.push({
        // OpenAPI's operation keys are the lower-case HTTP methods.
        method: method.toUpperCase() as NonNullable<InjectOptions['method']>,
        path,
        route: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query,
        requiredQuery: parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
        body,
      });
    }
  }
  return targets;
}

// ── Plausible values from a schema ─────────────────────────────────────────
const UNKNOWN_ID = '0b7e4a3e-9c1d-4f2a-8e5b-6d3c2b1a0f9e';
const PATTERN_CANDIDATES = ['abc', 'a', 'a-b', 'indikator-1', 'a_b', '0860', '09:00', '10:00', 'leadership'];

/** The non-null alternatives of a union (zod writes `.nullable()` as anyOf [x, null]). */
const alternatives = (s: JsonSchema) => (s.anyOf ?? s.oneOf ?? []).filter((a) => a.type !== 'null');

export function typesOf(s: JsonSchema): string[] {
  if (s.anyOf ?? s.oneOf) return (s.anyOf ?? s.oneOf ?? []).flatMap(typesOf);
  if (s.const !== undefined) return [s.const === null ? 'null' : typeof s.const];
  if (s.enum) return [...new Set(s.enum.map((v) => (v === null ? 'null' : typeof v)))];
  if (s.type === 'integer') return ['number'];
  if (Array.isArray(s.type)) return s.type.map((t) => (t === 'integer' ? 'number' : t));
  return s.type ? [s.type] : ['string', 'number', 'boolean', 'object', 'array', 'null'];
}

export function sampleValue(s: JsonSchema, name: string, ids: (name: string) => string): unknown {
  const options = alternatives(s);
  // Null where null is allowed: no id to guess, no cross-field rule to meet.
  if ((s.anyOf ?? s.oneOf ?? []).some((a) => a.type === 'null')) return null;
  if (options.length > 0) return sampleValue(options[0]!, name, ids);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  switch ((Array.isArray(s.type) ? s.type[0] : s.type) ?? 'string') {
    case 'object': {
      const entries = Object.entries(s.properties ?? {}).map(([key, prop]) => [key, sampleValue(prop, key, ids)]);
      return Object.fromEntries(entries);
    }
    case 'array': {
      const count = Math.max(s.minItems ?? 0, s.maxItems === 0 ? 0 : 1);
      return Array.from({ length: count }, (_, i) => sampleValue(s.items ?? {}, name, ids) ?? i);
    }
    case 'integer':
    case 'number':
      if (name === 'baseVersion') return 0;
      return Math.min(Math.max(s.minimum ?? (s.exclusiveMinimum ?? 0) + 1, 1), s.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return sampleString(s, name, ids);
  }
}

function sampleString(s: JsonSchema, name: string, ids: (name: string) => string): string {
  if (s.format === 'uuid') return ids(name);
  // Periods in order: the end (to, toDate, courseEnd, end) two days after the start.
  const isEnd = /^(to|end)$|(To|End)(Date)?$/.test(name);
  if (s.format === 'date') return isEnd ? '2027-09-03' : '2027-09-01';
  if (s.format === 'date-time') return '2027-09-01T10:00:00+02:00';
  if (s.format === 'email' || /(^e|E)mail$/.test(name)) return 'fuzz@example.dk';
  if (s.pattern) {
    const re = new RegExp(s.pattern, 'u');
    return PATTERN_CANDIDATES.find((c) => re.test(c)) ?? fc.sample(fc.stringMatching(re), { seed: 1, numRuns: 1 })[0]!;
  }
  const text = 'Tekst';
  return text.padEnd(s.minLength ?? 0, 'x').slice(0, s.maxLength ?? text.length);
}

export { UNKNOWN_ID };

// ── Leaves ────────────────────────────────────────────────────────────────
export interface Leaf {
  /** Path into the body, as the problem's `field` names it (`content.institutions.0.needDocumentation`). */
  path: (string | number)[];
  schema: JsonSchema;
}

/** Every value in `value` with the schema that describes it (objects and arrays too: a wrong type there is a leaf as well). */
export function leavesOf(value: unknown, schema: JsonSchema, path: (string | number)[] = []): Leaf[] {
  const options = alternatives(schema);
  const s = options.length > 0 ? options[0]! : schema;
  const here: Leaf = { path, schema };
  if (Array.isArray(value)) return [here, ...value.flatMap((v, i) => leavesOf(v, s.items ?? {}, [...path, i]))];
  if (value !== null && typeof value === 'object') {
    return [here, ...Object.entries(value).flatMap(([k, v]) => leavesOf(v, s.properties?.[k] ?? {}, [...path, k]))];
  }
  return [here];
}

export function withLeaf(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    copy[head as number] = withLeaf(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  copy[head!] = withLeaf(copy[head!], rest, replacement);
  return copy;
}
