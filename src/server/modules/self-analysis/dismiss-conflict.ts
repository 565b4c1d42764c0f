import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import { forbidden, notFound } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/read-courses.js';
import { dismissConflictingEdit } from '../edit-conflicts/repository.js';
import { mayWriteSelfAnalysis } from './access.js';

/** Puts a kept version away once someone has chosen (taking it over is an ordinary save first). */
export async function dismissSelfAnalysisConflict(tx: Tx, actor: Actor, courseId: string, conflictId: string): Promise<void> {
  const course = await loadVisibleCourse(tx, actor, courseId);
  if (!mayWriteSelfAnalysis(actor)) throw forbidden();
  if (!(await dismissConflictingEdit(tx, 'self_analysis', courseId, conflictId))) throw notFound();
  await writeAudit(tx, actor, {
    action: 'self_analysis.conflict_dismissed',
    entityType: 'self_analysis',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: { conflictId },
  });
}
