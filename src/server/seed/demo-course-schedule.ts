import { and, eq, isNull, sql } from 'drizzle-orm';
import type { MeetingKind } from '../../shared/contracts/courses.js';
import { ScheduleInput } from '../../shared/contracts/schedule.js';
import type { DrizzleTx } from '../db/client.js';
import { roundScheduleSettings } from '../db/schema-course-work.js';
import { courseMeetings } from '../db/schema.js';
import { defaultHolidayWeeks } from '../modules/course-schedule/default-holidays.js';
import type { CourseRow } from '../modules/courses/repository.js';
import * as coursesRepo from '../modules/courses/repository.js';
import { meetingKey, meetingsOf } from '../modules/courses/typical-plan.js';
import { proposeSchedule } from '../modules/scheduling/propose-schedule.js';
import { WHOLE_DAY } from '../modules/scheduling/schedule-model.js';

/** The scheduler's default cap, saved with the round's settings. */
const MAX_MEETINGS_PER_CONSULTANT_PER_DAY = 2;

export interface DatedMeeting {
  id: string;
  kind: MeetingKind;
  groupKey: string | null;
  sequence: number;
  title: string;
  date: string;
  start: string;
  end: string;
  /** The meeting's version after dating (the iCalendar SEQUENCE). */
  version: number;
}

/**
 * Saves the round's scheduling settings (the default Danish school holidays,
 * as the admin's first save would) and dates every meeting of the course with
 * the scheduler's proposal, as if the consultant had used it before the
 * course began: the round's other courses had no dates then, and the
 * consultant had no absences. The theme day takes the proposal's common date.
 * Returns the meetings in date order.
 */
export async function scheduleDemoCourse(tx: DrizzleTx, course: CourseRow): Promise<DatedMeeting[]> {
  const holidayWeeks = defaultHolidayWeeks(course.periodStart, course.periodEnd);
  await tx.insert(roundScheduleSettings).values({
    roundId: course.roundId,
    holidayWeeks,
    maxMeetingsPerConsultantPerDay: MAX_MEETINGS_PER_CONSULTANT_PER_DAY,
  });
  const planOrder = meetingsOf(course.plan).map(meetingKey);
  const meetings = (await coursesRepo.meetingsOfCourse(tx, course.id)).sort(
    (a, b) => planOrder.indexOf(meetingKey(a)) - planOrder.indexOf(meetingKey(b)),
  );
  const consultant = course.consultantName ?? 'konsulent';
  const input = ScheduleInput.parse({
    period: { start: course.periodStart, end: course.periodEnd },
    holidayWeeks,
    maxMeetingsPerConsultantPerDay: MAX_MEETINGS_PER_CONSULTANT_PER_DAY,
    consultants: [{ id: consultant }],
    courses: [
      {
        id: course.municipalityName,
        consultant,
        // Theme-day meetings are not meetings to the scheduler: `themeDay` stands for them.
        meetings: meetings
          .filter((m) => m.kind !== 'theme_day')
          .map((m) => ({
            id: m.id,
            kind: m.kind,
            title: m.title,
            ...(m.kind === 'working_group' && m.groupKey ? { group: m.groupKey } : {}),
          })),
      },
    ],
    themeDay: meetings.some((m) => m.kind === 'theme_day'),
  });
  const proposal = proposeSchedule(input);
  if (!proposal.feasible)
    throw new Error(`Demodata: ingen mødeplan for ${course.municipalityName}: ${JSON.stringify(proposal.reason)}`);
  const times = new Map(proposal.meetings.map((p) => [p.id, { date: p.date, start: p.start, end: p.end }]));
  const dated: DatedMeeting[] = [];
  for (const m of meetings) {
    const time =
      m.kind === 'theme_day' && proposal.themeDay ? { date: proposal.themeDay, ...WHOLE_DAY } : times.get(m.id);
    if (!time) throw new Error(`Demodata: mødet ${m.title} fik ingen dato`);
    // As applying a proposal does (course-schedule): undated, planned meetings get their time and a new version.
    const [row] = await tx
      .update(courseMeetings)
      .set({ date: time.date, startTime: time.start, endTime: time.end, version: sql`${courseMeetings.version} + 1` })
      .where(and(eq(courseMeetings.id, m.id), isNull(courseMeetings.date), eq(courseMeetings.status, 'planned')))
      .returning({ version: courseMeetings.version });
    if (!row) throw new Error(`Demodata: mødet ${m.title} var allerede dateret`);
    dated.push({
      id: m.id,
      kind: m.kind,
      groupKey: m.groupKey,
      sequence: m.sequence,
      title: m.title,
      ...time,
      version: row.version,
    });
  }
  return dated.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
}
