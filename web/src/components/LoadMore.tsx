import { useCoreT } from '../i18n/i18n.js';
import { ErrorAlert } from './ErrorAlert.js';

interface LoadMoreProps {
  /** The infinite query of a keyset-paged list (api/cursor-list.ts). */
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    error: unknown;
    fetchNextPage: () => Promise<unknown>;
  };
  /** Rows shown so far. */
  shown: number;
  /** What to say of the rows shown, when the list has its own words for it. */
  message?: string;
}

/** Under (or above) a paged list: how many rows are shown, and "Vis flere" while the server has more. */
export function LoadMore({ query, shown, message }: LoadMoreProps) {
  const t = useCoreT();
  return (
    <>
      <p className="rows-message" aria-live="polite" aria-atomic="true">
        {message ?? t.pagination.shown(shown, query.hasNextPage)}
      </p>
      {query.isFetchNextPageError ? <ErrorAlert error={query.error} /> : null}
      {query.hasNextPage ? (
        <button
          type="button"
          className="button button-secondary mt-5"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? t.common.loading : t.common.showMore}
        </button>
      ) : null}
    </>
  );
}
