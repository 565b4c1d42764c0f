import { z } from 'zod';

/**
 * Input and output of the meeting scheduler (issue 4): the web page and
 * `indsats schedule propose` share them. Rules and slots: docs/adr/0008-meeting-scheduler.md.
 */

const IsoDate = z.iso.date({ error: 'Skriv datoen som ÅÅÅÅ-MM-DD' });
const Id = z.string().min(1).max(100);

export const MEETING_KINDS = ['kickoff', 'steering', 'sparring', 'leader_sparring', 'working_group', 'conference'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** A course has at most one kick-off and three steering meetings (one in each third of the period). */
export const MAX_STEERING = 3;
/** Three time slots a day (09–11, 12–14, 14–16), so never more than three meetings a day. */
export const MAX_MEETINGS_PER_DAY = 3;

export const ScheduleMeeting = z.strictObject({
  id: Id,
  kind: z.enum(MEETING_KINDS),
  /** Working groups only: meetings with the same group (within the course) are at least 21 days apart. Absent = the course's one working group. */
  group: Id.optional(),
});
export type ScheduleMeeting = z.infer<typeof ScheduleMeeting>;

export const ScheduleCourse = z.strictObject({
  id: Id,
  consultant: Id,
  meetings: z.array(ScheduleMeeting).max(100),
});
export type ScheduleCourse = z.infer<typeof ScheduleCourse>;

export const ScheduleConsultant = z.strictObject({
  id: Id,
  unavailable: z.array(IsoDate).max(1000).default([]),
});

export const ScheduleInput = z
  .strictObject({
    period: z.strictObject({ start: IsoDate, end: IsoDate }),
    holidayWeeks: z.array(z.strictObject({ from: IsoDate, to: IsoDate })).max(100).default([]),
    maxMeetingsPerConsultantPerDay: z
      .number()
      .int()
      .min(1)
      .max(MAX_MEETINGS_PER_DAY, { error: `Højst ${MAX_MEETINGS_PER_DAY} – der er tre tidsrum om dagen` })
      .default(2),
    consultants: z.array(ScheduleConsultant).min(1, { error: 'Angiv mindst én konsulent' }).max(50),
    courses: z.array(ScheduleCourse).min(1, { error: 'Angiv mindst ét forløb' }).max(50),
    themeDay: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const { start, end } = input.period;
    if (end <= start) issue(['period', 'end'], 'Periodens slutdato skal ligge efter startdatoen');
    else if (Date.parse(end) - Date.parse(start) > 3 * 366 * 86_400_000) issue(['period', 'end'], 'Perioden må højst være tre år');
    input.holidayWeeks.forEach((w, i) => {
      if (w.to < w.from) issue(['holidayWeeks', i, 'to'], 'Ferieugens slutdato må ikke ligge før startdatoen');
    });
    const consultants = new Set<string>();
    input.consultants.forEach((c, i) => {
      if (consultants.has(c.id)) issue(['consultants', i, 'id'], `Konsulenten ${c.id} står der to gange`);
      consultants.add(c.id);
    });
    const courses = new Set<string>();
    input.courses.forEach((course, i) => {
      if (courses.has(course.id)) issue(['courses', i, 'id'], `Forløbet ${course.id} står der to gange`);
      courses.add(course.id);
      if (!consultants.has(course.consultant)) {
        issue(['courses', i, 'consultant'], `Konsulenten ${course.consultant} findes ikke i consultants`);
      }
      const meetings = new Set<string>();
      let kickoffs = 0;
      let steering = 0;
      course.meetings.forEach((m, j) => {
        if (meetings.has(m.id)) issue(['courses', i, 'meetings', j, 'id'], `Mødet ${m.id} står der to gange i forløbet ${course.id}`);
        meetings.add(m.id);
        if (m.kind === 'kickoff' && ++kickoffs > 1) issue(['courses', i, 'meetings', j, 'kind'], 'Et forløb har højst ét opstartsmøde');
        if (m.kind === 'steering' && ++steering > MAX_STEERING) {
          issue(['courses', i, 'meetings', j, 'kind'], `Et forløb har højst ${MAX_STEERING} styregruppemøder`);
        }
        if (m.group !== undefined && m.kind !== 'working_group') {
          issue(['courses', i, 'meetings', j, 'group'], 'group bruges kun til arbejdsgruppemøder (working_group)');
        }
      });
    });
  });
export type ScheduleInput = z.infer<typeof ScheduleInput>;

export const ScheduledMeeting = z.object({
  course: z.string(),
  id: z.string(),
  date: IsoDate,
  start: z.string().regex(/^\d\d:\d\d$/),
  end: z.string().regex(/^\d\d:\d\d$/),
});
export type ScheduledMeeting = z.infer<typeof ScheduledMeeting>;

export const ScheduleProposal = z.discriminatedUnion('feasible', [
  z.object({ feasible: z.literal(true), meetings: z.array(ScheduledMeeting), themeDay: IsoDate.optional() }),
  z.object({ feasible: z.literal(false), reason: z.string() }),
]);
export type ScheduleProposal = z.infer<typeof ScheduleProposal>;
