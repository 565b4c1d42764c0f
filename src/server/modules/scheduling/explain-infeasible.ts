import type { ScheduleReasonMessage } from '../../../shared/contracts/schedule.js';
import { minutesOf, toIso, type Day } from './calendar.js';
import { GROUP_SPACING_DAYS, MINUTES_PER_DAY, movable, SLOTS, thirdOf, type ScheduleModel } from './schedule-model.js';

/** Most meetings that fit on these days with at least `gap` days between them (earliest-first is optimal). */
export function maxSpaced(days: Day[], gap: number): number {
  let count = 0;
  let last = -Infinity;
  for (const d of days) {
    if (d - last >= gap) {
      count += 1;
      last = d;
    }
  }
  return count;
}

/** A movable kick-off must start before its course's first fixed meeting: is there a free day early enough? */
function kickoffBlocked(model: ScheduleModel): ScheduleReasonMessage | null {
  const earliestSlot = minutesOf(SLOTS[0].start);
  for (const [course, index] of model.kickoffOf.entries()) {
    const kickoff = model.meetings[index];
    if (!kickoff || kickoff.fixed) continue;
    const fixed = model.meetings.filter((m) => m.course === course && m.fixed);
    if (fixed.length === 0) continue;
    const first = fixed.reduce((a, b) =>
      a.fixed!.day * MINUTES_PER_DAY + a.fixed!.startMinute <= b.fixed!.day * MINUTES_PER_DAY + b.fixed!.startMinute
        ? a
        : b,
    );
    const limit = first.fixed!.day * MINUTES_PER_DAY + first.fixed!.startMinute;
    if (!kickoff.domain.some((d) => d * MINUTES_PER_DAY + earliestSlot < limit)) {
      return {
        code: 'kickoff_blocked',
        params: {
          course: kickoff.courseId,
          meeting: kickoff.id,
          consultant: model.consultantIds[kickoff.consultant]!,
          fixedMeeting: first.id,
          date: toIso(first.fixed!.day),
          start: first.fixed!.start,
        },
      };
    }
  }
  return null;
}

/**
 * The first necessary condition that the round breaks, as a message code with
 * the course, consultant, group or third that blocks it; null when
 * every such condition holds (then the search itself is named by the caller).
 * Only the meetings to place are counted: fixed ones can only make it harder.
 */
export function explainInfeasible(model: ScheduleModel): ScheduleReasonMessage | null {
  const period = { from: toIso(model.start), to: toIso(model.end) };
  const toPlace = movable(model.meetings);
  if (model.notBefore > model.end && (toPlace.length > 0 || (model.themeDay && model.fixedThemeDay === null))) {
    return { code: 'period_over', params: period };
  }
  if (model.roundDays.length === 0 && (toPlace.length > 0 || (model.themeDay && model.fixedThemeDay === null))) {
    return { code: 'no_working_days', params: period };
  }
  if (model.themeDay && model.themeCandidates.length === 0) {
    return { code: 'no_theme_day', params: { ...period, consultants: [...model.consultantIds] } };
  }
  const kickoff = kickoffBlocked(model);
  if (kickoff !== null) return kickoff;
  for (const [k, consultant] of model.consultantIds.entries()) {
    const days = model.consultantDays[k]!;
    const mine = toPlace.filter((m) => m.consultant === k);
    // The theme day takes one of the consultant's days (a fixed one only if it is one of them).
    const themeCost = model.themeDay && (model.fixedThemeDay === null || days.includes(model.fixedThemeDay)) ? 1 : 0;
    if (mine.length > 0 && days.length <= themeCost) {
      return { code: 'consultant_no_days', params: { consultant, ...period } };
    }
    for (const m of mine) {
      if (m.third !== null && m.domain.length === 0) {
        if (thirdOf(model, model.notBefore) > m.third) {
          let lastDay = model.notBefore - 1;
          while (thirdOf(model, lastDay) > m.third) lastDay -= 1;
          return {
            code: 'steering_third_over',
            params: { course: m.courseId, meeting: m.id, third: m.third, ended: toIso(lastDay) },
          };
        }
        const inThird = model.roundDays.filter((d) => thirdOf(model, d) === m.third);
        return {
          code: 'steering_third_no_day',
          params: {
            course: m.courseId,
            meeting: m.id,
            consultant,
            third: m.third,
            from: inThird.length ? toIso(inThird[0]!) : null,
            to: inThird.length ? toIso(inThird[inThird.length - 1]!) : null,
          },
        };
      }
    }
    for (const third of [0, 1, 2]) {
      // A course holds at most one steering meeting per third, and a consultant one course a day.
      const steering = mine.filter((m) => m.third === third);
      const free = days.filter((d) => thirdOf(model, d) === third).length;
      if (steering.length > free) {
        return {
          code: 'steering_third_too_few_days',
          params: { consultant, third, free, meetings: steering.map((m) => `${m.courseId}/${m.id}`) },
        };
      }
    }
    const groups = new Map<string, { course: string; name: string; count: number }>();
    for (const m of mine) {
      if (m.groupKey === null) continue;
      const g = groups.get(m.groupKey) ?? { course: m.courseId, name: m.groupKey.split('\u0000')[1]!, count: 0 };
      g.count += 1;
      groups.set(m.groupKey, g);
    }
    for (const g of groups.values()) {
      const fits = maxSpaced(days, GROUP_SPACING_DAYS);
      if (g.count > fits) {
        return {
          code: 'group_spacing_too_few_days',
          params: {
            course: g.course,
            meetings: g.count,
            group: g.name || null,
            days: GROUP_SPACING_DAYS,
            ...period,
            fits,
          },
        };
      }
    }
    const perDay = Math.min(model.maxPerDay, 3);
    const courses = [...new Set(mine.map((m) => m.course))];
    const needed = courses.reduce((sum, c) => {
      const ofCourse = mine.filter((m) => m.course === c);
      const wholeDays = ofCourse.filter((m) => m.wholeDay).length;
      return sum + wholeDays + Math.ceil((ofCourse.length - wholeDays) / perDay);
    }, 0);
    const free = days.length - themeCost;
    if (needed > free) {
      return {
        code: 'consultant_too_few_days',
        params: {
          consultant,
          courses: courses.map((c) => model.courseIds[c]!),
          needed,
          perDay,
          free,
          besidesThemeDay: themeCost > 0,
        },
      };
    }
  }
  return null;
}
