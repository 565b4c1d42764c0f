import type { ReactNode } from 'react';
import type { PageMeta } from '../api/contracts.js';
import { PageSummary, Pagination } from './Pagination.js';
import { QueryStatus, type QueryLike } from './QueryStatus.js';

interface PagedResultsProps<T> {
  query: QueryLike & { data: { items: T[]; page: PageMeta } | undefined };
  /** Said (as a status) when the page has no rows. */
  noResults: string;
  noResultsClassName?: string;
  children: (items: T[]) => ReactNode;
}

/** One page of a list: loading or error, "no results", or "Viser 1–25 af 132" ("af over 1.000" when the count is capped), the rows and the page links. */
export function PagedResults<T>({ query, noResults, noResultsClassName = 'mt-6', children }: PagedResultsProps<T>) {
  const data = query.data;
  if (!data) return <QueryStatus query={query} />;
  if (data.items.length === 0) {
    return (
      <p className={noResultsClassName || undefined} role="status">
        {noResults}
      </p>
    );
  }
  const { page, pageSize, total, totalCapped = false } = data.page;
  return (
    <>
      <PageSummary page={page} pageSize={pageSize} total={total} shown={data.items.length} totalCapped={totalCapped} />
      {children(data.items)}
      <Pagination page={page} pageSize={pageSize} total={total} totalCapped={totalCapped} />
    </>
  );
}
