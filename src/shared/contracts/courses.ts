import { Confirmed } from './confirmation.js';
import { z } from 'zod';
import { Uuid, Version } from './common.js';
import { KeysetPage, KeysetQuery } from './paging.js';
import { SingleLineText, tooLong } from './text.js';

/**
 * A municipality's one-year course (issue 4), created from the typical plan
 * of seed 003 when its collaboration agreement is signed, then adapted by the
 * admin or the consultant: how many meetings of each kind, working groups per
 * institution or shared, extra meetings.
 */
export const MEETING_KINDS = [
  'kickoff',
  'sparring',
  'steering',
  'leader_sparring',
  'working_group',
  'theme_day',
  'conference',
  'extra',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The most characters of the plan's names (the plan editor's counters read them too, issue 11 point 5). */
export const COURSE_PLAN_LIMITS = { groupName: 200, extraTitle: 200 } as const;

export const WorkingGroupPlan = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Nøglen må kun indeholde små bogstaver, tal og bindestreg'),
  name: SingleLineText(COURSE_PLAN_LIMITS.groupName, tooLong('Navnet')).min(1),
  /** One institution = its own group; several = a shared group. */
  institutionIds: z.array(Uuid).min(1, 'Vælg mindst ét dagtilbud').max(30),
  meetings: z.number().int().min(1).max(9, 'Højst ni arbejdsgruppemøder pr. gruppe'),
});
export type WorkingGroupPlan = z.infer<typeof WorkingGroupPlan>;

export const ExtraMeetingPlan = z.strictObject({
  title: SingleLineText(COURSE_PLAN_LIMITS.extraTitle, tooLong('Titlen')).min(1),
});

export const CoursePlan = z.strictObject({
  sparring: z.number().int().min(0).max(24),
  steering: z.number().int().min(3, 'Forløbet har tre styregruppemøder').max(3, 'Forløbet har tre styregruppemøder'),
  leaderSparring: z.number().int().min(0).max(12),
  workingGroups: z.array(WorkingGroupPlan).max(30),
  themeDay: z.boolean(),
  conferences: z.number().int().min(0).max(4),
  extra: z.array(ExtraMeetingPlan).max(20),
});
export type CoursePlan = z.infer<typeof CoursePlan>;

export const CourseMeeting = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  /** The working group's key, for working-group meetings. */
  group: z.string().nullable(),
  sequence: z.number().int(),
  date: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  status: z.enum(['planned', 'held', 'cancelled']),
});
export type CourseMeeting = z.infer<typeof CourseMeeting>;

export const Course = z.object({
  id: z.string(),
  applicationId: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  consultant: z.object({ id: z.string(), name: z.string() }).nullable(),
  plan: CoursePlan,
  meetings: z.array(CourseMeeting),
  version: z.number().int(),
  allowed: z.object({ editPlan: z.boolean(), assignConsultant: z.boolean() }),
});
export type Course = z.infer<typeof Course>;

/** One row of the courses list: what the list shows (read the course for its plan and meetings). */
export const CourseListItem = z.object({
  id: z.string(),
  roundName: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  consultantName: z.string().nullable(),
  meetingCount: z.number().int(),
});
export type CourseListItem = z.infer<typeof CourseListItem>;

/** Newest course period first, then municipality name: sort key [periodStart, roundId, municipalityName, id]. */
export const ListCoursesQuery = KeysetQuery(
  'courses',
  z.tuple([
    z.number().int().min(0).max(2),
    z.number().int().min(-100_000).max(100_000),
    Uuid,
    z.string().max(200),
    Uuid,
  ]),
).strict();
export const ListCoursesResponse = KeysetPage(CourseListItem);
export type ListCoursesResponse = z.infer<typeof ListCoursesResponse>;

export const CourseIdParams = z.strictObject({ id: Uuid });
export const UpdateCoursePlanRequest = z.strictObject({
  version: Version,
  plan: CoursePlan,
  /** Needed when the change removes meetings (the refusal names them). */
  confirmed: Confirmed,
});
export const AssignConsultantRequest = z.strictObject({ version: Version, consultantId: Uuid.nullable() });
