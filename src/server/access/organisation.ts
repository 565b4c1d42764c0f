import { isMunicipalRole, type Role } from '../../shared/roles.js';
import type { Actor } from '../core/actor.js';
import { byAssignment, byMunicipality, type Grant } from './grants.js';
import { can, permitted } from './permitted.js';

/**
 * The organisation, children, accounts, rounds and audit log: which
 * municipalities, institutions and accounts an actor reaches.
 */

/** Which municipalities' organisation (institutions, groups, counts) the actor sees: 'all', a list, or none. */
export function organisationScope(actor: Actor): 'all' | string[] {
  if (actor.role === 'national_admin') return 'all';
  if (can(actor, 'institution.read') && actor.municipalityCode) return [actor.municipalityCode];
  return [];
}

export function canSeeOrganisationOf(actor: Actor, municipalityCode: string): boolean {
  const scope = organisationScope(actor);
  return scope === 'all' || scope.includes(municipalityCode);
}

/** An institution as the children rules read it. */
export interface InstitutionFacts {
  id: string;
  municipalityCode: string;
}

/** May the actor see the children (names, birth dates) of this institution? The head of daycare the municipality's; leaders and staff their own institutions'. */
export function readsChildrenOf(actor: Actor, institution: InstitutionFacts): Grant | null {
  if (!can(actor, 'child.read') || actor.municipalityCode !== institution.municipalityCode) return null;
  if (actor.role === 'daycare_chief') return byMunicipality(actor.role, institution.municipalityCode);
  return actor.institutionIds.includes(institution.id) ? byAssignment('institution') : null;
}

export function writesChildrenOf(actor: Actor, institution: InstitutionFacts): Grant | null {
  return permitted(actor, 'child.write', readsChildrenOf(actor, institution));
}

export function exportsChildrenOf(actor: Actor, institution: InstitutionFacts): Grant | null {
  return permitted(actor, 'child.export', readsChildrenOf(actor, institution));
}

/** The explicit child scope of an actor for lists; callers have passed the child.read permission check. */
export interface ChildScopeFilter {
  municipalityCode: string;
  institutionIds: string[] | 'all';
}

export function childScopeFilter(actor: Actor): ChildScopeFilter {
  if (!actor.municipalityCode) return { municipalityCode: '', institutionIds: [] };
  return {
    municipalityCode: actor.municipalityCode,
    institutionIds: actor.role === 'daycare_chief' ? 'all' : actor.institutionIds,
  };
}

/**
 * Roles the actor may hand out, and where (docs/adr/0011-account-management.md):
 * the agency any role; a coordinator the municipal roles of their own
 * municipality except daycare_chief, who reads the children and the audit log
 * of the municipality – the coordinator's own actions among them – and so is
 * appointed by the agency.
 */
export function canAssignRole(actor: Actor, role: Role, municipalityCode: string | null): boolean {
  if (!can(actor, 'user.manage')) return false;
  if (actor.role === 'national_admin') return true;
  return (
    isMunicipalRole(role) &&
    role !== 'daycare_chief' &&
    municipalityCode !== null &&
    municipalityCode === actor.municipalityCode
  );
}

/** An account's role as the reach questions below need it. */
export interface HeldRole {
  role: Role;
  municipalityCode: string | null;
}

/**
 * How far the actor reaches over one account. `manageable`: every role on it
 * lies within what the actor may grant, so they may change it (name, password,
 * active, roles). `rolesElsewhere`: it holds roles the actor does not see
 * (outside their municipality), which the actor must be told about.
 */
export function accountReach(
  actor: Actor,
  held: readonly HeldRole[],
): { manageable: boolean; rolesElsewhere: boolean } {
  const scope = userScope(actor);
  return {
    manageable: can(actor, 'user.manage') && held.every((a) => canAssignRole(actor, a.role, a.municipalityCode)),
    rolesElsewhere:
      scope !== 'all' && held.some((a) => a.municipalityCode === null || !scope.includes(a.municipalityCode)),
  };
}

/** Users the actor may see and manage: 'all' or those with a role in these municipalities. */
export function userScope(actor: Actor): 'all' | string[] {
  if (!can(actor, 'user.manage')) return [];
  if (actor.role === 'national_admin') return 'all';
  return actor.municipalityCode ? [actor.municipalityCode] : [];
}

/** Which rounds the actor sees: an assessor only the rounds assigned to them; others all (public information). */
export function roundScope(actor: Actor): 'all' | 'assigned' {
  return actor.role === 'assessor' ? 'assigned' : 'all';
}

/** Whose audit entries the actor may read: 'all' or a municipality. */
export function auditScope(actor: Actor): 'all' | string[] {
  if (!can(actor, 'audit.read')) return [];
  if (actor.role === 'national_admin') return 'all';
  return actor.municipalityCode ? [actor.municipalityCode] : [];
}
