import type { CoursePlan, MeetingKind } from '../../../shared/contracts/courses.js';
import type { InvitableUser } from '../../../shared/contracts/meetings.js';
import type { Queryable } from '../../db/client.js';
import {
  defaultParticipants,
  PARTICIPANT_ROLE_ORDER,
  type CourseCircle,
  type MunicipalPerson,
} from './default-participants.js';
import * as repo from './repository.js';

interface CourseBasics {
  municipalityCode: string;
  consultantId: string | null;
  consultantName?: string | null;
  plan: CoursePlan;
}

function circleOf(course: CourseBasics, consultantName: string | null, people: MunicipalPerson[]): CourseCircle {
  return {
    consultant: course.consultantId ? { id: course.consultantId, name: consultantName ?? '' } : null,
    people,
    institutionIds: [...new Set(course.plan.workingGroups.flatMap((g) => g.institutionIds))],
    groups: Object.fromEntries(course.plan.workingGroups.map((g) => [g.key, g.institutionIds])),
  };
}

/**
 * Invites the default participants (default-participants.ts) to new meetings
 * of a course: called when the course is created and when a plan change adds
 * meetings. People are the municipality's active users and the consultant.
 */
export async function inviteDefaultParticipants(
  q: Queryable,
  course: CourseBasics,
  meetings: readonly { id: string; kind: MeetingKind; groupKey: string | null }[],
): Promise<void> {
  if (meetings.length === 0) return;
  // One connection per transaction: the queries go one after the other.
  const people = await repo.municipalPeople(q, course.municipalityCode);
  const consultantName = course.consultantId
    ? (course.consultantName ?? (await repo.userName(q, course.consultantId)))
    : null;
  const circle = circleOf(course, consultantName, people);
  await repo.insertParticipants(
    q,
    meetings.flatMap((m) => defaultParticipants(m, circle).map((p) => ({ meetingId: m.id, ...p }))),
  );
}

/**
 * A new consultant takes the old one's place on the course's planned
 * meetings (held and cancelled meetings keep their record); none = off.
 */
export async function followConsultant(
  q: Queryable,
  courseId: string,
  from: string | null,
  to: string | null,
  now: Date,
): Promise<void> {
  if (from === to) return;
  const meetingIds = await repo.plannedMeetingIds(q, courseId);
  // Their participant lists change: open editors must reload, and calendars see a new SEQUENCE.
  await repo.bumpVersions(q, meetingIds, now);
  if (from) await repo.removeParticipant(q, meetingIds, from, 'consultant');
  if (!to) return;
  const name = (await repo.userName(q, to)) ?? '';
  await repo.insertParticipants(
    q,
    meetingIds.map((meetingId) => ({ meetingId, userId: to, name, participantRole: 'consultant' as const })),
  );
}

/**
 * Whom a meeting's participant editor offers: the consultant, and the
 * municipality's coordinators and heads of daycare, and the
 * leaders and staff of the course's institutions; each person once, in
 * their first role by PARTICIPANT_ROLE_ORDER.
 */
export function inviteesOf(course: CourseBasics, people: MunicipalPerson[]): InvitableUser[] {
  const institutions = new Set(course.plan.workingGroups.flatMap((g) => g.institutionIds));
  const byUser = new Map<string, InvitableUser>();
  const add = (u: InvitableUser) => {
    const known = byUser.get(u.userId);
    if (
      !known ||
      PARTICIPANT_ROLE_ORDER.indexOf(u.participantRole) < PARTICIPANT_ROLE_ORDER.indexOf(known.participantRole)
    )
      byUser.set(u.userId, u);
  };
  if (course.consultantId)
    add({ userId: course.consultantId, name: course.consultantName ?? '', participantRole: 'consultant' });
  for (const p of people) {
    switch (p.role) {
      case 'daycare_leader':
      case 'staff':
        if (p.institutionId !== null && institutions.has(p.institutionId))
          add({ userId: p.userId, name: p.name, participantRole: p.role });
        break;
      case 'coordinator':
      case 'daycare_chief':
        add({ userId: p.userId, name: p.name, participantRole: p.role });
        break;
      // Partners reach no course page or calendar feed yet (consent-gated access comes with
      // the interventions): they are invited as named guests, without a user.
      case 'partner':
      case 'national_admin':
      case 'consultant':
      case 'assessor':
      case 'evaluator':
        break;
    }
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
