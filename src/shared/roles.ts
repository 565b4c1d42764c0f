/** The roles of the product brief (docs/ARCHITECTURE.md, "Roles"). */
export const ROLES = [
  'national_admin',
  'consultant',
  'assessor',
  'coordinator',
  'daycare_chief',
  'daycare_leader',
  'staff',
  'partner',
  'evaluator',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to one municipality (their assignment names it). */
export const MUNICIPAL_ROLES = [
  'coordinator',
  'daycare_chief',
  'daycare_leader',
  'staff',
  'partner',
] as const satisfies readonly Role[];

/** Municipal roles whose assignment also names one institution. */
export const INSTITUTION_ROLES = ['daycare_leader', 'staff'] as const satisfies readonly Role[];

export function isMunicipalRole(role: Role): boolean {
  return (MUNICIPAL_ROLES as readonly Role[]).includes(role);
}

export function isInstitutionRole(role: Role): boolean {
  return (INSTITUTION_ROLES as readonly Role[]).includes(role);
}

export const INSTITUTION_KINDS = ['nursery', 'kindergarten', 'integrated', 'family_daycare'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
