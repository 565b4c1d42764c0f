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
