import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { meetingParticipants } from '../../db/schema-course-work.js';
import { courseMeetings, courses, users } from '../../db/schema.js';
import { ORGANIZER_EMAIL_TOKEN, ORGANIZER_NAME_TOKEN } from '../mail/index.js';
import { calendarEventOf } from './calendar-events.js';
import { renderCalendar } from './ical.js';
import { findEvent } from './repository.js';

/**
 * Who organises a meeting whose course has no consultant: the agency, as
 * configured (INDSATS_MAIL_ORGANIZER, else the sender) – tokens here, which
 * the Mailer fills in when it sends (mail/mailer.ts).
 */
export const AGENCY_ORGANIZER = { name: ORGANIZER_NAME_TOKEN, email: ORGANIZER_EMAIL_TOKEN };

/** A meeting's e-mailed invitation: the .ics and what its e-mail says. */
export interface MeetingInvitationMail {
  meetingId: string;
  courseId: string;
  summary: string;
  date: string;
  start: string | null;
  end: string | null;
  location: string;
  agenda: string;
  organizer: { name: string; email: string };
  /** The participants with an account, each an ATTENDEE and a recipient. */
  participants: { userId: string; name: string; email: string }[];
  ics: string;
}

/**
 * A dated meeting as an invitation (METHOD:REQUEST) or its cancellation
 * (METHOD:CANCEL): the calendar feed's UID, the given SEQUENCE, the consultant
 * (or the agency) as ORGANIZER, an ATTENDEE per participant with an account,
 * and the agenda in the description. `baseUrl` starts the meeting's link. Null
 * for a meeting that never had a date.
 */
export async function meetingInvitationMail(
  q: Queryable,
  meetingId: string,
  options: { method: 'request' | 'cancel'; sequence: number; baseUrl: string; date?: string | null },
): Promise<MeetingInvitationMail | null> {
  const [row, [extra], participants] = await Promise.all([
    findEvent(q, meetingId),
    q
      .select({ agenda: courseMeetings.agenda, organizerName: users.name, organizerEmail: users.email })
      .from(courseMeetings)
      .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
      .leftJoin(users, eq(users.id, courses.consultantId))
      .where(eq(courseMeetings.id, meetingId)),
    q
      .select({ userId: users.id, name: users.name, email: users.email })
      .from(meetingParticipants)
      .innerJoin(users, eq(users.id, meetingParticipants.userId))
      .where(and(eq(meetingParticipants.meetingId, meetingId), eq(users.active, true)))
      .orderBy(users.name),
  ]);
  // A meeting taken off the calendar is cancelled on the date the invitation gave.
  const date = row?.date ?? options.date ?? null;
  if (!row || !extra || !date) return null;
  const organizer =
    extra.organizerName && extra.organizerEmail
      ? { name: extra.organizerName, email: extra.organizerEmail }
      : AGENCY_ORGANIZER;
  const agenda = extra.agenda.trim();
  const event = calendarEventOf({ ...row, date }, options.baseUrl);
  const description = [
    event.description,
    ...(agenda ? ['', 'Dagsorden:', ...agenda.split('\n').map((line) => `- ${line.trim()}`)] : []),
  ].join('\n');
  const ics = renderCalendar(
    [
      {
        ...event,
        sequence: options.sequence,
        description,
        cancelled: options.method === 'cancel',
        organizer,
        attendees: participants.map((p) => ({ name: p.name, email: p.email })),
      },
    ],
    { name: row.title, method: options.method },
  );
  return {
    meetingId,
    courseId: row.courseId,
    summary: event.summary,
    date,
    start: row.startTime,
    end: row.endTime,
    location: row.location,
    agenda,
    organizer,
    participants,
    ics,
  };
}

/** The meetings' current dates and statuses, for deciding between an invitation and a cancellation. */
export function meetingCalendarStates(q: Queryable, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return q
    .select({
      id: courseMeetings.id,
      date: courseMeetings.date,
      start: courseMeetings.startTime,
      end: courseMeetings.endTime,
      status: courseMeetings.status,
      version: courseMeetings.version,
    })
    .from(courseMeetings)
    .where(inArray(courseMeetings.id, meetingIds));
}
