import type { Database } from '../../src/server/db/client.js';
import type { PersonAgent, TestApp } from './test-app.js';
import { buildCourse, type BuiltCourse, type CourseValues } from './course-factories.js';
import { buildInstitution } from './factories.js';
import { buildPerson, type TestPerson } from './people.js';

/**
 * The people of a municipality that a course's meetings invite: a
 * coordinator, a head of daycare, and a leader and a staff member of the
 * course's first institution (its working group ag-1). Nobody works in the
 * second institution (ag-2).
 */
export interface CoursePeople {
  coordinator: TestPerson;
  chief: TestPerson;
  leader: TestPerson;
  staff: TestPerson;
}

export interface StaffedCourse extends CoursePeople {
  course: BuiltCourse;
  /** The course's consultant (null: none yet). */
  consultant: TestPerson | null;
}

export interface StaffedCourseValues extends Omit<CourseValues, 'consultantId' | 'institutionIds'> {
  municipalityCode: string;
  /** The course's consultant: a new one unless given (null = none yet). */
  consultant?: TestPerson | null;
}

/**
 * A course of the test's own with its municipality's people built first, so
 * that the meetings invite them as the app would (the municipality should be
 * one where the demo has no people, e.g. '0101' or '0461', so that nobody
 * else is invited).
 */
export async function buildStaffedCourse(database: Database, values: StaffedCourseValues): Promise<StaffedCourse> {
  const { municipalityCode, consultant: given, ...course } = values;
  const institutionIds = [
    (await buildInstitution(database, { municipalityCode })).institution.id,
    (await buildInstitution(database, { municipalityCode })).institution.id,
  ];
  const coordinator = await buildPerson(database, { role: 'coordinator', municipalityCode });
  const chief = await buildPerson(database, { role: 'daycare_chief', municipalityCode });
  const leader = await buildPerson(database, {
    role: 'daycare_leader',
    municipalityCode,
    institutionId: institutionIds[0],
  });
  const staff = await buildPerson(database, { role: 'staff', municipalityCode, institutionId: institutionIds[0] });
  const consultant = given === undefined ? await buildPerson(database, { role: 'consultant' }) : given;
  const built = await buildCourse(database, {
    ...course,
    municipalityCode,
    institutionIds,
    consultantId: consultant?.id ?? null,
  });
  return { course: built, consultant, coordinator, chief, leader, staff };
}

/**
 * A second course of the same municipality and institutions, with no
 * consultant yet: for what only an assigned consultant may do.
 */
export async function buildUnassignedTwin(database: Database, staffed: StaffedCourse): Promise<string> {
  const course = await buildCourse(database, {
    municipalityCode: staffed.coordinator.municipalityCode ?? undefined,
    institutionIds: staffed.course.institutionIds,
    consultantId: null,
  });
  return course.courseId;
}

/** The logged-in agents of a staffed course's people. */
export interface CourseTeam {
  consultant: PersonAgent;
  coordinator: PersonAgent;
  chief: PersonAgent;
  leader: PersonAgent;
  staff: PersonAgent;
}

/** Logs in a staffed course's consultant, coordinator, head of daycare, leader and staff member. */
export async function loginCourseTeam(t: Pick<TestApp, 'loginPerson'>, staffed: StaffedCourse): Promise<CourseTeam> {
  if (!staffed.consultant) throw new Error('the course has no consultant to log in');
  const [consultant, coordinator, chief, leader, staff] = await Promise.all(
    [staffed.consultant, staffed.coordinator, staffed.chief, staffed.leader, staffed.staff].map((p) =>
      t.loginPerson(p),
    ),
  );
  return { consultant: consultant!, coordinator: coordinator!, chief: chief!, leader: leader!, staff: staff! };
}
