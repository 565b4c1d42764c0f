import { minutesOf, type Day } from './calendar.js';
import {
  GROUP_SPACING_DAYS,
  MINUTES_PER_DAY,
  SLOTS,
  WHOLE_DAY,
  type MeetingVar,
  type ScheduleModel,
} from './schedule-model.js';

const FULL_DAY_MASK = 0b111;
const FREE = -1;
/** A day on which the consultant already meets more than one course (fixed meetings): no further course fits. */
const SEVERAL = -2;
/** The slot number a fixed meeting's position carries (it keeps its own times). */
const FIXED_SLOT = 3;
const SLOT_MINUTES = SLOTS.map((s) => minutesOf(s.start));
const WHOLE_DAY_MINUTE = minutesOf(WHOLE_DAY.start);

/**
 * A partial plan and the hard rules that involve more than one meeting:
 * one course per consultant and day, the daily cap, no overlapping times,
 * the kick-off strictly first, 21 days between a group's meetings, and
 * nothing on the theme day. (Day rules – weekday, holidays, holiday weeks,
 * unavailable dates, steering thirds – are in each meeting's domain.)
 * Fixed meetings are on the board from the start and never leave it.
 */
export class Board {
  /** Per meeting: day * 4 + slot (slot 3 for a fixed meeting), or -1 while unplaced. */
  readonly position: Int32Array;
  /** Per meeting: day * 1440 + its start in minutes, for the kick-off's order; -1 while unplaced. */
  private readonly startAt: Int32Array;
  private readonly dayCourse: Int16Array[];
  private readonly dayCount: Uint8Array[];
  private readonly dayMask: Uint8Array[];
  private readonly courseMeetings: number[][];
  private readonly groupMeetings = new Map<string, number[]>();

  constructor(
    private readonly model: ScheduleModel,
    readonly themeDay: Day | null,
  ) {
    const days = model.end - model.start + 1;
    this.position = new Int32Array(model.meetings.length).fill(FREE);
    this.startAt = new Int32Array(model.meetings.length).fill(FREE);
    this.dayCourse = model.consultantIds.map(() => new Int16Array(days).fill(FREE));
    this.dayCount = model.consultantIds.map(() => new Uint8Array(days));
    this.dayMask = model.consultantIds.map(() => new Uint8Array(days));
    this.courseMeetings = model.courseIds.map(() => []);
    for (const m of model.meetings) {
      this.courseMeetings[m.course]!.push(m.index);
      if (m.groupKey !== null) {
        const list = this.groupMeetings.get(m.groupKey) ?? [];
        list.push(m.index);
        this.groupMeetings.set(m.groupKey, list);
      }
    }
    for (const m of model.meetings) if (m.fixed) this.placeFixed(m);
  }

  canPlace(m: MeetingVar, day: Day, slot: number): boolean {
    if (day === this.themeDay) return false;
    const i = day - this.model.start;
    const c = m.consultant;
    const course = this.dayCourse[c]![i]!;
    if (course !== FREE && course !== m.course) return false;
    if (this.dayCount[c]![i]! >= this.model.maxPerDay) return false;
    const mask = this.dayMask[c]![i]!;
    if (m.wholeDay ? mask !== 0 : (mask & (1 << slot)) !== 0) return false;
    const at = day * MINUTES_PER_DAY + (m.wholeDay ? WHOLE_DAY_MINUTE : SLOT_MINUTES[slot]!);
    const kickoff = this.model.kickoffOf[m.course]!;
    if (m.index === kickoff) {
      for (const other of this.courseMeetings[m.course]!) {
        const s = this.startAt[other]!;
        if (other !== m.index && s !== FREE && s <= at) return false;
      }
    } else if (kickoff >= 0) {
      const k = this.startAt[kickoff]!;
      if (k !== FREE && at <= k) return false;
    }
    if (m.groupKey !== null) {
      for (const other of this.groupMeetings.get(m.groupKey)!) {
        const p = this.position[other]!;
        if (other !== m.index && p !== FREE && Math.abs((p >> 2) - day) < GROUP_SPACING_DAYS) return false;
      }
    }
    return true;
  }

  place(m: MeetingVar, day: Day, slot: number): void {
    const i = day - this.model.start;
    const c = m.consultant;
    this.position[m.index] = day * 4 + slot;
    this.startAt[m.index] = day * MINUTES_PER_DAY + (m.wholeDay ? WHOLE_DAY_MINUTE : SLOT_MINUTES[slot]!);
    this.dayCourse[c]![i] = m.course;
    this.dayCount[c]![i]! += 1;
    this.dayMask[c]![i]! |= m.wholeDay ? FULL_DAY_MASK : 1 << slot;
  }

  unplace(m: MeetingVar): void {
    const p = this.position[m.index]!;
    const i = (p >> 2) - this.model.start;
    const c = m.consultant;
    this.position[m.index] = FREE;
    this.startAt[m.index] = FREE;
    this.dayCount[c]![i]! -= 1;
    this.dayMask[c]![i]! &= ~(m.wholeDay ? FULL_DAY_MASK : 1 << (p & 3));
    if (this.dayCount[c]![i] === 0) this.dayCourse[c]![i] = FREE;
  }

  /** A fixed meeting counts for every rule; whatever rules it breaks itself are the checker's to report. */
  private placeFixed(m: MeetingVar): void {
    const fixed = m.fixed!;
    const i = fixed.day - this.model.start;
    const c = m.consultant;
    this.position[m.index] = fixed.day * 4 + FIXED_SLOT;
    this.startAt[m.index] = fixed.day * MINUTES_PER_DAY + fixed.startMinute;
    if (i < 0 || i >= this.dayCount[c]!.length) return;
    const course = this.dayCourse[c]![i]!;
    this.dayCourse[c]![i] = course === FREE || course === m.course ? m.course : SEVERAL;
    this.dayCount[c]![i] = Math.min(255, this.dayCount[c]![i]! + 1);
    this.dayMask[c]![i]! |= fixed.slotMask;
  }
}

/** The slots a meeting may take on a day: a conference only the first (it fills the day). */
export function slotsFor(m: MeetingVar): readonly number[] {
  return m.wholeDay ? [0] : [0, 1, 2];
}
