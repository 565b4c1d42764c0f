import { z } from 'zod';
import { danishClock } from '../danish-clock.js';
import { BaseVersion, Uuid, Version } from './common.js';
import { IsoDate as StrictDate } from './dates.js';
import { ROUND_LIMITS } from './field-limits.js';
import { SingleLineText, tooLong } from './text.js';
import { MEETING_KINDS } from './courses.js';
import { ScheduleReasonMessage, ScheduleViolationMessage, TimeOfDay } from './schedule.js';

/**
 * Scheduling live courses (issue 4): a round's holiday weeks and daily cap,
 * proposals for a course or a whole round and applying them, moving a
 * meeting by hand, the broken rules of each meeting, and the one calendar
 * across courses. Rules: docs/adr/0008-meeting-scheduler.md.
 */

const IsoDate = StrictDate('Skriv datoen som ÅÅÅÅ-MM-DD');

/** A meeting placed by hand starts and ends on a quarter hour between these times (the rules then say what it breaks). */
export const EARLIEST_START = '07:00';
export const LATEST_END = '18:00';
/** The calendar shows at most this many days at a time. */
export const MAX_CALENDAR_DAYS = 400;

type Ctx = z.RefinementCtx;

/** Quarter hours, 07:00–18:00, start before end – each message on its own field (a malformed time has its own). */
function checkTimes(ctx: Ctx, value: { start: string | null; end: string | null }): void {
  const wellFormed = (time: string | null): time is string => time !== null && TimeOfDay.safeParse(time).success;
  for (const field of ['start', 'end'] as const) {
    const time = value[field];
    if (!wellFormed(time)) continue;
    if (Number(time.slice(3, 5)) % 15 !== 0)
      ctx.addIssue({ code: 'custom', path: [field], message: 'Vælg et kvarter: :00, :15, :30 eller :45' });
    else if (time < EARLIEST_START || time > LATEST_END) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `Mødet skal ligge mellem kl. ${danishClock(EARLIEST_START)} og ${danishClock(LATEST_END)}`,
      });
    }
  }
  if (wellFormed(value.start) && wellFormed(value.end) && value.end <= value.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'Mødet skal slutte efter, at det begynder' });
  }
}

// ── Round settings ─────────────────────────────────────────────────────────
export const HolidayWeekSetting = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    label: SingleLineText(ROUND_LIMITS.holidayLabel, tooLong('Navnet')).min(1, {
      error: 'Giv ferien et navn, fx efterårsferie',
    }),
  })
  .superRefine((w, ctx) => {
    if (w.to < w.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Sidste dag må ikke ligge før første dag' });
  });
export type HolidayWeekSetting = z.infer<typeof HolidayWeekSetting>;

export const RoundScheduleSettings = z.object({
  roundId: z.string(),
  holidayWeeks: z.array(z.object({ from: z.string(), to: z.string(), label: z.string() })),
  maxMeetingsPerConsultantPerDay: z.number().int(),
  /** 0 while the round uses the defaults (no saved settings); save with the version you read. */
  version: z.number().int(),
  isDefault: z.boolean(),
  allowed: z.object({ edit: z.boolean() }),
});
export type RoundScheduleSettings = z.infer<typeof RoundScheduleSettings>;

export const SaveRoundScheduleSettingsRequest = z.strictObject({
  version: BaseVersion,
  holidayWeeks: z.array(HolidayWeekSetting).max(40, { error: 'Højst 40 ferieperioder' }),
  maxMeetingsPerConsultantPerDay: z
    .number()
    .int()
    .min(1, { error: 'Vælg 1, 2 eller 3' })
    .max(3, { error: 'Vælg 1, 2 eller 3' }),
});

// ── A course's meetings with their broken rules ─────────────────────────────
export const ScheduleMeetingItem = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  group: z.string().nullable(),
  sequence: z.number().int(),
  date: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  status: z.enum(['planned', 'held', 'cancelled']),
  /** The iCalendar SEQUENCE: send it back when moving the meeting. */
  version: z.number().int(),
  /** The hard rules the meeting breaks where it lies now, as Danish sentences. */
  violations: z.array(ScheduleViolationMessage),
  allowed: z.object({ move: z.boolean() }),
});
export type ScheduleMeetingItem = z.infer<typeof ScheduleMeetingItem>;

