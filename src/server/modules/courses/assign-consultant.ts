import { and, eq } from 'drizzle-orm';
import type { Course } from '../../../shared/contracts/courses.js';
import { writeAudit } from '../../audit/write-audit.js';
import { roleAssignments, users } from '../../db/schema.js';
import { AppError, forbidden } from '../../core/errors.js';
import { publish } from '../../core/events.js';
import { loadVisibleCourse, readCourse } from './read-courses.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * The admin assigns (or removes) the course's consultant: an active user
 * holding the consultant role. The consultant's place among the participants
 * of the course's planned meetings follows.
 */
export async function assignConsultant(
  ctx: Context,
  id: string,
  input: { version: number; consultantId: string | null },
): Promise<Course> {
  const { tx, actor } = ctx;
  if (!ctx.access.can('course.assign')) throw forbidden();
  const course = await loadVisibleCourse(ctx, id);
  if (input.consultantId) {
    const [holder] = await tx
      .select({ id: users.id })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(
        and(
          eq(roleAssignments.userId, input.consultantId),
          eq(roleAssignments.role, 'consultant'),
          eq(users.active, true),
        ),
      );
    if (!holder) {
      throw new AppError('validation_failed', {
        errors: [{ field: 'consultantId', message: 'Brugeren findes ikke eller er ikke praksiskonsulent' }],
      });
    }
  }
  if (!(await repo.updateCourse(tx, id, input.version, { consultantId: input.consultantId }, ctx.now)))
    throw new AppError('version_conflict');
  await publish(tx, 'course.consultant_changed', {
    courseId: id,
    from: course.consultantId,
    to: input.consultantId,
    at: ctx.now,
  });
  await writeAudit(tx, actor, {
    action: 'course.consultant_assign',
    entityType: 'course',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: { consultantId: input.consultantId },
  });
  return readCourse(ctx, id);
}
