import { and, eq, sql, type SQL } from 'drizzle-orm';
import { applications, roundAssessors } from '../db/schema.js';
import type { Actor } from '../core/actor.js';
import { byAssignment, byMunicipality, byRole, type Grant } from './grants.js';

/** The applications an actor lists, as data (applicationCondition makes it SQL). */
export type ApplicationFilter =
  { kind: 'all' } | { kind: 'municipality'; code: string } | { kind: 'assessor'; userId: string };

/**
 * Which applications the actor may see (deny by default): the agency's admin
 * all; a coordinator or daycare chief their own municipality's; an assessor
 * the submitted applications of the rounds assigned to them. Everything else
 * is 404 – another municipality's application does not exist for the caller.
 */
export function applicationFilter(actor: Actor): ApplicationFilter | null {
  switch (actor.role) {
    case 'national_admin':
      return { kind: 'all' };
    case 'coordinator':
    case 'daycare_chief':
      return actor.municipalityCode ? { kind: 'municipality', code: actor.municipalityCode } : null;
    case 'assessor':
      return { kind: 'assessor', userId: actor.userId };
    case 'consultant':
    case 'daycare_leader':
    case 'staff':
    case 'partner':
    case 'evaluator':
      return null;
  }
}

export function applicationCondition(filter: ApplicationFilter): SQL | undefined {
  switch (filter.kind) {
    case 'all':
      return undefined;
    case 'municipality':
      return eq(applications.municipalityCode, filter.code);
    case 'assessor':
      return and(
        eq(applications.status, 'submitted'),
        sql`EXISTS (SELECT 1 FROM ${roundAssessors} ra WHERE ra.round_id = ${applications.roundId} AND ra.user_id = ${filter.userId})`,
      );
  }
}

/** What the application rules read of an application. */
export interface ApplicationFacts {
  municipalityCode: string;
  status: string;
  /** The assessors assigned to its round. */
  assessorIds: readonly string[];
}

/** Reading one application: the list's rule for a single record, with the reason. */
export function readsApplication(actor: Actor, a: ApplicationFacts): Grant | null {
  const filter = applicationFilter(actor);
  if (!filter) return null;
  switch (filter.kind) {
    case 'all':
      return byRole(actor.role);
    case 'municipality':
      return a.municipalityCode === filter.code ? byMunicipality(actor.role, filter.code) : null;
    case 'assessor':
      return a.status === 'submitted' && a.assessorIds.includes(actor.userId) ? byAssignment('round_assessor') : null;
  }
}

/** The municipality changes its application: a coordinator of its own municipality. */
export function editsApplication(actor: Actor, row: { municipalityCode: string }): Grant | null {
  return actor.role === 'coordinator' && actor.municipalityCode === row.municipalityCode
    ? byMunicipality(actor.role, row.municipalityCode)
    : null;
}

/** Decisions are known to the agency and, once published, to the municipality itself. */
export function knowsOutcome(actor: Actor, row: { municipalityCode: string; publishedAt: Date | null }): Grant | null {
  if (row.publishedAt === null) return null;
  if (actor.role === 'national_admin') return byRole(actor.role);
  return actor.municipalityCode === row.municipalityCode ? byMunicipality(actor.role, row.municipalityCode) : null;
}

/** The agency and the municipality itself are the parties to an application's decision and agreement; nobody else (assessors included). */
export function isPartyTo(actor: Actor, row: { municipalityCode: string }): Grant | null {
  if (actor.role === 'national_admin') return byRole(actor.role);
  return actor.municipalityCode === row.municipalityCode ? byMunicipality(actor.role, row.municipalityCode) : null;
}

/** An assessor scores the submitted applications they read (those of the rounds assigned to them). */
export function assessesApplication(actor: Actor, row: { status: string }): Grant | null {
  return actor.role === 'assessor' && row.status === 'submitted' ? byAssignment('round_assessor') : null;
}

/** A municipality applies through its coordinator. */
export function startsApplication(actor: Actor, _round: { roundId: string }): Grant | null {
  return actor.role === 'coordinator' && actor.municipalityCode
    ? byMunicipality(actor.role, actor.municipalityCode)
    : null;
}
