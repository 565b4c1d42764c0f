import { renderPdf, selfAnalysisPresentation } from '../../documents/index.js';
import { writeAudit } from '../../audit/write-audit.js';
import { loadVisibleCourse } from '../courses/index.js';
import { readPrefilledFigures } from './prefilled-figures.js';
import { loadSelfAnalysisState } from './self-analysis-state.js';
import type { Context } from '../../core/context.js';

/**
 * The presentation of the results as PDF, rendered on request from what is
 * stored (a draft is marked as such), for everyone who may see the course.
 */
export async function selfAnalysisPdf(ctx: Context, courseId: string): Promise<{ bytes: Buffer; filename: string }> {
  const { tx, actor, now } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  const state = await loadSelfAnalysisState(tx, course);
  // As the page: the read is logged (read-self-analysis.ts viewSelfAnalysis).
  await writeAudit(tx, actor, {
    action: 'self_analysis.read',
    entityType: 'self_analysis',
    entityId: course.id,
    municipalityCode: course.municipalityCode,
    details: { format: 'pdf', version: state.row?.version ?? 0 },
  });
  const prefilled =
    state.presentedFigures ?? (await readPrefilledFigures(tx, course, state.institutions, state.application, now));
  const model = selfAnalysisPresentation({
    courseId: course.id,
    municipalityName: course.municipalityName,
    municipalityCode: course.municipalityCode,
    roundName: course.roundName,
    courseStart: course.periodStart,
    courseEnd: course.periodEnd,
    status: state.row?.status ?? 'not_started',
    presentedAt: state.row?.presentedAt ?? null,
    presentedBy: state.row?.presentedBy ?? null,
    generatedAt: now,
    content: state.content,
    institutions: state.institutions,
    prefilled,
  });
  const draft = state.row?.status === 'presented' ? '' : '-kladde';
  return {
    bytes: await renderPdf(model),
    filename: `egenanalyse-${course.municipalityName}-${course.roundName}${draft}.pdf`,
  };
}
