import { and, eq, inArray } from 'drizzle-orm';
import type { RecordKind } from '../../shared/contracts/access.js';
import type { Actor } from '../core/actor.js';
import type { Queryable } from '../db/client.js';
import { applications, courseMeetings, courses } from '../db/schema.js';
import { applicationCondition, applicationFilter } from './applications.js';
import { courseCondition, courseFilter } from './courses.js';
import { meetingCondition } from './meetings.js';
import { loadFacts, type FactsOfKind } from './record-facts.js';
import { grantFor, type Action, type FactsOf } from './rules.js';

/**
 * The batch answer (ADR 21): of these ids of one kind, the ones the actor may
 * act on – one query per call, none by default.
 *
 * Reading is answered by the lists' own conditions (courseCondition,
 * meetingCondition, applicationCondition), so a list and `which` cannot
 * disagree. Any other batched action loads the facts of the records the actor
 * reads (one query) and asks the rule table, as `ctx.access.may` does for one.
 */
export const READ_ACTION = {
  course: 'course.read',
  meeting: 'meeting.read',
  application: 'application.read',
  self_analysis: 'self_analysis.read',
  change_model: 'change_model.read',
} as const satisfies Record<RecordKind, Action>;

/** The actions `which` answers, with the kind of record their ids name. */
export const BATCH_KIND = {
  'course.read': 'course',
  'course.plan': 'course',
  'course.schedule': 'course',
  'meeting.read': 'meeting',
  'meeting.run': 'meeting',
  'minutes.approve': 'meeting',
  'meeting.move': 'meeting',
  'application.read': 'application',
  'application.edit': 'application',
  'application.party': 'application',
  'application.assess': 'application',
  'self_analysis.read': 'self_analysis',
  'self_analysis.write': 'self_analysis',
  'change_model.read': 'change_model',
  'change_model.write': 'change_model',
  'measurement.record': 'change_model',
} as const satisfies Partial<Record<Action, RecordKind>>;

export type BatchAction = keyof typeof BATCH_KIND;
type KindOf<A extends BatchAction> = (typeof BATCH_KIND)[A];

/** How each batched action's rule reads the loaded facts of its kind. */
const FACTS: { [A in BatchAction]: (f: FactsOfKind[KindOf<A>]) => FactsOf<A> } = {
  'course.read': (c) => c,
  'course.plan': (c) => c,
  'course.schedule': (c) => c,
  'meeting.read': (m) => m,
  'meeting.run': (m) => m.course,
  'minutes.approve': (m) => m.course,
  'meeting.move': (m) => ({ course: m.course, meeting: { kind: m.kind } }),
  'application.read': (a) => a,
  'application.edit': (a) => a,
  'application.party': (a) => a,
  'application.assess': (a) => a,
  'self_analysis.read': (c) => c,
  'self_analysis.write': (c) => c,
  'change_model.read': (c) => c,
  'change_model.write': (c) => c,
  'measurement.record': (c) => c,
};

const isReadAction = (action: BatchAction): boolean =>
  (Object.values(READ_ACTION) as readonly string[]).includes(action);

/** The ids among `ids` whose record of `kind` the actor reads, by the list's condition: one query. */
async function readable(q: Queryable, actor: Actor, kind: RecordKind, ids: string[]): Promise<Set<string>> {
  let rows: { id: string }[];
  switch (kind) {
    case 'course':
    case 'self_analysis':
    case 'change_model': {
      const filter = courseFilter(actor);
      if (!filter) return new Set();
      rows = await q
        .select({ id: courses.id })
        .from(courses)
        .where(and(inArray(courses.id, ids), courseCondition(filter)));
      break;
    }
    case 'meeting':
      rows = await q
        .select({ id: courseMeetings.id })
        .from(courseMeetings)
        .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
        .where(and(inArray(courseMeetings.id, ids), meetingCondition(actor)));
      break;
    case 'application': {
      const filter = applicationFilter(actor);
      if (!filter) return new Set();
      rows = await q
        .select({ id: applications.id })
        .from(applications)
        .where(and(inArray(applications.id, ids), applicationCondition(filter)));
      break;
    }
  }
  return new Set(rows.map((r) => r.id));
}

/**
 * Of `ids` (records of the action's kind), those the actor may do `action`
 * with, in the order given, each once. A record the actor does not read is
 * never among them (it is 404 to them, whatever the action).
 */
export async function which(
  q: Queryable,
  actor: Actor,
  action: BatchAction,
  ids: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const kind = BATCH_KIND[action];
  if (isReadAction(action)) {
    const found = await readable(q, actor, kind, unique);
    return unique.filter((id) => found.has(id));
  }
  const facts = await loadFacts(q, kind, unique);
  const read = READ_ACTION[kind];
  const toRead = FACTS[read] as (f: FactsOfKind[typeof kind]) => FactsOf<typeof read>;
  const toAct = FACTS[action] as (f: FactsOfKind[typeof kind]) => FactsOf<typeof action>;
  return unique.filter((id) => {
    const f = facts.get(id);
    return f !== undefined && grantFor(actor, read, toRead(f)) !== null && grantFor(actor, action, toAct(f)) !== null;
  });
}
