import type {
  ScheduleInput,
  ScheduleProposal,
  ScheduleReasonMessage,
  ScheduledMeeting,
} from '../../../shared/contracts/schedule.js';
import { Board } from './board.js';
import { minutesOf, toIso, type Day } from './calendar.js';
import { explainInfeasible } from './explain-infeasible.js';
import {
  buildModel,
  MINUTES_PER_DAY,
  movable,
  SLOTS,
  WHOLE_DAY,
  type MeetingVar,
  type ScheduleModel,
} from './schedule-model.js';
import { clear, plainGreedy, searchPlan, spreadGreedy, type Placement, type SearchBudget } from './search-schedule.js';

/** Backtracking budget (placements tried) per consultant and theme day, and for the whole proposal. */
export const SEARCH_NODES_PER_CONSULTANT = 20_000;
export const SEARCH_NODES_TOTAL = 300_000;

export interface PlanResult {
  board: Board;
  /** How each consultant's meetings were placed (for tests and the benchmark). */
  placements: Placement[];
}

export interface PlanFailure {
  /** The consultant whose meetings could not be placed with the first theme-day candidate. */
  consultant: number;
}

/** Places one consultant's meetings: soft-goal greedy, then the plain greedy, then the search. */
function planConsultant(
  model: ScheduleModel,
  board: Board,
  mine: MeetingVar[],
  budget: SearchBudget,
): Placement | null {
  if (spreadGreedy(board, mine)) return 'spread';
  clear(board, mine);
  if (plainGreedy(model, board, mine)) return 'greedy';
  clear(board, mine);
  if (budget.nodes > 0) {
    const local = { nodes: Math.min(budget.nodes, SEARCH_NODES_PER_CONSULTANT) };
    const found = searchPlan(board, mine, local);
    budget.nodes -= Math.min(budget.nodes, SEARCH_NODES_PER_CONSULTANT) - local.nodes;
    if (found) return 'search';
    clear(board, mine);
  }
  return null;
}

/**
 * Tries the theme-day candidates nearest the middle of the period first
 * (or no theme day); for each, every consultant's meetings on their own.
 * When no candidate gives a plan for every consultant: the consultant that failed first.
 */
export function planRound(model: ScheduleModel): PlanResult | PlanFailure {
  const themes: (Day | null)[] = model.themeDay ? model.themeCandidates : [null];
  const toPlace = movable(model.meetings);
  const byConsultant = model.consultantIds.map((_, k) => toPlace.filter((m) => m.consultant === k));
  const budget: SearchBudget = { nodes: SEARCH_NODES_TOTAL };
  let failed: number | null = null;
  for (const theme of themes) {
    const board = new Board(model, theme);
    const placements: Placement[] = [];
    for (const mine of byConsultant) {
      const placement = planConsultant(model, board, mine, budget);
      if (placement === null) break;
      placements.push(placement);
    }
    if (placements.length === byConsultant.length) return { board, placements };
    failed ??= placements.length;
  }
  return { consultant: failed ?? 0 };
}

function searchFailure(model: ScheduleModel, failure: PlanFailure): ScheduleReasonMessage {
  const courses = [
    ...new Set(
      movable(model.meetings)
        .filter((m) => m.consultant === failure.consultant)
        .map((m) => m.courseId),
    ),
  ];
  return {
    code: 'search_failed',
    params: { consultant: model.consultantIds[failure.consultant]!, courses, attempts: SEARCH_NODES_TOTAL },
  };
}

/** Where the plan put a meeting (a fixed one where it was). */
function placed(board: Board, m: MeetingVar): { key: number; meeting: ScheduledMeeting } {
  const p = board.position[m.index]!;
  const time = m.fixed ?? (m.wholeDay ? WHOLE_DAY : SLOTS[p & 3]!);
  const key = (p >> 2) * MINUTES_PER_DAY + minutesOf(time.start);
  return { key, meeting: { course: m.courseId, id: m.id, date: toIso(p >> 2), start: time.start, end: time.end } };
}

/** The whole proposal: every meeting with date and time (fixed ones as they were), and the theme day – or why there is none. */
export function proposeSchedule(input: ScheduleInput): ScheduleProposal {
  const model = buildModel(input);
  const blocked = explainInfeasible(model);
  if (blocked !== null) return { feasible: false, reason: blocked };
  const plan = planRound(model);
  if (!('board' in plan)) return { feasible: false, reason: searchFailure(model, plan) };
  const meetings: ScheduledMeeting[] = model.meetings
    .map((m) => placed(plan.board, m))
    .sort(
      (a, b) =>
        a.key - b.key || (a.meeting.course < b.meeting.course ? -1 : a.meeting.course > b.meeting.course ? 1 : 0),
    )
    .map((x) => x.meeting);
  const themeDay = plan.board.themeDay;
  return themeDay === null ? { feasible: true, meetings } : { feasible: true, meetings, themeDay: toIso(themeDay) };
}
