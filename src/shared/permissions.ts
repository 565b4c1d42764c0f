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
  /** Send a failed e-mail again. */
  'outbox.manage',
  'course.read',
  'course.plan',
  'course.assign',
  'course.schedule',
  'round.schedule',
  'meeting.move',
  'consultant.absence',
  'meeting.read',
  'meeting.write',
  'meeting.approve',
  'trial.agree',
  'trial.log',
  'self_analysis.write',
  'change_model.write',
  'indicator.measure',
  /** "Hvem kan se dette?": who reads a record and why (ADR 21). */
  'readers.read',
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
    'outbox.manage',
    'course.read',
    'meeting.read',
    'course.plan',
    'course.assign',
    'course.schedule',
    'round.schedule',
    'meeting.move',
    'readers.read',
  ],
  consultant: [
    'organisation.read',
    'round.read',
    'course.read',
    'meeting.read',
    'course.plan',
    'course.schedule',
    'meeting.move',
    'consultant.absence',
    'meeting.write',
    'meeting.approve',
    'trial.agree',
    'trial.log',
    'self_analysis.write',
    'change_model.write',
    'indicator.measure',
  ],
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
    'meeting.read',
    'meeting.move',
    'meeting.write',
    'meeting.approve',
    'trial.agree',
    'trial.log',
    'self_analysis.write',
    'change_model.write',
    'indicator.measure',
    'readers.read',
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
    'meeting.read',
    'meeting.approve',
    'self_analysis.write',
    'change_model.write',
    'indicator.measure',
  ],
  daycare_leader: [
    'organisation.read',
    'institution.read',
    'child.read',
    'child.write',
    'child.export',
    'round.read',
    'course.read',
    'meeting.read',
    'trial.agree',
    'trial.log',
    'indicator.measure',
  ],
  staff: [
    'organisation.read',
    'institution.read',
    'child.read',
    'child.write',
    'round.read',
    'course.read',
    'meeting.read',
    'trial.log',
  ],
  // A partner reads the meetings they are invited to (a guest, access/meetings.ts) and nothing else of a
  // course: every course record answers 404 (courseFilter), the calendar shows only those meetings.
  partner: ['organisation.read', 'round.read', 'course.read', 'meeting.read'],
  evaluator: ['organisation.read', 'round.read'],
} as const satisfies Record<Role, readonly Permission[]>;

export function roleHas(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}
