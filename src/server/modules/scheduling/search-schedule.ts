import { slotsFor, type Board } from './board.js';
import type { Day } from './calendar.js';
import type { MeetingVar, ScheduleModel } from './schedule-model.js';

/**
 * Three ways to place one consultant's meetings for a fixed theme day (with the
 * theme day fixed, consultants share nothing, so each is planned on its own):
 *
 * 1. `spreadGreedy` – soft goals: each meeting at the free position nearest its
 *    target day (kick-off at the start, steering near start/middle/end, series
 *    spread evenly), in the order kick-offs, steering, working groups, the rest.
 * 2. `plainGreedy` – THE simple greedy placement the issue refers to: courses in
 *    input order; within a course the kick-off first, then the meetings in input
 *    order; each at the earliest (day, slot) that keeps every hard rule.
 * 3. `searchPlan` – depth-first backtracking over the same positions as 2, with
 *    the most constrained meetings first and a node budget.
 *
 * All three get only the meetings to place (fixed ones are on the board
 * already), only ever place a meeting where `Board.canPlace` allows it, and
 * iterate in fixed orders, so the result is deterministic.
 */

export type Placement = 'spread' | 'greedy' | 'search';

const KIND_RANK = {
  kickoff: 0,
  steering: 1,
  working_group: 2,
  conference: 3,
  sparring: 4,
  leader_sparring: 4,
  extra: 4,
} as const;

function byConstraint(a: MeetingVar, b: MeetingVar): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.target - b.target || a.index - b.index;
}

/** Index of the first day ≥ target in an ascending list. */
function lowerBound(days: Day[], target: Day): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function placeNearest(board: Board, m: MeetingVar): boolean {
  const days = m.domain;
  let hi = lowerBound(days, m.target);
  let lo = hi - 1;
  while (lo >= 0 || hi < days.length) {
    const takeLow = hi >= days.length || (lo >= 0 && m.target - days[lo]! <= days[hi]! - m.target);
    const day = takeLow ? days[lo--]! : days[hi++]!;
    for (const slot of slotsFor(m)) {
      if (board.canPlace(m, day, slot)) {
        board.place(m, day, slot);
        return true;
      }
    }
  }
  return false;
}

function placeEarliest(board: Board, m: MeetingVar): boolean {
  for (const day of m.domain) {
    for (const slot of slotsFor(m)) {
      if (board.canPlace(m, day, slot)) {
        board.place(m, day, slot);
        return true;
      }
    }
  }
  return false;
}

export function spreadGreedy(board: Board, meetings: MeetingVar[]): boolean {
  return [...meetings].sort(byConstraint).every((m) => placeNearest(board, m));
}

/** Kick-off first, then input order, within each course; courses in input order. */
export function greedyOrder(model: ScheduleModel, meetings: MeetingVar[]): MeetingVar[] {
  return [...meetings].sort(
    (a, b) =>
      a.course - b.course ||
      Number(b.index === model.kickoffOf[b.course]) - Number(a.index === model.kickoffOf[a.course]) ||
      a.index - b.index,
  );
}

export function plainGreedy(model: ScheduleModel, board: Board, meetings: MeetingVar[]): boolean {
  return greedyOrder(model, meetings).every((m) => placeEarliest(board, m));
}

export interface SearchBudget {
  nodes: number;
}

/** Backtracking; false when no plan exists or the budget ran out (board left empty for these meetings). */
export function searchPlan(board: Board, meetings: MeetingVar[], budget: SearchBudget): boolean {
  const groupSize = new Map<string, number>();
  for (const m of meetings) if (m.groupKey !== null) groupSize.set(m.groupKey, (groupSize.get(m.groupKey) ?? 0) + 1);
  const order = [...meetings].sort(
    (a, b) =>
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      (b.groupKey === null ? 0 : groupSize.get(b.groupKey)!) - (a.groupKey === null ? 0 : groupSize.get(a.groupKey)!) ||
      a.domain.length - b.domain.length ||
      a.index - b.index,
  );
  // Meetings of one series (same course, kind, group and third) are interchangeable:
  // keep them in input order by position, so the search never tries their permutations.
  const previous = new Map<number, number>();
  const lastOfSeries = new Map<string, number>();
  for (const m of order) {
    const key = `${m.course}|${m.kind}|${m.groupKey ?? ''}|${m.third ?? ''}`;
    const before = lastOfSeries.get(key);
    if (before !== undefined) previous.set(m.index, before);
    lastOfSeries.set(key, m.index);
  }
  const walk = (depth: number): boolean => {
    if (depth === order.length) return true;
    const m = order[depth]!;
    const before = previous.get(m.index);
    const after = before === undefined ? -1 : board.position[before]!;
    for (const day of m.domain) {
      if (day * 4 + 3 <= after) continue;
      for (const slot of slotsFor(m)) {
        if (budget.nodes <= 0) return false;
        if (day * 4 + slot <= after) continue;
        if (!board.canPlace(m, day, slot)) continue;
        budget.nodes -= 1;
        board.place(m, day, slot);
        if (walk(depth + 1)) return true;
        board.unplace(m);
      }
    }
    return false;
  };
  return walk(0);
}

/** Removes every placed meeting of the list (to retry from a clean board). */
export function clear(board: Board, meetings: MeetingVar[]): void {
  for (const m of meetings) if (board.position[m.index] !== -1) board.unplace(m);
}
