import type { SelfAnalysis } from '../../../shared/contracts/self-analysis.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { readPrefilledFigures } from './prefilled-figures.js';
import { readSelfAnalysis } from './read-self-analysis.js';
import * as repo from './repository.js';
import { loadSelfAnalysisState } from './self-analysis-state.js';
import { stateConflict } from './state-conflict.js';
import { toStored } from './stored-content.js';
import type { Context } from '../../core/context.js';
import { word } from '../../../shared/contracts/messages.js';
import { missingPartsDa } from '../../../shared/wording/self-analysis.da.js';

/**
 * Marks the self-analysis as presented (the consultant presents the results
 * to the municipality, seed 003): only a complete draft, at the version the
 * presenter saw. The figures Indsats holds are kept with it as they are now,
 * so the presentation keeps saying what was presented.
 */
export async function presentSelfAnalysis(ctx: Context, courseId: string, version: number): Promise<SelfAnalysis> {
  const { tx, actor, now } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  if (!ctx.access.may('self_analysis.write', course)) throw forbidden();
  const state = await loadSelfAnalysisState(tx, course);
  const { row } = state;
  if (row?.status === 'presented') throw stateConflict('self_analysis_presented', 'Egenanalysen er allerede fremlagt.');
  if (row && row.version !== version) throw new AppError('version_conflict');
  if (!row || state.missing.length > 0) {
    throw new AppError('validation_failed', {
      detail: 'Egenanalysen kan ikke fremlægges endnu. Udfyld det, der mangler.',
      errors: state.missing.map((m) => ({ field: m.field, message: word(missingPartsDa, m.why) })),
    });
  }
  const figures = await readPrefilledFigures(tx, course, state.institutions, state.application, now);
  const stored = toStored(state.content, { ...figures, frozen: true });
  if (
    !(await repo.setStatus(tx, courseId, version, {
      status: 'presented',
      content: stored,
      presentedBy: actor.userId,
      presentedAt: now,
    }))
  ) {
    throw new AppError('version_conflict');
  }
  await writeAudit(tx, actor, {
    action: 'self_analysis.present',
    entityType: 'self_analysis',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: { version },
  });
  return readSelfAnalysis(ctx, courseId);
}
