import type { MeetingKind } from '../../../shared/contracts/courses.js';
import type { CalendarEvent } from './ical.js';
import type { EventRow } from './repository.js';

const KIND_LABELS: Record<MeetingKind, string> = {
  kickoff: 'Opstartsmøde',
  sparring: 'Sparringsmøde med tovholderen',
  steering: 'Styregruppemøde',
  leader_sparring: 'Sparringsmøde for dagtilbudsledere',
  working_group: 'Arbejdsgruppemøde',
  theme_day: 'Temadag med rundens kommuner',
  conference: 'Landsdækkende konference',
  extra: 'Ekstra møde',
};

/** The meeting's page in the web client. */
export const meetingPageUrl = (baseUrl: string, m: { courseId: string; id: string }) =>
  `${baseUrl}/forloeb/${m.courseId}/moeder/${m.id}`;

/**
 * A meeting as a calendar shows it: title and municipality (a theme day the
 * round's name – it is shared with other municipalities, and nothing of
 * theirs is shown), kind, course and a link to the meeting's page. Never
 * minutes, agenda or participants: a calendar is read outside Indsats.
 */
export function calendarEventOf(row: EventRow & { date: string }, baseUrl: string): CalendarEvent {
  const themeDay = row.kind === 'theme_day';
  const link = meetingPageUrl(baseUrl, row);
  const lines = [
    `Mødetype: ${KIND_LABELS[row.kind]}`,
    themeDay ? `Runde: ${row.roundName}` : `Forløb: ${row.municipalityName} (${row.roundName})`,
    ...(row.status === 'cancelled' ? ['Mødet er aflyst.'] : []),
    `Mødet i Indsats: ${link}`,
  ];
  return {
    uid: `${row.id}@indsats`,
    sequence: row.version,
    stamp: row.updatedAt,
    created: row.createdAt,
    lastModified: row.updatedAt,
    date: row.date,
    start: row.startTime,
    end: row.endTime,
    summary: themeDay ? `${row.title} – ${row.roundName}` : `${row.title} – ${row.municipalityName}`,
    location: row.location,
    description: lines.join('\n'),
    url: link,
    cancelled: row.status === 'cancelled',
  };
}

/**
 * A consultant with several courses in a round meets them all on the round's
 * one theme day: the feed shows it once (the first held or planned meeting of
 * that round and date, by id, so its UID stays put while nothing changes).
 */
export function oneThemeDayPerRound<T extends Pick<EventRow, 'id' | 'kind' | 'roundId' | 'date' | 'status'>>(
  rows: T[],
): T[] {
  const chosen = new Map<string, T>();
  for (const row of rows) {
    if (row.kind !== 'theme_day') continue;
    const key = `${row.roundId}/${row.date ?? ''}`;
    const current = chosen.get(key);
    const better =
      !current ||
      (current.status === 'cancelled' && row.status !== 'cancelled') ||
      ((current.status === 'cancelled') === (row.status === 'cancelled') && row.id < current.id);
    if (better) chosen.set(key, row);
  }
  return rows.filter((row) => row.kind !== 'theme_day' || chosen.get(`${row.roundId}/${row.date ?? ''}`) === row);
}
