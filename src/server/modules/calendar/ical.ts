import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { addDays } from '../../time/add-days.js';
import { copenhagenTime, DANISH_TIME_ZONE } from './copenhagen-time.js';

/** One meeting as a calendar shows it (built by calendar-events.ts). */
export interface CalendarEvent {
  /** Stable across every change: `<meetingId>@indsats`. */
  uid: string;
  /** The meeting's version: bumped by every change a calendar shows. */
  sequence: number;
  stamp: Date;
  created: Date;
  lastModified: Date;
  /** Danish local date and times; no start time = an all-day event. */
  date: string;
  start: string | null;
  end: string | null;
  summary: string;
  location: string;
  description: string;
  url: string;
  cancelled: boolean;
  /** An invitation's organiser and attendees (ATTENDEE per participant with an account); a feed has neither. */
  organizer?: { name: string; email: string };
  attendees?: { name: string; email: string }[];
}

/** The scheduler's slots last two hours; a meeting with a start but no end gets as long. */
const DEFAULT_HOURS = 2;

/**
 * The VTIMEZONE block for a zone. The library serves Europe/Copenhagen under
 * its IANA link target Europe/Berlin (the same rules since 1980); the block is
 * renamed to the zone the events name, so every TZID resolves.
 */
function vtimezone(zone: string): string | null {
  const found = tzlib_get_ical_block(zone);
  const block = Array.isArray(found) ? found[0] : undefined;
  if (!block) return null;
  return block.replace(/^TZID:.*$/m, `TZID:${zone}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`);
}

function plusHours(time: string, hours: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = Math.min((h ?? 0) * 60 + (m ?? 0) + hours * 60, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * An iCalendar document (RFC 5545) of the events: Danish times with
 * TZID=Europe/Copenhagen and its VTIMEZONE, stamps in UTC. A subscription has
 * no METHOD; a single downloaded invitation is PUBLISHed (no organiser mailbox
 * to reply to).
 */
export function renderCalendar(
  events: CalendarEvent[],
  options: { name: string; method?: 'publish' | 'request' | 'cancel' },
): string {
  const calendar = ical({
    prodId: { company: 'Socialstyrelsen', product: 'Indsats', language: 'DA' },
    name: options.name,
    // No calendar-wide zone name: DTSTAMP, CREATED and LAST-MODIFIED stay in UTC; the generator adds the events' zone.
    timezone: { name: null, generator: vtimezone },
    ttl: 60 * 60,
  });
  if (options.method === 'publish') calendar.method(ICalCalendarMethod.PUBLISH);
  // An e-mailed invitation (notifications, ADR 33): REQUEST for a new or changed meeting, CANCEL for a cancelled one.
  if (options.method === 'request') calendar.method(ICalCalendarMethod.REQUEST);
  if (options.method === 'cancel') calendar.method(ICalCalendarMethod.CANCEL);
  for (const e of events) {
    const allDay = e.start === null;
    const start = copenhagenTime(e.date, e.start ?? '00:00');
    const end = allDay
      ? copenhagenTime(addDays(e.date, 1))
      : copenhagenTime(e.date, e.end ?? plusHours(e.start ?? '00:00', DEFAULT_HOURS));
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: e.stamp,
      created: e.created,
      lastModified: e.lastModified,
      timezone: DANISH_TIME_ZONE,
      start,
      end,
      allDay,
      summary: e.summary,
      location: e.location || null,
      description: e.description,
      url: e.url,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: e.organizer ?? null,
      attendees: (e.attendees ?? []).map((a) => ({
        name: a.name,
        email: a.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: false,
      })),
    });
  }
  return calendar.toString();
}
