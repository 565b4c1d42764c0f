import { z } from 'zod';
import { IsoDate as StrictDate } from './dates.js';
import { message } from './messages.js';
import { OpaqueKey, SingleLineText } from './text.js';

/**
 * Input and output of the meeting scheduler (issue 4): the web page and
 * `indsats schedule propose` share them. Rules and slots: docs/adr/0008-meeting-scheduler.md.
 */

const IsoDate = StrictDate('Skriv datoen som ÅÅÅÅ-MM-DD');
const Id = OpaqueKey(100).min(1);
/** A time of day as TT:MM (24-hour clock). */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Skriv tidspunktet som TT:MM, fx 09:30' });

export const MEETING_KINDS = [
  'kickoff',
  'steering',
  'sparring',
  'leader_sparring',
  'working_group',
  'conference',
  'extra',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** A course has at most one kick-off and three steering meetings (one in each third of the period). */
export const MAX_STEERING = 3;
/** Three time slots a day (09–11, 12–14, 14–16), so never more than three meetings a day. */
export const MAX_MEETINGS_PER_DAY = 3;

/** A meeting that already has its date and time: kept as it is, counted for every rule, never moved. */
export const FixedTime = z.strictObject({ date: IsoDate, start: TimeOfDay, end: TimeOfDay });
export type FixedTime = z.infer<typeof FixedTime>;

export const ScheduleMeeting = z.strictObject({
  id: Id,
  kind: z.enum(MEETING_KINDS),
  /** Working groups only: meetings with the same group (within the course) are at least 21 days apart. Absent = the course's one working group. */
  group: Id.optional(),
  /** Already placed (by hand or earlier): kept, never moved. */
  fixed: FixedTime.optional(),
  /**
   * Steering only: the third of the period it belongs to (0–2). Default: by
   * the order of the course's steering meetings – give it when some of them
   * are left out (a live course whose first third is over).
   */
  third: z.number().int().min(0).max(2).optional(),
  /** For people: names the meeting in the checker's sentences (default: the id). */
  title: SingleLineText(200).min(1).optional(),
});
export type ScheduleMeeting = z.infer<typeof ScheduleMeeting>;

export const ScheduleCourse = z.strictObject({
  id: Id,
  consultant: Id,
  meetings: z.array(ScheduleMeeting).max(100),
  /** For people: names the course in the checker's sentences, e.g. the municipality (default: the id). */
  name: SingleLineText(200).min(1).optional(),
  /**
   * A course of another round that only occupies its consultant's time: all its
   * meetings are fixed, and only the rules it shares with this round's meetings
   * (one course a day, the daily cap, overlaps, the theme day) involve it.
   */
  external: z.boolean().default(false),
});
export type ScheduleCourse = z.infer<typeof ScheduleCourse>;

export const ScheduleConsultant = z.strictObject({
  id: Id,
  unavailable: z.array(IsoDate).max(1000).default([]),
});

export const HolidayWeek = z.strictObject({
  from: IsoDate,
  to: IsoDate,
  /** For people: "efterårsferie" in the checker's sentences. */
  label: SingleLineText(100).min(1).optional(),
});

export const ScheduleInput = z
  .strictObject({
    period: z.strictObject({ start: IsoDate, end: IsoDate }),
    holidayWeeks: z.array(HolidayWeek).max(100).default([]),
    maxMeetingsPerConsultantPerDay: z
      .number()
      .int()
      .min(1)
      .max(MAX_MEETINGS_PER_DAY, { error: `Højst ${MAX_MEETINGS_PER_DAY} – der er tre tidsrum om dagen` })
      .default(2),
    consultants: z.array(ScheduleConsultant).min(1, { error: 'Angiv mindst én konsulent' }).max(50),
    courses: z.array(ScheduleCourse).min(1, { error: 'Angiv mindst ét forløb' }).max(50),
    themeDay: z.boolean().default(false),
    /** The round's theme day when it is already set (another course of the round has it): kept, never moved. */
    themeDayDate: IsoDate.optional(),
    /**
     * No meeting is proposed before this date (a course under way is planned
     * from tomorrow on); fixed meetings and the thirds of the period still
     * count from the period's start.
     */
    notBefore: IsoDate.optional(),
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const { start, end } = input.period;
    const inPeriod = (iso: string) => iso >= start && iso <= end;
    if (end <= start) issue(['period', 'end'], 'Periodens slutdato skal ligge efter startdatoen');
    else if (Date.parse(end) - Date.parse(start) > 3 * 366 * 86_400_000)
      issue(['period', 'end'], 'Perioden må højst være tre år');
    input.holidayWeeks.forEach((w, i) => {
      if (w.to < w.from) issue(['holidayWeeks', i, 'to'], 'Ferieugens slutdato må ikke ligge før startdatoen');
    });
    if (input.themeDayDate !== undefined) {
      if (!input.themeDay) issue(['themeDayDate'], 'themeDayDate kræver themeDay: true');
      else if (!inPeriod(input.themeDayDate)) issue(['themeDayDate'], 'Temadagen skal ligge i perioden');
    }
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
        const at = ['courses', i, 'meetings', j];
        if (meetings.has(m.id)) issue([...at, 'id'], `Mødet ${m.id} står der to gange i forløbet ${course.id}`);
        meetings.add(m.id);
        if (m.kind === 'kickoff' && ++kickoffs > 1) issue([...at, 'kind'], 'Et forløb har højst ét opstartsmøde');
        if (m.kind === 'steering' && ++steering > MAX_STEERING)
          issue([...at, 'kind'], `Et forløb har højst ${MAX_STEERING} styregruppemøder`);
        if (m.group !== undefined && m.kind !== 'working_group')
          issue([...at, 'group'], 'group bruges kun til arbejdsgruppemøder (working_group)');
        if (m.third !== undefined && m.kind !== 'steering')
          issue([...at, 'third'], 'third gælder kun styregruppemøder');
        if (m.fixed) {
          if (!inPeriod(m.fixed.date)) issue([...at, 'fixed', 'date'], 'Et fast møde skal ligge i perioden');
          if (m.fixed.end <= m.fixed.start) issue([...at, 'fixed', 'end'], 'Mødet skal slutte efter, at det begynder');
        } else if (course.external) {
          issue([...at, 'fixed'], 'Et eksternt forløb (external) har kun faste møder');
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

/** Dates and times in messages, as the server has them (ISO; never formatted). */
const Day = z.string().regex(/^\d{4}-\d\d-\d\d$/);
const Time = z.string().regex(/^\d\d:\d\d$/);
/** Which third of the period: 0 first, 1 middle, 2 last. */
const Third = z.number().int().min(0).max(2);
/** What a day rule is about: a meeting or the round's theme day. */
const Subject = z.enum(['meeting', 'theme_day']);

/** A rule a dated meeting (or the theme day) breaks where it lies (scheduling/check-schedule.ts). */
export const ScheduleViolationMessage = z.discriminatedUnion('code', [
  message('outside_period', { subject: Subject, from: Day, to: Day }),
  message('weekend', { subject: Subject, date: Day }),
  message('holiday', { subject: Subject, holiday: z.string() }),
  message('holiday_week', { subject: Subject, from: Day, to: Day, label: z.string().nullable() }),
  /** The meeting's consultant is away that day. */
  message('consultant_unavailable', {}),
  /** These consultants are away on the theme day; none named (a municipal reader) = "a consultant of the round". */
  message('theme_day_unavailable', { consultants: z.array(z.string()) }),
  message('working_hours', { start: Time, end: Time }),
  message('on_theme_day', { date: Day }),
  message('not_on_theme_day', { date: Day }),
  message('before_kickoff', { date: Day, start: Time }),
  message('kickoff_not_first', { before: z.number().int() }),
  message('steering_third', { third: Third, from: Day, to: Day }),
  message('group_spacing_after', { days: z.number().int(), date: Day }),
  message('group_spacing_before', { days: z.number().int(), date: Day }),
  /** The other courses: by name, or by id when the input named none (a named course never shows its id). */
  message('one_course_per_day', {
    courses: z.array(z.union([z.strictObject({ name: z.string() }), z.strictObject({ id: z.string() })])),
  }),
  message('daily_cap', { meetings: z.number().int(), max: z.number().int() }),
  message('overlap', { title: z.string(), start: Time, end: Time }),
]);
export type ScheduleViolationMessage = z.infer<typeof ScheduleViolationMessage>;

/** Why the scheduler has no plan (scheduling/explain-infeasible.ts, propose-schedule.ts), or leaves a meeting undated. */
export const ScheduleReasonMessage = z.discriminatedUnion('code', [
  message('period_over', { from: Day, to: Day }),
  message('no_working_days', { from: Day, to: Day }),
  message('no_theme_day', { from: Day, to: Day, consultants: z.array(z.string()) }),
  message('kickoff_blocked', {
    course: z.string(),
    meeting: z.string(),
    consultant: z.string(),
    fixedMeeting: z.string(),
    date: Day,
    start: Time,
  }),
  message('consultant_no_days', { consultant: z.string(), from: Day, to: Day }),
  message('steering_third_over', { course: z.string(), meeting: z.string(), third: Third, ended: Day }),
  message('steering_third_no_day', {
    course: z.string(),
    meeting: z.string(),
    consultant: z.string(),
    third: Third,
    /** The third's working days, when it has any. */
    from: Day.nullable(),
    to: Day.nullable(),
  }),
  message('steering_third_too_few_days', {
    consultant: z.string(),
    third: Third,
    free: z.number().int(),
    /** "course/meeting" for each steering meeting that must lie there. */
    meetings: z.array(z.string()),
  }),
  message('group_spacing_too_few_days', {
    course: z.string(),
    meetings: z.number().int(),
    group: z.string().nullable(),
    days: z.number().int(),
    from: Day,
    to: Day,
    fits: z.number().int(),
  }),
  message('consultant_too_few_days', {
    consultant: z.string(),
    courses: z.array(z.string()),
    needed: z.number().int(),
    perDay: z.number().int(),
    free: z.number().int(),
    /** The free days are counted besides the theme day. */
    besidesThemeDay: z.boolean(),
  }),
  message('search_failed', { consultant: z.string(), courses: z.array(z.string()), attempts: z.number().int() }),
  /** A live course's steering meeting whose third ended before the proposal (course-schedule's left meetings). */
  message('steering_third_ended', { third: Third, ended: Day }),
]);
export type ScheduleReasonMessage = z.infer<typeof ScheduleReasonMessage>;

/** A proposal places every meeting of the input: fixed ones as they were, the others where the rules allow. */
export const ScheduleProposal = z.discriminatedUnion('feasible', [
  z.object({ feasible: z.literal(true), meetings: z.array(ScheduledMeeting), themeDay: IsoDate.optional() }),
  z.object({ feasible: z.literal(false), reason: ScheduleReasonMessage }),
]);
export type ScheduleProposal = z.infer<typeof ScheduleProposal>;

/** A full placement to check: meetings with date and time (those left out are not checked), and the theme day. */
export type SchedulePlacement = { meetings: ScheduledMeeting[]; themeDay?: string | undefined };

/** The hard rules, as the checker names them. */
export const SCHEDULE_RULES = [
  'outside_period',
  'weekend',
  'holiday',
  'holiday_week',
  'unavailable',
  'working_hours',
  'kickoff_first',
  'steering_third',
  'group_spacing',
  'one_course_per_day',
  'daily_cap',
  'overlap',
  'theme_day',
] as const;
export type ScheduleRule = (typeof SCHEDULE_RULES)[number];
