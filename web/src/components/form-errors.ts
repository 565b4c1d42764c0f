import { isApiError } from '../api/client.js';

/** The server's message for one body field of a failed request, shown next to that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return isApiError(error) ? error.fieldError(field) : undefined;
}
