import type { SelfAnalysis } from '../../../shared/contracts/self-analysis.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { readSelfAnalysis } from './read-self-analysis.js';
import * as repo from './repository.js';
import { stateConflict } from './state-conflict.js';
import { parseStored, toStored } from './stored-content.js';
import type { Context } from '../../core/context.js';

/** Back to a draft that can be changed; the figures are read afresh from then on. */
export async function reopenSelfAnalysis(ctx: Context, courseId: string, version: number): Promise<SelfAnalysis> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  if (!ctx.access.may('self_analysis.write', course)) throw forbidden();
  const row = await repo.findSelfAnalysis(tx, courseId);
  if (row?.status !== 'presented') throw stateConflict('self_analysis_not_presented');
  if (row.version !== version) throw new AppError('version_conflict');
  const { content } = parseStored(row.content);
  if (
    !(await repo.setStatus(tx, courseId, version, {
      status: 'draft',
      content: toStored(content),
      presentedBy: null,
      presentedAt: null,
    }))
  ) {
    throw new AppError('version_conflict');
  }
  await writeAudit(tx, actor, {
    action: 'self_analysis.reopen',
    entityType: 'self_analysis',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: { version },
  });
  return readSelfAnalysis(ctx, courseId);
}
