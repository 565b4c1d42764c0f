import { API_BASE, ApiError } from '../../api/client.js';
import type { Problem } from '../../api/contracts.js';

/** The server's limit for uploads, also stated in the form. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).title === 'string' &&
    typeof (value as Problem).code === 'string'
  );
}

/**
 * Sends one file as multipart (field `file`) with PUT, with the session's
 * CSRF token like every other write. Throws ApiError as api() does, so 413
 * and 415 reach the form with the server's own Danish title.
 */
export async function uploadPdf<T>(path: string, file: File, csrfToken: string): Promise<T> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: 'PUT',
      headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: '', status: 0, code: 'network' });
  }
  if (response.ok) return (await response.json()) as T;
  let problem: unknown = null;
  try {
    problem = await response.json();
  } catch {
    // Not JSON (a proxy's error page, e.g. for a body that is too large).
  }
  if (isProblem(problem)) throw new ApiError({ ...problem, status: response.status });
  const code = response.status === 413 ? 'file_too_large' : `http_${response.status}`;
  throw new ApiError({ type: 'about:blank', title: response.statusText || 'Error', status: response.status, code });
}

/** What is wrong with a chosen file before it is sent, if anything. */
export function localFileProblem(file: File): 'tooLarge' | 'notPdf' | null {
  if (file.size > MAX_UPLOAD_BYTES) return 'tooLarge';
  const looksPdf = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
  return looksPdf ? null : 'notPdf';
}
