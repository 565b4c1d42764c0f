import type { MeetingKind, ScheduleInput } from '../../../shared/contracts/schedule.js';
import { minutesOf, toDay, workingDays, type Day } from './calendar.js';

/** The three time slots of a working day; a meeting takes one, a conference the whole day. */
export const SLOTS = [
  { start: '09:00', end: '11:00' },
  { start: '12:00', end: '14:00' },
  { start: '14:00', end: '16:00' },
] as const;
export const WHOLE_DAY = { start: '09:00', end: '15:00' } as const;
/** Working-group meetings of the same group are at least this many days apart. */
export const GROUP_SPACING_DAYS = 21;
export const MINUTES_PER_DAY = 1440;

/** A meeting kept where it is: its day, its times, and the slots its times overlap. */
export interface FixedPlace {
  day: Day;
  start: string;
  end: string;
  startMinute: number;
  /** Bit i set when the meeting overlaps SLOTS[i] (a conference placed beside it needs 0). */
  slotMask: number;
}

export interface MeetingVar {
  index: number;
  course: number;
  courseId: string;
  id: string;
  kind: MeetingKind;
  consultant: number;
  /** Working groups: `course␀group` (groups are per course); otherwise null. */
  groupKey: string | null;
  /** Steering meetings: the third of the period (0, 1, 2) they must fall in. */
  third: number | null;
  wholeDay: boolean;
  /** Already placed: never moved, counted for every rule. Null for a meeting to place. */
  fixed: FixedPlace | null;
  /** Soft goal: the day the meeting would ideally be held. */
  target: Day;
  /** Days it may be held on: the consultant's free working days (in its third for steering). */
  domain: Day[];
}

export interface ScheduleModel {
  start: Day;
  end: Day;
  /** The first day a meeting may be proposed on (the period's start unless the input says later). */
  notBefore: Day;
  maxPerDay: number;
  themeDay: boolean;
  courseIds: string[];
  consultantIds: string[];
  /** Working days of the round: Mon–Fri, no Danish holiday, no holiday week. */
  roundDays: Day[];
  /** Per consultant: roundDays minus the consultant's unavailable dates. */
  consultantDays: Day[][];
  meetings: MeetingVar[];
  /** Per course: the meeting index of its kick-off, or -1. */
  kickoffOf: number[];
  /** The theme day given in the input (kept even if it breaks a rule), or null. */
  fixedThemeDay: Day | null;
  /** Valid theme days (free for every consultant, no fixed meeting), nearest the middle of the period first; or the fixed one. */
  themeCandidates: Day[];
}

/** Which third of the period a day falls in (calendar days, 0-based). */
export function thirdOf(model: Pick<ScheduleModel, 'start' | 'end'>, day: Day): number {
  return Math.min(2, Math.floor((3 * (day - model.start)) / (model.end - model.start + 1)));
}

/** 3 steering meetings: one per third; 2: first and last third; 1: the middle third. */
export const STEERING_THIRDS: Record<number, number[]> = { 1: [1], 2: [0, 2], 3: [0, 1, 2] };
const STEERING_TARGET = [1 / 12, 1 / 2, 11 / 12];

/** The slots a fixed meeting's times overlap. */
function slotMaskOf(start: string, end: string): number {
  let mask = 0;
  SLOTS.forEach((slot, i) => {
    if (start < slot.end && slot.start < end) mask |= 1 << i;
  });
  return mask;
}

/** The movable meetings (the fixed ones are only there to be respected). */
export const movable = (meetings: MeetingVar[]) => meetings.filter((m) => m.fixed === null);

