import type { Actor } from '../core/actor.js';
import {
  assessesApplication,
  editsApplication,
  isPartyTo,
  knowsOutcome,
  readsApplication,
  startsApplication,
} from './applications.js';
import {
  approvesMinutes,
  deletesMeasurement,
  movesMeeting,
  plansCourse,
  readsCourse,
  recordsMeasurement,
  runsMeetings,
  writesChangeModel,
  writesSelfAnalysis,
} from './courses.js';
import type { Grant } from './grants.js';
import { readsMeeting } from './meetings.js';
import { exportsChildrenOf, readsChildrenOf, writesChildrenOf } from './organisation.js';
import { agreesTrialAt, editsTrial, logsTrial, worksOnTrial } from './trials.js';

/**
 * Every record-level question, keyed by action: the one table the modules ask
 * (through ctx.access), so no module holds a role switch of its own. Each rule
 * takes the facts of the record it needs and answers with the grant that
 * allows the action – its reason – or null. Route-level permissions (may this
 * role call the route at all) stay in shared/permissions.ts and are checked by
 * the auth hook before a use case runs.
 */
export const RULES = {
  'course.read': readsCourse,
  'course.plan': plansCourse,
  'course.schedule': plansCourse,
  'meeting.read': readsMeeting,
  'meeting.run': runsMeetings,
  'meeting.move': movesMeeting,
  'minutes.approve': approvesMinutes,
  'trial.agree': agreesTrialAt,
  'trial.edit': editsTrial,
  'trial.work': worksOnTrial,
  'trial.log': logsTrial,
  'change_model.write': writesChangeModel,
  'measurement.record': recordsMeasurement,
  'measurement.delete': deletesMeasurement,
  'self_analysis.read': readsCourse,
  'self_analysis.write': writesSelfAnalysis,
  'change_model.read': readsCourse,
  'application.read': readsApplication,
  'application.edit': editsApplication,
  'application.outcome': knowsOutcome,
  'application.party': isPartyTo,
  'application.assess': assessesApplication,
  'application.start': startsApplication,
  'children.read': readsChildrenOf,
  'children.write': writesChildrenOf,
  'children.export': exportsChildrenOf,
} as const satisfies Record<string, (actor: Actor, facts: never) => Grant | null>;

export type Action = keyof typeof RULES;
export type FactsOf<A extends Action> = Parameters<(typeof RULES)[A]>[1];

/** The grant that lets the actor do `action` with the record, or null. */
export function grantFor<A extends Action>(actor: Actor, action: A, facts: FactsOf<A>): Grant | null {
  const rule = RULES[action] as (actor: Actor, facts: FactsOf<A>) => Grant | null;
  return rule(actor, facts);
}
