import { minutesOf, toIso, type Day } from './calendar.js';
import { GROUP_SPACING_DAYS, MINUTES_PER_DAY, movable, SLOTS, thirdOf, type ScheduleModel } from './schedule-model.js';

const THIRD_NAMES = ['første', 'midterste', 'sidste'];

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

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** A movable kick-off must start before its course's first fixed meeting: is there a free day early enough? */
function kickoffBlocked(model: ScheduleModel): string | null {
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
      return (
        `Forløbet ${kickoff.courseId}: opstartsmødet ${kickoff.id} skal være forløbets første møde, men konsulent ` +
        `${model.consultantIds[kickoff.consultant]} har ingen ledig arbejdsdag før det faste møde ${first.id} (${toIso(first.fixed!.day)} kl. ${first.fixed!.start}).`
      );
    }
  }
  return null;
}

/**
 * The first necessary condition that the round breaks, as a Danish sentence
 * naming the course, consultant, group or third that blocks it; null when
 * every such condition holds (then the search itself is named by the caller).
 * Only the meetings to place are counted: fixed ones can only make it harder.
 */
export function explainInfeasible(model: ScheduleModel): string | null {
  const period = `${toIso(model.start)}–${toIso(model.end)}`;
  const toPlace = movable(model.meetings);
  if (model.notBefore > model.end && (toPlace.length > 0 || (model.themeDay && model.fixedThemeDay === null))) {
    return `Perioden ${period} er forbi, så der kan ikke foreslås datoer. Læg møderne selv med Flyt, hvis de skal have en dato.`;
  }
  if (model.roundDays.length === 0 && (toPlace.length > 0 || (model.themeDay && model.fixedThemeDay === null))) {
    return `Perioden ${period} har ingen arbejdsdage uden for helligdage og ferieuger.`;
  }
  if (model.themeDay && model.themeCandidates.length === 0) {
    return `Ingen fælles temadag: der er ingen arbejdsdag i perioden ${period}, hvor alle konsulenter (${list(model.consultantIds)}) er ledige og intet møde er lagt.`;
  }
  const kickoff = kickoffBlocked(model);
  if (kickoff !== null) return kickoff;
  for (const [k, consultant] of model.consultantIds.entries()) {
    const days = model.consultantDays[k]!;
    const mine = toPlace.filter((m) => m.consultant === k);
    // The theme day takes one of the consultant's days (a fixed one only if it is one of them).
    const themeCost = model.themeDay && (model.fixedThemeDay === null || days.includes(model.fixedThemeDay)) ? 1 : 0;
    if (mine.length > 0 && days.length <= themeCost) {
      return `Konsulent ${consultant} har ingen ledige arbejdsdage i perioden ${period}.`;
    }
    for (const m of mine) {
      if (m.third !== null && m.domain.length === 0) {
        if (thirdOf(model, model.notBefore) > m.third) {
          let lastDay = model.notBefore - 1;
          while (thirdOf(model, lastDay) > m.third) lastDay -= 1;
          return (
            `Forløbet ${m.courseId}: styregruppemødet ${m.id} skal ligge i periodens ${THIRD_NAMES[m.third]} tredjedel, ` +
            `som sluttede ${toIso(lastDay)}. Læg det selv med Flyt.`
          );
        }
        const inThird = model.roundDays.filter((d) => thirdOf(model, d) === m.third);
        const range = inThird.length ? ` (${toIso(inThird[0]!)}–${toIso(inThird[inThird.length - 1]!)})` : '';
        return (
          `Forløbet ${m.courseId}: konsulent ${consultant} har ingen ledig arbejdsdag ` +
          `i periodens ${THIRD_NAMES[m.third]} tredjedel${range} til styregruppemødet ${m.id}.`
        );
      }
    }
    for (const third of [0, 1, 2]) {
      // A course holds at most one steering meeting per third, and a consultant one course a day.
      const steering = mine.filter((m) => m.third === third);
      const free = days.filter((d) => thirdOf(model, d) === third).length;
      if (steering.length > free) {
        const names = list(steering.map((m) => `${m.courseId}/${m.id}`));
        const freeDays = free === 1 ? '1 ledig arbejdsdag' : `${free} ledige arbejdsdage`;
        return (
          `Konsulent ${consultant} har kun ${freeDays} i periodens ${THIRD_NAMES[third]} tredjedel, ` +
          `men styregruppemøderne ${names} skal alle ligge der på hver sin dag.`
        );
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
        const group = g.name ? ` i gruppen ${g.name}` : '';
        return (
          `Forløbet ${g.course}: ikke nok arbejdsdage til ${g.count} arbejdsgruppemøder${group} med ${GROUP_SPACING_DAYS} dages mellemrum ` +
          `i perioden ${period} – der er plads til højst ${fits}.`
        );
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
      const names = `${courses.length === 1 ? 'forløbet' : 'forløbene'} ${list(courses.map((c) => model.courseIds[c]!))}`;
      return (
        `Konsulent ${consultant} har for få ledige dage: ${names} kræver mindst ${needed} mødedage ` +
        `(højst ${perDay} møder om dagen og ét forløb om dagen), men der er kun ${free} ledige arbejdsdage${themeCost ? ' ud over temadagen' : ''}.`
      );
    }
  }
  return null;
}
