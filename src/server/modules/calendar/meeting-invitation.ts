import { AppError, notFound } from '../../core/errors.js';
import { calendarEventOf } from './calendar-events.js';
import { renderCalendar } from './ical.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { loadVisibleMeeting } from '../meetings/index.js';

/** Letters (æøå too), digits, spaces and hyphens; everything else goes. */
export function invitationFileName(title: string, date: string): string {
  const words = `${title} ${date}`
    .replace(/[^\p{L}\p{N} -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${words.slice(0, 120).trim()}.ics`;
}

/**
 * One meeting as an .ics invitation, for anyone who may read the meeting
 * (meetings/access.ts; anyone else: 404, as if it did not exist). A meeting
 * without a date has no invitation yet (404 with a Danish explanation).
 */
export async function meetingInvitation(
  ctx: Context,
  meetingId: string,
  baseUrl: string,
): Promise<{ ics: string; fileName: string }> {
  const { tx } = ctx;
  await loadVisibleMeeting(ctx, meetingId);
  const row = await repo.findEvent(tx, meetingId);
  if (!row) throw notFound();
  if (!row.date)
    throw new AppError('not_found', {
      detail: 'Mødet har ikke fået en dato endnu, så der er ingen kalenderinvitation.',
    });
  const event = calendarEventOf({ ...row, date: row.date }, baseUrl);
  return {
    ics: renderCalendar([event], { name: row.title, method: 'publish' }),
    fileName: invitationFileName(event.summary, row.date),
  };
}
