import { isApiError } from '../api/client.js';
import { ForbiddenPage, NotFoundPage } from '../pages/errors/ErrorPages.js';
import { ErrorAlert } from './ErrorAlert.js';
import { Loading } from './Loading.js';

/**
 * What a page shows instead of its content while its main query is loading
 * or after it failed: a spinner, the refusal page (403), "Siden findes
 * ikke" (404), or an error alert with a retry button.
 */
export interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

export function QueryStatus({ query }: { query: QueryLike }) {
  if (query.isPending) return <Loading />;
  if (!query.isError) return null;
  const error = query.error;
  if (isApiError(error, 403)) return <ForbiddenPage />;
  if (isApiError(error, 404)) return <NotFoundPage />;
  if (isApiError(error, 401)) return <Loading />; // on the way to the login page
  return <ErrorAlert error={error} onRetry={() => void query.refetch()} />;
}
