import type { Role } from './roles.js';

/**
 * The closed set of permissions. A route declares exactly one of these (or
 * `public` / `authenticated`); the role table below decides who holds it.
 */
export const PERMISSIONS = [
  'organisation.read',
  'institution.read',
  'child.read',
  'child.write',
  'child.export',
  'user.manage',
  'audit.read',
  'round.read',
  'round.manage',
  'application.read',
  'application.write',
  'assessment.write',
  'selection.manage',
  'agreement.sign',
  'outbox.read',
  'course.read',
  'course.plan',
  'course.assign',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What every logged-in role may do; deny by default (a permission not listed is refused). */
export const ROLE_PERMISSIONS = {
  national_admin: [
    'organisation.read',
    'institution.read',
    'user.manage',
    'audit.read',
    'round.read',
    'round.manage',
    'application.read',
    'selection.manage',
    'agreement.sign',
    'outbox.read',
    'course.read',
    'course.plan',
    'course.assign',
  ],
  consultant: ['organisation.read', 'round.read', 'course.read', 'course.plan'],
  assessor: ['organisation.read', 'round.read', 'application.read', 'assessment.write'],
  coordinator: [
    'organisation.read',
    'institution.read',
    'user.manage',
    'round.read',
    'application.read',
    'application.write',
    'agreement.sign',
    'course.read',
  ],
  daycare_chief: [
    'organisation.read',
    'institution.read',
    'child.read',
    'child.export',
    'audit.read',
    'round.read',
    'application.read',
    'course.read',
  ],
  daycare_leader: ['organisation.read', 'institution.read', 'child.read', 'child.write', 'child.export', 'round.read', 'course.read'],
  staff: ['organisation.read', 'institution.read', 'child.read', 'child.write', 'round.read', 'course.read'],
  partner: ['organisation.read', 'round.read'],
  evaluator: ['organisation.read', 'round.read'],
} as const satisfies Record<Role, readonly Permission[]>;

export function roleHas(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}
