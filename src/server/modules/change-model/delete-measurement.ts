import { writeAudit } from '../../audit/write-audit.js';
import { forbidden, notFound } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/** Deletes a measurement recorded by mistake: its recorder, or a writer of the model. */
export async function deleteMeasurement(
  ctx: Context,
  courseId: string,
  key: string,
  measurementId: string,
): Promise<void> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  const row = await repo.findMeasurement(tx, courseId, key, measurementId);
  if (!row) throw notFound();
  if (!ctx.access.may('measurement.delete', { course, recordedBy: row.recordedBy })) throw forbidden();
  await repo.deleteMeasurement(tx, courseId, measurementId);
  await writeAudit(tx, actor, {
    action: 'indicator.measurement_delete',
    entityType: 'change_model',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: { indicatorKey: key, measurementId },
  });
}
