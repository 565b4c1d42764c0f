import type { PrefilledFigures, SelfAnalysis } from '../../../shared/contracts/self-analysis.js';
import type { Access } from '../../access/index.js';
import type { CourseRow } from '../courses/index.js';
import type { SelfAnalysisState } from './self-analysis-state.js';
import { parseContent } from './stored-content.js';

/** Kept versions shown at once; the user resolves them one by one, oldest first. */
const KEPT_SHOWN = 10;

export function toSelfAnalysisResponse(
  access: Access,
  course: CourseRow,
  state: SelfAnalysisState,
  prefilled: PrefilledFigures,
): SelfAnalysis {
  const { row } = state;
  const status = row?.status ?? 'not_started';
  const write = access.may('self_analysis.write', course);
  return {
    courseId: course.id,
    municipalityCode: course.municipalityCode,
    municipalityName: course.municipalityName,
    roundName: course.roundName,
    status,
    version: row?.version ?? 0,
    content: state.content,
    institutions: state.institutions,
    prefilled,
    missing: status === 'presented' ? [] : state.missing,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
    presentedAt: row?.presentedAt?.toISOString() ?? null,
    presentedBy: row?.presentedBy ?? null,
    conflicts: state.conflicts.slice(0, KEPT_SHOWN).map((c) => ({
      id: c.id,
      baseVersion: c.baseVersion,
      savedAt: c.savedAt.toISOString(),
      savedBy: c.savedBy,
      content: parseContent(c.content),
    })),
    allowed: {
      edit: write && status !== 'presented',
      present: write && status === 'draft',
      reopen: write && status === 'presented',
      resolveConflicts: write,
    },
  };
}