export const CourseSchedule = z.object({
  course: z.object({
    id: z.string(),
    municipalityName: z.string(),
    roundId: z.string(),
    roundName: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    version: z.number().int(),
    consultant: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  meetings: z.array(ScheduleMeetingItem),
  /** The round's common theme day, once a course of the round has it. */
  themeDay: z.string().nullable(),
  /** Planned meetings without a date: what a proposal would place. */
  undatedCount: z.number().int(),
  allowed: z.object({ propose: z.boolean(), move: z.boolean() }),
});
export type CourseSchedule = z.infer<typeof CourseSchedule>;

// ── Proposals ──────────────────────────────────────────────────────────────
export const ProposedMeeting = z.object({
  id: z.string(),
  courseId: z.string(),
  municipalityName: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
});
export type ProposedMeeting = z.infer<typeof ProposedMeeting>;

/** A meeting the proposal leaves for people to date by hand, and why (a steering meeting whose third is over). */
export const LeftMeeting = z.object({
  id: z.string(),
  courseId: z.string(),
  title: z.string(),
  reason: ScheduleReasonMessage,
});
export type LeftMeeting = z.infer<typeof LeftMeeting>;

export const CourseScheduleProposal = z.discriminatedUnion('feasible', [
  z.object({
    feasible: z.literal(true),
    courseVersion: z.number().int(),
    meetings: z.array(ProposedMeeting),
    themeDay: z.string().nullable(),
    left: z.array(LeftMeeting),
  }),
  z.object({ feasible: z.literal(false), courseVersion: z.number().int(), reason: ScheduleReasonMessage }),
]);
export type CourseScheduleProposal = z.infer<typeof CourseScheduleProposal>;

export const RoundScheduleProposal = z.discriminatedUnion('feasible', [
  z.object({
    feasible: z.literal(true),
    meetings: z.array(ProposedMeeting),
    themeDay: z.string().nullable(),
    left: z.array(LeftMeeting),
  }),
  z.object({ feasible: z.literal(false), reason: ScheduleReasonMessage }),
]);
export type RoundScheduleProposal = z.infer<typeof RoundScheduleProposal>;

export const MeetingTime = z
  .strictObject({ id: Uuid, date: IsoDate, start: TimeOfDay, end: TimeOfDay })
  .superRefine((m, ctx) => checkTimes(ctx, m));
export type MeetingTime = z.infer<typeof MeetingTime>;

/** Exactly the proposal the user saw: each meeting with the date and time shown. */
export const ApplyCourseScheduleRequest = z.strictObject({
  courseVersion: Version,
  meetings: z.array(MeetingTime).min(1, { error: 'Forslaget har ingen møder' }).max(400),
});

export const ApplyRoundScheduleRequest = z.strictObject({
  meetings: z.array(MeetingTime).min(1, { error: 'Forslaget har ingen møder' }).max(4000),
});

export const ApplyRoundScheduleResponse = z.object({ applied: z.number().int(), courses: z.number().int() });

// ── Moving one meeting ─────────────────────────────────────────────────────
export const MoveMeetingRequest = z
  .strictObject({ version: Version, date: IsoDate.nullable(), start: TimeOfDay.nullable(), end: TimeOfDay.nullable() })
  .superRefine((m, ctx) => {
    const given = [m.date, m.start, m.end].filter((v) => v !== null).length;
    if (given > 0 && given < 3) {
      for (const field of ['date', 'start', 'end'] as const) {
        if (m[field] === null)
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'Angiv dato, start og slut – eller ingen af dem for at tage mødet af kalenderen',
          });
      }
    }
    checkTimes(ctx, m);
  });
export type MoveMeetingRequest = z.infer<typeof MoveMeetingRequest>;

export const MoveMeetingResponse = z.object({
  id: z.string(),
  courseId: z.string(),
  date: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  status: z.enum(['planned', 'held', 'cancelled']),
  version: z.number().int(),
  /** The rules the meeting breaks where it lies now: the move is saved anyway, and these are shown. */
  violations: z.array(ScheduleViolationMessage),
});
export type MoveMeetingResponse = z.infer<typeof MoveMeetingResponse>;

export const MeetingIdParams = z.strictObject({ id: Uuid });

// ── The one calendar across courses ────────────────────────────────────────
export const CalendarQuery = z
  .strictObject({ from: IsoDate.optional(), to: IsoDate.optional(), consultantId: Uuid.optional() })
  .superRefine((q, ctx) => {
    if ((q.from === undefined) !== (q.to === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [q.from === undefined ? 'from' : 'to'],
        message: 'Angiv både from og to – eller ingen af dem for denne måned',
      });
      return;
    }
    // Zod runs this also when a date is malformed; that date has its own message.
    if (
      q.from === undefined ||
      q.to === undefined ||
      !IsoDate.safeParse(q.from).success ||
      !IsoDate.safeParse(q.to).success
    )
      return;
    if (q.to < q.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Slutdatoen må ikke ligge før startdatoen' });
    else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1 > MAX_CALENDAR_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `Kalenderen viser højst ${MAX_CALENDAR_DAYS} dage ad gangen`,
      });
    }
  });
export type CalendarQuery = z.infer<typeof CalendarQuery>;

export const CalendarItem = z.object({
  meetingId: z.string(),
  courseId: z.string(),
  municipalityName: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  date: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  status: z.enum(['planned', 'held', 'cancelled']),
  violations: z.array(ScheduleViolationMessage),
});
export type CalendarItem = z.infer<typeof CalendarItem>;

export const CalendarResponse = z.object({ from: z.string(), to: z.string(), items: z.array(CalendarItem) });
export type CalendarResponse = z.infer<typeof CalendarResponse>;
