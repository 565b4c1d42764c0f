import { z } from 'zod';
import { HolidayWeekSetting } from '../../../shared/contracts/course-schedule.js';
import type { Tx } from '../../db/client.js';
import { defaultHolidayWeeks } from './default-holidays.js';
import * as repo from './repository.js';

export const DEFAULT_MAX_PER_DAY = 2;

export interface SituationRound {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  holidayWeeks: HolidayWeekSetting[];
  maxPerDay: number;
  /** No saved settings: the defaults for the period. */
  isDefault: boolean;
}

export type SituationCourse = repo.CourseInfoRow;
export type SituationMeeting = repo.MeetingInfoRow;

/**
 * Everything the scheduling rules of some rounds depend on: the rounds with
 * their settings, their courses with all their meetings, the other courses of
 * the same consultants whose periods overlap the rounds' (their meetings take
 * the consultants' time) with only the meetings dated inside the rounds'
 * periods, and the consultants' absences in them. Five queries, whatever the
 * number of rounds, courses or meetings, and nothing of a consultant's history.
 */
export interface Situation {
  rounds: Map<string, SituationRound>;
  courses: Map<string, SituationCourse>;
  meetings: SituationMeeting[];
  /** Per consultant (user id): absent date ranges. */
  absences: Map<string, { from: string; to: string }[]>;
}

const StoredHolidayWeeks = z.array(HolidayWeekSetting);

/** The round's settings as stored, or the defaults for its period (also when a stored value does not parse). */
export function settingsOf(round: {
  periodStart: string;
  periodEnd: string;
  holidayWeeks: unknown;
  maxPerDay: number | null;
}): Pick<SituationRound, 'holidayWeeks' | 'maxPerDay' | 'isDefault'> {
  const stored = round.maxPerDay === null ? null : StoredHolidayWeeks.safeParse(round.holidayWeeks);
  if (stored?.success && round.maxPerDay !== null)
    return { holidayWeeks: stored.data, maxPerDay: round.maxPerDay, isDefault: false };
  return {
    holidayWeeks: defaultHolidayWeeks(round.periodStart, round.periodEnd),
    maxPerDay: DEFAULT_MAX_PER_DAY,
    isDefault: true,
  };
}

export async function loadSituation(tx: Tx, roundIds: string[]): Promise<Situation> {
  const ids = [...new Set(roundIds)];
  const situation: Situation = { rounds: new Map(), courses: new Map(), meetings: [], absences: new Map() };
  if (ids.length === 0) return situation;
  for (const r of await repo.roundsWithSettings(tx, ids)) {
    situation.rounds.set(r.id, {
      id: r.id,
      name: r.name,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      ...settingsOf(r),
    });
  }
  const periods = [...situation.rounds.values()];
  const from = periods.reduce((min, r) => (r.periodStart < min ? r.periodStart : min), '9999-12-31');
  const to = periods.reduce((max, r) => (r.periodEnd > max ? r.periodEnd : max), '0000-01-01');
  const ofRounds = await repo.coursesOfRounds(tx, ids);
  const consultants = [...new Set(ofRounds.flatMap((c) => (c.consultantId ? [c.consultantId] : [])))];
  // Only the consultants' courses that overlap the period, and of those only the meetings dated in it (issue 9, point 15).
  const others = await repo.otherCoursesOfConsultants(tx, consultants, ids, from, to);
  for (const c of [...ofRounds, ...others]) situation.courses.set(c.id, c);
  situation.meetings = await repo.meetingsOfCourses(
    tx,
    ofRounds.map((c) => c.id),
    { courseIds: others.map((c) => c.id), from, to },
  );
  for (const a of await repo.absencesOf(tx, consultants, from, to)) {
    const list = situation.absences.get(a.userId) ?? [];
    list.push({ from: a.from, to: a.to });
    situation.absences.set(a.userId, list);
  }
  return situation;
}
