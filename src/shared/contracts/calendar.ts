import { z } from 'zod';
import { PageMeta, Uuid } from './common.js';
import { IsoDate } from './dates.js';
import { MultiLineText, OpaqueKey } from './text.js';

/**
 * Calendars (issue 4 point 3): a personal calendar subscription (a secret,
 * revocable feed URL), one meeting as an .ics invitation, and the
 * consultants' absence days that the scheduler plans around.
 */

// ── Personal calendar feed ───────────────────────────────────────────────
/** The caller's subscription. The secret URL is shown once, when it is made, and never again. */
export const CalendarFeedStatus = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

export const CreateCalendarFeedResponse = z.object({
  /** https://…/api/v1/calendar/feeds/<token> – for Google and Outlook on the web. */
  url: z.string(),
  /** The same address as webcal://… – opens the calendar program (Apple, Outlook). */
  webcalUrl: z.string(),
  createdAt: z.string(),
});
export type CreateCalendarFeedResponse = z.infer<typeof CreateCalendarFeedResponse>;

/** Any string: a malformed token is as unknown as a revoked one (404, never 400). */
export const CalendarFeedTokenParams = z.strictObject({ token: OpaqueKey(200) });

export const MeetingIdParams = z.strictObject({ id: Uuid });

// ── Consultants' absence days ────────────────────────────────────────────
/** An absence may last at most this long (from + 2 years, exclusive). */
export const MAX_ABSENCE_YEARS = 2;
/** The list shows absences that end today or later, and those of the last 90 days. */
export const ABSENCE_HISTORY_DAYS = 90;
export const ABSENCE_NOTE_MAX = 200;

const AbsenceDate = IsoDate('Skriv datoen som ÅÅÅÅ-MM-DD');

/** The last day an absence starting on `from` may end on (inclusive). */
export function lastAbsenceDay(from: string): string {
  const [y, m, d] = from.split('-').map(Number);
  const limit = new Date(Date.UTC((y ?? 0) + MAX_ABSENCE_YEARS, (m ?? 1) - 1, d ?? 1) - 86_400_000);
  // Not a date (a half-typed field in the form): nothing to compare with. The contract never gets here with one.
  if (Number.isNaN(limit.getTime())) return from;
  return limit.toISOString().slice(0, 10);
}

export const CreateConsultantAbsenceRequest = z
  .strictObject({
    fromDate: AbsenceDate,
    toDate: AbsenceDate,
    note: MultiLineText(ABSENCE_NOTE_MAX, `Noten må højst være ${ABSENCE_NOTE_MAX} tegn`).default(''),
  })
  .superRefine((input, ctx) => {
    if (input.toDate < input.fromDate) {
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'Slutdatoen må ikke ligge før startdatoen' });
    } else if (input.toDate > lastAbsenceDay(input.fromDate)) {
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: `Et fravær må højst vare ${MAX_ABSENCE_YEARS} år` });
    }
  });
export type CreateConsultantAbsenceRequest = z.input<typeof CreateConsultantAbsenceRequest>;

export const ConsultantAbsence = z.object({
  id: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  note: z.string(),
  createdAt: z.string(),
});
export type ConsultantAbsence = z.infer<typeof ConsultantAbsence>;

export const ListConsultantAbsencesQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListConsultantAbsencesQuery = z.input<typeof ListConsultantAbsencesQuery>;

export const ListConsultantAbsencesResponse = PageMeta.extend({ items: z.array(ConsultantAbsence) });
export type ListConsultantAbsencesResponse = z.infer<typeof ListConsultantAbsencesResponse>;

export const ConsultantAbsenceIdParams = z.strictObject({ id: Uuid });
