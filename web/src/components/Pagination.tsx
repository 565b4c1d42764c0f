import { Link, useLocation, useSearchParams } from 'react-router';
import { useCoreT } from '../i18n/i18n.js';
import { Icon } from './Icon.js';

/** Pages to show: first, last, and the current one with its neighbours; null marks a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  const wanted = new Set([1, pages, page - 1, page, page + 1]);
  if (page <= 4) [2, 3, 4, 5].forEach((p) => wanted.add(p));
  if (page >= pages - 3) [pages - 4, pages - 3, pages - 2, pages - 1].forEach((p) => wanted.add(p));
  const sorted = [...wanted].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) out.push(null);
    out.push(p);
  });
  return out;
}

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The count stopped at `total` and there are more: the pages go on past the last one shown. */
  totalCapped?: boolean;
  /** Search parameter holding the page number (several lists on one page need their own). */
  param?: string;
}

/** dkfds pagination as links (`?page=n`), so every page has its own address and works with Back. */
export function Pagination({ page, pageSize, total, totalCapped = false, param = 'page' }: PaginationProps) {
  const t = useCoreT();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && !totalCapped) return null;
  const href = (p: number) => {
    const next = new URLSearchParams(params);
    if (p === 1) next.delete(param);
    else next.set(param, String(p));
    const s = next.toString();
    return `${pathname}${s ? `?${s}` : ''}`;
  };
  return (
    <nav className="pagination" aria-label={t.pagination.label}>
      {page > 1 ? (
        <Link
          to={href(page - 1)}
          className="button button-arrow button-previous"
          aria-label={t.pagination.previousPage}
        >
          <Icon name="chevron-left" />
          <span className="pagination-nav-link">{t.pagination.previous}</span>
        </Link>
      ) : null}
      <span className="pagination-mobile">
        {totalCapped ? t.pagination.page(page) : t.pagination.pageOf(page, pages)}
      </span>
      <ul className="pagination__items">
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} className="pagination-item pagination-overflow">
              <span>…</span>
            </li>
          ) : (
            <li key={p} className="pagination-item pagination-number">
              <Link
                to={href(p)}
                className={p === page ? 'button current-page' : 'button button-secondary'}
                aria-label={t.pagination.page(p)}
                aria-current={p === page ? 'page' : undefined}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {totalCapped ? (
          <li className="pagination-item pagination-overflow">
            <span>…</span>
          </li>
        ) : null}
      </ul>
      {page < pages || totalCapped ? (
        <Link to={href(page + 1)} className="button button-arrow button-next" aria-label={t.pagination.nextPage}>
          <span className="pagination-nav-link">{t.pagination.next}</span>
          <Icon name="chevron-right" />
        </Link>
      ) : null}
    </nav>
  );
}

/** "Viser 1–50 af 132" above a paginated table, announced when it changes. */
export function PageSummary({
  page,
  pageSize,
  total,
  shown,
  totalCapped = false,
}: {
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  totalCapped?: boolean;
}) {
  const t = useCoreT();
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  return (
    <p className="rows-message" aria-live="polite" aria-atomic="true">
      {(totalCapped ? t.pagination.showingOver : t.pagination.showing)(from, from + shown - 1, total)}
    </p>
  );
}
