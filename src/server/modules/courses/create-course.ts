import type { Queryable } from '../../db/client.js';
import * as applicationsRepo from '../applications/repository.js';
import * as repo from './repository.js';
import { meetingsOf, typicalPlan } from './typical-plan.js';

/**
 * Creates the course of a signed agreement from the typical plan, with one
 * working group per institution of the application. Idempotent: a course that
 * exists is left as it is. Returns the new course's id, or null.
 */
export async function createCourseFromApplication(
  q: Queryable,
  app: { id: string; roundId: string; municipalityCode: string; institutionIds: string[]; consultantId?: string | null },
): Promise<string | null> {
  const names = await applicationsRepo.institutionNames(q, app.municipalityCode, app.institutionIds);
  const institutions = app.institutionIds.filter((id) => id in names).map((id) => ({ id, name: names[id] ?? '' }));
  const plan = typicalPlan(institutions);
  const courseId = await repo.insertCourse(q, {
    applicationId: app.id,
    roundId: app.roundId,
    municipalityCode: app.municipalityCode,
    consultantId: app.consultantId ?? null,
    plan,
  });
  if (courseId) await repo.insertMeetings(q, courseId, meetingsOf(plan));
  return courseId;
}
