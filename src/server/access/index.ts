/**
 * The access module (docs/adr/0021-access-model.md): the one place that
 * decides who may do what. Modules import from here only.
 */
export { Access } from './access.js';
export type { Grant, Assignment } from './grants.js';
export { can } from './permitted.js';
export { grantFor, RULES, type Action, type FactsOf } from './rules.js';
export { courseCondition, courseFilter, ownMunicipalityOf, type CourseFacts, type CourseFilter } from './courses.js';
export {
  isGuest,
  meetingCondition,
  readableMeetings,
  readableTrials,
  workReach,
  type MeetingFacts,
  type WorkReach,
} from './meetings.js';
export { trialReach, type TrialCourseFacts, type TrialReach } from './trials.js';
export {
  applicationCondition,
  applicationFilter,
  type ApplicationFacts,
  type ApplicationFilter,
} from './applications.js';
export {
  accountReach,
  auditScope,
  canAssignRole,
  canSeeOrganisationOf,
  childScopeFilter,
  organisationScope,
  roundScope,
  userScope,
  type ChildScopeFilter,
  type HeldRole,
  type InstitutionFacts,
} from './organisation.js';
export type { RouteAccess } from './route-access.js';
export { BATCH_KIND, READ_ACTION, which, type BatchAction } from './which.js';
export { loadFacts, municipalityOf, type FactsOfKind } from './record-facts.js';
export { readersOf, type RecordReader, type RecordReaders } from './readers.js';
