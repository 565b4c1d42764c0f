import type { ParticipantRole } from '../../../shared/contracts/meetings.js';
import { danishClock } from '../../../shared/danish-clock.js';
import { MEETING_STATUS_DA, PARTICIPANT_ROLE_DA } from '../../../shared/wording/meetings.da.js';
import type { Sheet } from '../../documents/index.js';
import { writeAudit } from '../../audit/write-audit.js';
import { loadVisibleCourse } from '../courses/index.js';
import { PARTICIPANT_ROLE_ORDER } from './default-participants.js';
import { hoursByRole } from './present-meeting.js';
import { meetingsOfCourse, participantsOfMeetings } from './repository.js';
import type { Context } from '../../core/context.js';

const ATTENDED = (value: boolean | null): string => (value === null ? 'Ikke registreret' : value ? 'Ja' : 'Nej');
const time = (value: string | null): string => (value ? danishClock(value) : '');
const day = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * A course's meetings with attendance and hours per role, as Excel (issue 11
 * point 7): the meetings the actor may read (access module, `meeting.read`)
 * one per row, every participant's attendance and hours, and the hours summed
 * per role. Participants are named, so the export is logged.
 */
export async function exportCourseMeetings(
  ctx: Context,
  courseId: string,
): Promise<{ sheets: Sheet[]; filename: string }> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  const all = await meetingsOfCourse(tx, course.id);
  const readable = new Set(
    await ctx.access.which(
      tx,
      'meeting.read',
      all.map((m) => m.id),
    ),
  );
  const listed = all.filter((m) => readable.has(m.id));
  const rows =
    listed.length > 0
      ? await participantsOfMeetings(
          tx,
          listed.map((m) => m.id),
        )
      : [];
  const meetings = listed.map((m) => ({ ...m, participants: rows.filter((p) => p.meetingId === m.id) }));
  const participants = meetings.flatMap((m) => m.participants.map((p) => ({ meeting: m, ...p })));
  await writeAudit(tx, actor, {
    action: 'export.xlsx',
    entityType: 'course',
    entityId: course.id,
    municipalityCode: course.municipalityCode,
    details: { kind: 'course_meetings', rows: meetings.length + participants.length },
  });

  const meetingRows = meetings.map((m) => {
    const sums = hoursByRole(m.participants);
    const attended = sums.reduce((n, s) => n + s.attended, 0);
    const hours = sums.reduce((n, s) => n + s.hours, 0);
    return [
      day(m.date),
      time(m.startTime),
      time(m.endTime),
      m.title,
      MEETING_STATUS_DA[m.status],
      m.location,
      m.participants.length,
      attended,
      hours,
    ];
  });
  const totals = new Map<ParticipantRole, { participants: number; attended: number; hours: number }>();
  for (const m of meetings) {
    for (const s of hoursByRole(m.participants)) {
      const sum = totals.get(s.participantRole) ?? { participants: 0, attended: 0, hours: 0 };
      sum.participants += s.participants;
      sum.attended += s.attended;
      sum.hours += s.hours;
      totals.set(s.participantRole, sum);
    }
  }
  const roles = PARTICIPANT_ROLE_ORDER.filter((r) => totals.has(r));
  const sheets: Sheet[] = [
    {
      name: 'Møder',
      columns: [
        { header: 'Dato', format: 'dd-mm-yyyy', width: 12 },
        { header: 'Start', width: 8 },
        { header: 'Slut', width: 8 },
        { header: 'Møde', width: 40 },
        { header: 'Status', width: 12 },
        { header: 'Sted', width: 30 },
        { header: 'Inviterede', width: 11 },
        { header: 'Deltog', width: 9 },
        { header: 'Timer i alt', format: '0.00', width: 11 },
      ],
      rows: meetingRows,
    },
    {
      name: 'Fremmøde',
      columns: [
        { header: 'Dato', format: 'dd-mm-yyyy', width: 12 },
        { header: 'Møde', width: 40 },
        { header: 'Navn', width: 28 },
        { header: 'Rolle', width: 22 },
        { header: 'Deltog', width: 16 },
        { header: 'Timer', format: '0.00', width: 8 },
      ],
      rows: participants.map((p) => [
        day(p.meeting.date),
        p.meeting.title,
        p.name,
        PARTICIPANT_ROLE_DA[p.participantRole],
        ATTENDED(p.attended),
        p.hours,
      ]),
    },
    {
      name: 'Timer pr. rolle',
      columns: [
        { header: 'Rolle', width: 22 },
        { header: 'Inviterede', width: 11 },
        { header: 'Deltog', width: 9 },
        { header: 'Timer', format: '0.00', width: 10 },
      ],
      rows: roles.map((r) => {
        const sum = totals.get(r)!;
        return [PARTICIPANT_ROLE_DA[r], sum.participants, sum.attended, sum.hours];
      }),
    },
  ];
  return { sheets, filename: `moeder-${course.municipalityName}-${course.roundName}.xlsx` };
}
