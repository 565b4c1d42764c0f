/**
 * What the scale bench requests, in one table: adjust a path or query here
 * when an endpoint changes (keyset pagination, a new page size, …).
 *
 * A deep page is reached the way the endpoint offers: when the first answer
 * carries a `nextCursor` (at the top or in `page`), the bench follows it
 * DEEP_PAGE − 1 times and measures the page that cursor names; otherwise it
 * asks for `page=DEEP_PAGE` directly.
 */
import { RARE_ACTION } from './audit-year.js';

export type BenchRole = 'admin' | 'chief' | 'consultant';

export interface ScaleContext {
  /** The demo consultant's course under way (Hjørring, August 2026). */
  courseId: string;
  /** Monday and Sunday of the current week. */
  week: { from: string; to: string };
  /** Monday and Sunday of the consultant's busiest week in that course's period. */
  busyWeek: { from: string; to: string };
  /** Children of København, read in turn. */
  childIds: string[];
}

export interface ScaleEndpoint {
  key: string;
  /** Shown in the table and in docs/benchmarks.md. */
  name: string;
  as: BenchRole;
  /** Paths requested in turn (most have one). */
  paths: (ctx: ScaleContext) => string[];
  /** Follow the endpoint's own paging this many pages deep before measuring. */
  deepPage?: number;
}

export const PAGE_SIZE = 50;
export const DEEP_PAGE = 2_000;

export const SCALE_ENDPOINTS: ScaleEndpoint[] = [
  {
    key: 'auditFirst',
    name: 'revisionsloggen, første side',
    as: 'admin',
    paths: () => [`/api/v1/audit?pageSize=${PAGE_SIZE}`],
  },
  {
    key: 'auditRareAction',
    name: `revisionsloggen filtreret på ${RARE_ACTION}`,
    as: 'admin',
    paths: () => [`/api/v1/audit?pageSize=${PAGE_SIZE}&action=${RARE_ACTION}`],
  },
  {
    key: 'auditDeep',
    name: `revisionsloggen, side ${DEEP_PAGE}`,
    as: 'admin',
    paths: () => [`/api/v1/audit?pageSize=${PAGE_SIZE}`],
    deepPage: DEEP_PAGE,
  },
  {
    key: 'applications',
    name: 'administratorens ansøgningsliste',
    as: 'admin',
    paths: () => [`/api/v1/applications?limit=${PAGE_SIZE}`],
  },
  {
    key: 'courseSchedule',
    name: 'ét forløbs mødeplan',
    as: 'consultant',
    paths: (ctx) => [`/api/v1/courses/${ctx.courseId}/schedule`],
  },
  {
    key: 'calendar',
    name: 'konsulentens kalender for en uge',
    as: 'consultant',
    paths: (ctx) => [`/api/v1/calendar?from=${ctx.week.from}&to=${ctx.week.to}`],
  },
  {
    key: 'calendarBusy',
    name: 'konsulentens kalender, travleste uge',
    as: 'consultant',
    paths: (ctx) => [`/api/v1/calendar?from=${ctx.busyWeek.from}&to=${ctx.busyWeek.to}`],
  },
  {
    key: 'childSearch',
    name: 'navnesøgning q=Niel (København)',
    as: 'chief',
    paths: () => [`/api/v1/children?q=Niel&pageSize=${PAGE_SIZE}`],
  },
  {
    key: 'childRead',
    name: 'læs ét barn (revisionslogget)',
    as: 'chief',
    paths: (ctx) => ctx.childIds.map((id) => `/api/v1/children/${id}`),
  },
];

/** The cursor to the next page, wherever the answer keeps it; null when the endpoint pages by number. */
export function nextCursorOf(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const top = (body as { nextCursor?: unknown }).nextCursor;
  if (typeof top === 'string' && top) return top;
  const page = (body as { page?: { nextCursor?: unknown } }).page;
  if (page && typeof page.nextCursor === 'string' && page.nextCursor) return page.nextCursor;
  return null;
}

/** `path` with one query parameter set (replaced when present). */
export function withParam(path: string, name: string, value: string): string {
  const url = new URL(path, 'http://bench.invalid');
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}
