import type { HttpMethod } from '../../../src/shared/contracts/endpoint.js';
import type { Problem } from './contracts.js';

export interface FieldError {
  field: string;
  message: string;
}

/** A failed API call: the server's problem+json, or a stand-in when the network failed (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly correlationId: string | undefined;
  readonly retryAfterSeconds: number | null;
  /** On a save refused by `version_conflict`: the kept version and what was saved first (ADR 22). */
  readonly conflict: Problem['conflict'];

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.correlationId = problem.correlationId;
    this.retryAfterSeconds = retryAfterSeconds;
    this.conflict = problem.conflict;
  }

  /** The message for one body field (e.g. `firstName`), if the server named it. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

// The session's CSRF token; the server requires it on every state-changing request.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// When the API last answered: the server's idle timeout counts from its last request.
let lastActivity = Date.now();
export function msSinceLastActivity(): number {
  return Date.now() - lastActivity;
}

/** `?a=1&b=x` from the set values (undefined, null and '' are left out); '' when none is set. */
export function queryString(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new Error(`query parameter "${key}" is not a string, number or boolean`);
    }
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

export const API_BASE = '/api/v1';

interface RequestOptions {
  body?: unknown;
  query?: Record<string, unknown> | undefined;
  signal?: AbortSignal | undefined;
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).title === 'string' &&
    typeof (value as Problem).code === 'string'
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  const retry = Number(response.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): fall through to the generic problem.
  }
  if (isProblem(body)) return new ApiError({ ...body, status: response.status }, retryAfter);
  return new ApiError(
    {
      type: 'about:blank',
      title: response.statusText || 'Error',
      status: response.status,
      code: `http_${response.status}`,
    },
    retryAfter,
  );
}

/**
 * One request to the Indsats API. JSON in and out; the session cookie goes
 * along by itself; non-GET requests carry the CSRF token. Throws ApiError on
 * failure. Pages call it through `call()` (call.ts), which types it from the
 * endpoint table.
 */
export async function request(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${queryString(options.query ?? {})}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({ type: 'about:blank', title: '', status: 0, code: 'network' });
  }
  lastActivity = Date.now();
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined;
  return (await response.json()) as unknown;
}
