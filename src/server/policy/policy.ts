import { roleHas, type Permission } from '../../shared/permissions.js';
import { isMunicipalRole, type Role } from '../../shared/roles.js';
import type { Actor } from '../core/actor.js';

/**
 * The one place that decides access: role × scope × action.
 * Routes declare a permission (enforced by http/auth-hook.ts); use cases ask
 * the scope questions below about the specific records.
 */

/** What a route declares it needs. */
export type RouteAccess = Permission | 'public' | 'authenticated';

export function can(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && roleHas(actor.role, permission);
}

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

/** May the actor see the children (names, birth dates) of this institution? */
export function canSeeChildrenOf(actor: Actor, institution: { id: string; municipalityCode: string }): boolean {
  if (!can(actor, 'child.read') || actor.municipalityCode !== institution.municipalityCode) return false;
  if (actor.role === 'daycare_chief') return true;
  return actor.institutionIds.includes(institution.id);
}

export function canWriteChildrenOf(actor: Actor, institution: { id: string; municipalityCode: string }): boolean {
  return can(actor, 'child.write') && canSeeChildrenOf(actor, institution);
}

export function canExportChildrenOf(actor: Actor, institution: { id: string; municipalityCode: string }): boolean {
  return can(actor, 'child.export') && canSeeChildrenOf(actor, institution);
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
export function accountReach(actor: Actor, held: readonly HeldRole[]): { manageable: boolean; rolesElsewhere: boolean } {
  const scope = userScope(actor);
  return {
    manageable: can(actor, 'user.manage') && held.every((a) => canAssignRole(actor, a.role, a.municipalityCode)),
    rolesElsewhere: scope !== 'all' && held.some((a) => a.municipalityCode === null || !scope.includes(a.municipalityCode)),
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
