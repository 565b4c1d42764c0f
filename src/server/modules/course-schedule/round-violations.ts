import type { ScheduleViolationMessage } from '../../../shared/contracts/schedule.js';
import { checkSchedule } from '../scheduling/index.js';
import { buildRoundInput } from './round-input.js';
import type { Situation } from './situation.js';

/**
 * The broken rules of every dated meeting of these rounds (and of the other
 * rounds' meetings of their consultants, where they clash), by meeting id:
 * the pure checker on each round's input with every dated meeting as it lies.
 * Theme-day meetings get what the round's theme day itself breaks, or that
 * they are not on it. `ownMunicipality` names other municipalities neutrally.
 */
export function roundViolations(
  situation: Situation,
  roundIds: string[],
  ownMunicipality: string | null,
): Map<string, ScheduleViolationMessage[]> {
  const found = new Map<string, ScheduleViolationMessage[]>();
  const add = (meetingId: string, message: ScheduleViolationMessage) => {
    const list = found.get(meetingId) ?? [];
    const key = JSON.stringify(message);
    if (!list.some((m) => JSON.stringify(m) === key)) list.push(message);
    found.set(meetingId, list);
  };
  for (const roundId of new Set(roundIds)) {
    if (!situation.rounds.has(roundId)) continue;
    const { input, meetingIds, themeDay, themeMeetings } = buildRoundInput(situation, roundId, { ownMunicipality });
    const placed = input.courses.flatMap((c) =>
      c.meetings.flatMap((m) => (m.fixed ? [{ course: c.id, id: m.id, ...m.fixed }] : [])),
    );
    const check = checkSchedule(input, { meetings: placed, ...(themeDay ? { themeDay } : {}) });
    for (const v of check.meetings) {
      const id = meetingIds.get(`${v.course}\u0000${v.meeting}`);
      if (id) add(id, v.message);
    }
    const themeProblems = check.themeDay.map((v): ScheduleViolationMessage =>
      // Municipal roles are not told which consultant is away.
      ownMunicipality && v.rule === 'unavailable'
        ? { code: 'theme_day_unavailable', params: { consultants: [] } }
        : v.message,
    );
    for (const m of themeMeetings) {
      if (m.date === null) continue;
      if (m.date === themeDay) themeProblems.forEach((message) => add(m.id, message));
      else if (themeDay !== null) add(m.id, { code: 'not_on_theme_day', params: { date: themeDay } });
    }
  }
  return found;
}