export function buildModel(input: ScheduleInput): ScheduleModel {
  const start = toDay(input.period.start);
  const end = toDay(input.period.end);
  const span = end - start + 1;
  const closed = input.holidayWeeks.map((w) => ({ from: toDay(w.from), to: toDay(w.to) }));
  const notBefore = Math.max(start, input.notBefore !== undefined ? toDay(input.notBefore) : start);
  // Only days a meeting may be proposed on; fixed meetings before notBefore are kept where they are.
  const roundDays = workingDays(notBefore, end, closed);
  const consultantIds = input.consultants.map((c) => c.id);
  const consultantDays = input.consultants.map((c) => {
    const off = new Set(c.unavailable.map(toDay));
    return roundDays.filter((d) => !off.has(d));
  });
  const model: ScheduleModel = {
    start,
    end,
    notBefore,
    maxPerDay: input.maxMeetingsPerConsultantPerDay,
    themeDay: input.themeDay,
    courseIds: input.courses.map((c) => c.id),
    consultantIds,
    roundDays,
    consultantDays,
    meetings: [],
    kickoffOf: [],
    fixedThemeDay: input.themeDay && input.themeDayDate !== undefined ? toDay(input.themeDayDate) : null,
    themeCandidates: [],
  };
  const at = (fraction: number) => start + Math.floor(fraction * (span - 1));
  input.courses.forEach((course, ci) => {
    const consultant = consultantIds.indexOf(course.consultant);
    // A course of another round only occupies time: its meetings follow none of this round's course rules.
    const kindOf = (kind: MeetingKind): MeetingKind => (course.external ? 'extra' : kind);
    const steering = course.meetings.filter((m) => kindOf(m.kind) === 'steering');
    const thirds = STEERING_THIRDS[steering.length] ?? [];
    const series = new Map<string, number>();
    const seriesKey = (kind: MeetingKind, group: string | undefined) =>
      kind === 'working_group' ? `wg:${group ?? ''}` : kind;
    for (const m of course.meetings) {
      const key = seriesKey(kindOf(m.kind), m.group);
      series.set(key, (series.get(key) ?? 0) + 1);
    }
    const seen = new Map<string, number>();
    const kickoff = course.meetings.findIndex((m) => kindOf(m.kind) === 'kickoff');
    model.kickoffOf.push(kickoff >= 0 ? kickoff + model.meetings.length : -1);
    for (const m of course.meetings) {
      const kind = kindOf(m.kind);
      const key = seriesKey(kind, m.group);
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const third = kind === 'steering' ? (m.third ?? thirds[nth]!) : null;
      const target =
        kind === 'kickoff' ? start : third !== null ? at(STEERING_TARGET[third]!) : at((nth + 0.5) / series.get(key)!);
      const days = consultantDays[consultant] ?? [];
      const fixed: FixedPlace | null = m.fixed
        ? {
            day: toDay(m.fixed.date),
            start: m.fixed.start,
            end: m.fixed.end,
            startMinute: minutesOf(m.fixed.start),
            slotMask: slotMaskOf(m.fixed.start, m.fixed.end),
          }
        : null;
      model.meetings.push({
        index: model.meetings.length,
        course: ci,
        courseId: course.id,
        id: m.id,
        kind,
        consultant,
        groupKey: kind === 'working_group' ? `${course.id}\u0000${m.group ?? ''}` : null,
        third,
        wholeDay: kind === 'conference',
        fixed,
        target,
        domain: fixed ? [] : third === null ? days : days.filter((d) => thirdOf(model, d) === third),
      });
    }
  });
  if (model.fixedThemeDay !== null) {
    model.themeCandidates = [model.fixedThemeDay];
  } else if (input.themeDay) {
    // Nothing of the round may be held on the theme day, so a day with a fixed meeting cannot be it.
    const busy = new Set(model.meetings.flatMap((m) => (m.fixed ? [m.fixed.day] : [])));
    const middle = start + (span - 1) / 2;
    const allFree = consultantDays.map((days) => new Set(days));
    model.themeCandidates = roundDays
      .filter((d) => !busy.has(d) && allFree.every((free) => free.has(d)))
      .sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
  }
  return model;
}
