import type { SelfAnalysis } from '../../../shared/contracts/self-analysis.js';
import { writeAudit } from '../../audit/write-audit.js';
import { loadVisibleCourse } from '../courses/index.js';
import { readPrefilledFigures } from './prefilled-figures.js';
import { toSelfAnalysisResponse } from './presenter.js';
import { loadSelfAnalysisState } from './self-analysis-state.js';
import type { Context } from '../../core/context.js';

/**
 * A course's self-analysis for everyone who may see the course: the empty
 * template before the first save, the figures Indsats holds (as they are
 * now, or as they were when it was presented), open kept versions and what
 * is missing before it can be presented.
 */
export async function readSelfAnalysis(ctx: Context, courseId: string): Promise<SelfAnalysis> {
  const { tx, now } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  const state = await loadSelfAnalysisState(tx, course);
  const prefilled =
    state.presentedFigures ?? (await readPrefilledFigures(tx, course, state.institutions, state.application, now));
  return toSelfAnalysisResponse(ctx.access, course, state, prefilled);
}

/**
 * Somebody opens the self-analysis: its answers describe the municipality's
 * leaders and staff and its figures include children with special support,
 * so the read is logged – the course's self-analysis and its version.
 */
export async function viewSelfAnalysis(ctx: Context, courseId: string): Promise<SelfAnalysis> {
  const { tx, actor } = ctx;
  const selfAnalysis = await readSelfAnalysis(ctx, courseId);
  await writeAudit(tx, actor, {
    action: 'self_analysis.read',
    entityType: 'self_analysis',
    entityId: courseId,
    municipalityCode: selfAnalysis.municipalityCode,
    details: { format: 'json', version: selfAnalysis.version },
  });
  return selfAnalysis;
}
