import { sql } from 'drizzle-orm';
import type { MeetingTime } from '../../../shared/contracts/course-schedule.js';
import type { Tx } from '../../db/client.js';
import { AppError, type FieldError } from '../../core/errors.js';
import { addDays } from '../../time/add-days.js';
import { danishToday } from '../../time/danish-today.js';
import { formatDanishDate, formatDanishRange } from '../scheduling/index.js';
import * as repo from './repository.js';
import { roundViolations } from './round-violations.js';
import { loadSituation } from './situation.js';

interface Scope {
  /** The meetings the proposal could place. */
  mine: ReadonlySet<string>;
  period: { start: string; end: string };
  /** The rounds whose plan changes, and the consultants of their courses: locked while storing. */
  roundIds: string[];
  consultantIds: string[];
}

/**
 * Serialises schedule changes of the same rounds and consultants: two people
 * applying proposals at once could otherwise each place a theme day, or book
 * the same consultant twice. A transaction-scoped advisory lock per key, taken
 * in a fixed order (no deadlock); released at commit or rollback.
 */
export async function lockSchedules(tx: Tx, keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`indsats-schedule:${key}`}, 0))`);
  }
}

/**
 * Stores a proposal as the user saw it: every meeting must be one of those the
 * proposal could place, lie in the course period and not before tomorrow;
 * then all get their date in one statement – or none: when one of them got a
 * date or was cancelled in the meantime, or when the stored plan would break a
 * scheduling rule (someone else planned or moved meetings since the proposal),
 * the answer is 409 and the transaction rolls back.
 */
export async function storeProposal(tx: Tx, items: MeetingTime[], scope: Scope, now: Date): Promise<void> {
  const { period } = scope;
  const tomorrow = addDays(danishToday(now), 1);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  items.forEach((m, i) => {
    if (!scope.mine.has(m.id)) errors.push({ field: `meetings.${i}.id`, message: 'Mødet hører ikke til forslaget' });
    else if (seen.has(m.id)) errors.push({ field: `meetings.${i}.id`, message: 'Mødet står der to gange' });
    seen.add(m.id);
    if (m.date < period.start || m.date > period.end) {
      errors.push({
        field: `meetings.${i}.date`,
        message: `Datoen skal ligge i forløbsperioden (${formatDanishRange(period.start, period.end, true)})`,
      });
    } else if (m.date < tomorrow) {
      errors.push({
        field: `meetings.${i}.date`,
        message: `Et forslag lægger ikke møder bagud i tid – tidligst ${formatDanishDate(tomorrow, true)}`,
      });
    }
  });
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
  await lockSchedules(tx, [...scope.roundIds, ...scope.consultantIds]);
  const dated = await repo.dateUndatedMeetings(tx, items);
  if (dated.length !== items.length) {
    throw new AppError('version_conflict', {
      detail:
        'Nogle af møderne har fået en dato eller er aflyst, siden forslaget blev lavet. Intet er gemt – foreslå datoer igen.',
    });
  }
  const violations = roundViolations(await loadSituation(tx, scope.roundIds), scope.roundIds, null);
  if (items.some((m) => (violations.get(m.id) ?? []).length > 0)) {
    throw new AppError('version_conflict', {
      detail: 'Forslaget passer ikke længere med de andre møder. Intet er gemt – foreslå datoer igen.',
    });
  }
}
