import type { Role } from '../../shared/roles.js';

/**
 * Why an actor may do something with a record (docs/adr/0021-access-model.md).
 * Every record-level answer of the access module is a grant or nothing, so the
 * "who can see this" panel can tell a person *why* they read a record:
 *
 * - `role`: the role alone reaches it (the agency's admin reads every course);
 * - `municipality`: a municipal role of the record's own municipality;
 * - `assignment`: the person was assigned to it (the course's consultant, an
 *   assessor of the round, an institution in the meeting's working group);
 * - `invitation`: a record names the person (invited to the meeting). Consents
 *   and evaluations' data agreements join here in the coming issues.
 */
export type Grant =
  | { via: 'role'; role: Role }
  | { via: 'municipality'; role: Role; municipalityCode: string }
  | { via: 'assignment'; assignment: Assignment }
  | { via: 'invitation'; meetingId: string };

export type Assignment =
  'course_consultant' | 'round_assessor' | 'working_group' | 'course_institution' | 'institution';

export const byRole = (role: Role): Grant => ({ via: 'role', role });
export const byMunicipality = (role: Role, municipalityCode: string): Grant => ({
  via: 'municipality',
  role,
  municipalityCode,
});
export const byAssignment = (assignment: Assignment): Grant => ({ via: 'assignment', assignment });
export const byInvitation = (meetingId: string): Grant => ({ via: 'invitation', meetingId });
