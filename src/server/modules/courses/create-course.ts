import type { Queryable } from '../../db/client.js';
import { institutionNames } from '../applications/index.js';
import { publish } from '../../core/events.js';
import * as repo from './repository.js';
import { meetingsOf, typicalPlan } from './typical-plan.js';

/**
 * Creates the course of a signed agreement from the typical plan, with one
 * working group per institution of the application; publishes `course.created`,
 * on which meetings invites the default participants. Idempotent: a
 * course that exists is left as it is. Returns the new course's id, or null.
 */
export async function createCourseFromApplication(
  q: Queryable,
  app: {
    id: string;
    roundId: string;
    municipalityCode: string;
    institutionIds: string[];
    consultantId?: string | null;
  },
): Promise<string | null> {
  const names = await institutionNames(q, app.municipalityCode, app.institutionIds);
  const institutions = app.institutionIds.filter((id) => id in names).map((id) => ({ id, name: names[id] ?? '' }));
  const plan = typicalPlan(institutions);
  const consultantId = app.consultantId ?? null;
  const courseId = await repo.insertCourse(q, {
    applicationId: app.id,
    roundId: app.roundId,
    municipalityCode: app.municipalityCode,
    consultantId,
    plan,
  });
  if (!courseId) return null;
  await repo.insertMeetings(q, courseId, meetingsOf(plan));
  const meetings = await repo.meetingsOfCourse(q, courseId);
  await publish(q, 'course.created', {
    courseId,
    course: { municipalityCode: app.municipalityCode, consultantId, plan },
    meetings,
  });
  return courseId;
}
