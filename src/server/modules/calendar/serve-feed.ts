import type { Tx } from '../../db/client.js';
import { notFound } from '../../core/errors.js';
import { hashToken } from '../auth/index.js';
import { calendarEventOf, oneThemeDayPerRound } from './calendar-events.js';
import { danishToday } from '../../time/danish-today.js';
import { addDays } from '../../time/add-days.js';
import { renderCalendar } from './ical.js';
import * as repo from './repository.js';

/** A feed shows meetings from this many days back onwards … */
export const FEED_HISTORY_DAYS = 90;
/** … and at most this many. */
export const FEED_MAX_EVENTS = 2000;
/** last_used_at is written at most this often (calendar programs poll). */
const TOUCH_AFTER_MS = 60_000;
/** 32 random bytes as base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The subscription behind a secret token as an iCalendar document: a
 * consultant's every meeting of the courses they run, and everyone's meetings
 * they are invited to in courses they may still see. Unknown, revoked and
 * deactivated all answer 404 alike. Cancelled meetings stay in the feed, so
 * subscribed calendars remove them; undated meetings are left out.
 */
export async function serveFeed(tx: Tx, token: string, baseUrl: string, now: Date): Promise<string> {
  if (!TOKEN_PATTERN.test(token)) throw notFound();
  const feed = await repo.findLiveFeed(tx, hashToken(token));
  if (!feed) throw notFound();
  if (!feed.lastUsedAt || now.getTime() - feed.lastUsedAt.getTime() >= TOUCH_AFTER_MS)
    await repo.touchFeed(tx, feed.id, now);
  const from = addDays(danishToday(now), -FEED_HISTORY_DAYS);
  const run = await repo.meetingsRunBy(tx, feed.userId, from, FEED_MAX_EVENTS);
  const attended = await repo.meetingsAttendedBy(tx, feed.userId, from, FEED_MAX_EVENTS);
  const byId = new Map([...run, ...attended].map((row) => [row.id, row]));
  const rows = oneThemeDayPerRound(
    [...byId.values()].sort((a, b) =>
      `${a.date ?? ''} ${a.startTime ?? ''} ${a.id}`.localeCompare(`${b.date ?? ''} ${b.startTime ?? ''} ${b.id}`),
    ),
  ).slice(0, FEED_MAX_EVENTS);
  const events = rows.flatMap((row) => (row.date ? [calendarEventOf({ ...row, date: row.date }, baseUrl)] : []));
  return renderCalendar(events, { name: 'Indsats – mine møder' });
}
