import type { MeetingTime } from '../../../shared/contracts/course-schedule.js';
import type { Tx } from '../../db/client.js';
import { AppError, type FieldError } from '../../http/errors.js';
import { formatDanishRange } from '../scheduling/danish-dates.js';
import * as repo from './repository.js';

/**
 * Stores a proposal as the user saw it: every meeting must be one of those the
 * proposal could place (`mine`) and lie in the course period; then all get
 * their date in one statement – or none, when one of them got a date or was
 * cancelled in the meantime (409, the transaction rolls back).
 */
export async function storeProposal(
  tx: Tx,
  items: MeetingTime[],
  mine: ReadonlySet<string>,
  period: { start: string; end: string },
): Promise<void> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  items.forEach((m, i) => {
    if (!mine.has(m.id)) errors.push({ field: `meetings.${i}.id`, message: 'Mødet hører ikke til forslaget' });
    else if (seen.has(m.id)) errors.push({ field: `meetings.${i}.id`, message: 'Mødet står der to gange' });
    seen.add(m.id);
    if (m.date < period.start || m.date > period.end) {
      errors.push({ field: `meetings.${i}.date`, message: `Datoen skal ligge i forløbsperioden (${formatDanishRange(period.start, period.end, true)})` });
    }
  });
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
  const dated = await repo.dateUndatedMeetings(tx, items);
  if (dated.length !== items.length) {
    throw new AppError('version_conflict', {
      detail: 'Nogle af møderne har fået en dato eller er aflyst, siden forslaget blev lavet. Intet er gemt – foreslå datoer igen.',
    });
  }
}
