import type { MeetingKind } from '../../../shared/contracts/courses.js';
import { MAX_PARTICIPANTS, type ParticipantRole } from '../../../shared/contracts/meetings.js';
import type { Role } from '../../../shared/roles.js';

/** An active user with a role in the course's municipality (one row per role assignment). */
export interface MunicipalPerson {
  userId: string;
  name: string;
  role: Role;
  /** The institution of a daycare_leader or staff assignment. */
  institutionId: string | null;
}

export interface DefaultInvitee {
  userId: string;
  name: string;
  participantRole: ParticipantRole;
}

export interface CourseCircle {
  consultant: { id: string; name: string } | null;
  people: MunicipalPerson[];
  /** The course's institutions (all working groups together). */
  institutionIds: string[];
  /** Working group key → its institutions. */
  groups: Record<string, string[]>;
}

type InvitedRole = Extract<Role, ParticipantRole>;
type Invited = { roles: InvitedRole[]; institutions: 'any' | 'course' | 'group' };

/**
 * Who a meeting of each kind invites, besides the course's consultant (seed
 * 003): the kick-off and the steering group the head of daycare and the
 * coordinator; sparring the coordinator; leader sparring the daycare leaders
 * of the course's institutions; a working group the leaders and staff of its
 * institutions; theme day, conference and extra meetings the coordinator.
 */
const INVITED: Record<MeetingKind, Invited> = {
  kickoff: { roles: ['daycare_chief', 'coordinator'], institutions: 'any' },
  steering: { roles: ['daycare_chief', 'coordinator'], institutions: 'any' },
  sparring: { roles: ['coordinator'], institutions: 'any' },
  leader_sparring: { roles: ['daycare_leader'], institutions: 'course' },
  working_group: { roles: ['daycare_leader', 'staff'], institutions: 'group' },
  theme_day: { roles: ['coordinator'], institutions: 'any' },
  conference: { roles: ['coordinator'], institutions: 'any' },
  extra: { roles: ['coordinator'], institutions: 'any' },
};

/** The order participants are listed (and a person holding two invited roles is invited as the first). */
export const PARTICIPANT_ROLE_ORDER: readonly ParticipantRole[] = [
  'consultant',
  'coordinator',
  'daycare_chief',
  'daycare_leader',
  'staff',
  'partner',
  'other',
];

/**
 * The invited participants of a new meeting: each person once, the consultant
 * first, then by role and name. Pure, so the rule is tested on its own.
 */
export function defaultParticipants(
  meeting: { kind: MeetingKind; groupKey: string | null },
  circle: CourseCircle,
): DefaultInvitee[] {
  const rule = INVITED[meeting.kind];
  const reach: Set<string> | null =
    rule.institutions === 'any'
      ? null
      : new Set(rule.institutions === 'course' ? circle.institutionIds : (circle.groups[meeting.groupKey ?? ''] ?? []));
  const byUser = new Map<string, DefaultInvitee>();
  const invite = (p: DefaultInvitee) => {
    const known = byUser.get(p.userId);
    if (!known || rank(p.participantRole) < rank(known.participantRole)) byUser.set(p.userId, p);
  };
  if (circle.consultant)
    invite({ userId: circle.consultant.id, name: circle.consultant.name, participantRole: 'consultant' });
  for (const person of circle.people) {
    const role = rule.roles.find((r) => r === person.role);
    if (!role) continue;
    if (reach && (person.institutionId === null || !reach.has(person.institutionId))) continue;
    invite({ userId: person.userId, name: person.name, participantRole: role });
  }
  // Consultant and coordinators first, so a very large shared group never crowds them out.
  return [...byUser.values()]
    .sort((a, b) => rank(a.participantRole) - rank(b.participantRole) || a.name.localeCompare(b.name, 'da'))
    .slice(0, MAX_PARTICIPANTS);
}

const rank = (role: ParticipantRole) => PARTICIPANT_ROLE_ORDER.indexOf(role);
