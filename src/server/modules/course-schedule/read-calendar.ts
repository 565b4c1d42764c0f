import type { CalendarQuery, CalendarResponse } from '../../../shared/contracts/course-schedule.js';
import { toDay, toIso } from '../scheduling/index.js';
import * as repo from './repository.js';
import { roundViolations } from './round-violations.js';
import { loadSituation } from './situation.js';
import type { Context } from '../../core/context.js';
import { meetingCondition, ownMunicipalityOf } from '../../access/index.js';

/** The first and last day of the current month in Denmark. */
export function currentMonth(now: Date): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  const from = `${today.slice(0, 7)}-01`;
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const nextMonth = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { from, to: toIso(toDay(nextMonth) - 1) };
}

/**
 * The caller's meetings across courses in a date range (default: this month):
 * a consultant's courses, the municipality's course for municipal roles, every
 * course for the admin (optionally one consultant's) – each with the rules it
 * breaks, so clashes between courses show. One query for the meetings in range,
 * five for what the rules need, however many courses and meetings.
 */
export async function readCalendar(ctx: Context, query: CalendarQuery): Promise<CalendarResponse> {
  const { tx, actor } = ctx;
  const { from, to } =
    query.from !== undefined && query.to !== undefined ? { from: query.from, to: query.to } : currentMonth(ctx.now);
  // The meetings the actor reads (access/meetings.ts): leaders and staff those they reach, a guest those they are invited to.
  const rows = await repo.meetingsInRange(
    tx,
    { kind: 'all' },
    from,
    to,
    query.consultantId ?? null,
    meetingCondition(actor),
  );
  const roundIds = [...new Set(rows.map((r) => r.roundId))];
  const situation = await loadSituation(tx, roundIds);
  const violations = roundViolations(situation, roundIds, ownMunicipalityOf(actor));
  return {
    from,
    to,
    items: rows.map((m) => ({
      meetingId: m.id,
      courseId: m.courseId,
      municipalityName: m.municipalityName,
      kind: m.kind,
      title: m.title,
      date: m.date ?? from,
      start: m.start,
      end: m.end,
      status: m.status,
      violations: m.status === 'cancelled' ? [] : (violations.get(m.id) ?? []),
    })),
  };
}
