import type { Role } from '../../shared/roles.js';

/** The caller of a request, as the policy and the database see it. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** The municipality of a municipal role; null for national roles. */
  municipalityCode: string | null;
  /** The institutions of a daycare_leader or staff assignment. */
  institutionIds: string[];
  ip: string | null;
}

export type ChildScope = 'municipality' | 'institution' | 'none';

/** How far the actor reaches into child-level data (the second lock; the first is the policy). */
export function childScopeOf(actor: Actor | null): ChildScope {
  if (!actor || !actor.municipalityCode) return 'none';
  switch (actor.role) {
    case 'daycare_chief':
      return 'municipality';
    case 'daycare_leader':
    case 'staff':
      return 'institution';
    case 'national_admin':
    case 'consultant':
    case 'assessor':
    case 'coordinator':
    case 'partner':
    case 'evaluator':
      return 'none';
  }
}

/**
 * The actor of one role of a user, from that role's assignments: the
 * municipality of the first that names one, the institutions of all. The auth
 * hook makes the caller so; the readers panel (access/readers.ts) makes every
 * person who might read a record so, to ask the same rules about them.
 */
export function actorOfRole(
  user: { userId: string; name: string; email: string },
  role: Role,
  assignments: readonly { municipalityCode: string | null; institutionId: string | null }[],
  ip: string | null,
): Actor {
  return {
    userId: user.userId,
    name: user.name,
    email: user.email,
    role,
    municipalityCode: assignments.find((a) => a.municipalityCode)?.municipalityCode ?? null,
    institutionIds: assignments.flatMap((a) => (a.institutionId ? [a.institutionId] : [])),
    ip,
  };
}
