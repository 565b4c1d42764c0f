import type { MissingPart } from '../../../shared/contracts/self-analysis.js';
import type { CourseRef } from './prefilled-figures.js';
import { selfAnalysisStateOf, type SelfAnalysisRows } from './self-analysis-state.js';

export interface SelfAnalysisStatusSummary {
  status: 'not_started' | 'draft' | 'presented';
  presentedAt: string | null;
  /** What must be filled before it can be presented (empty once presented). */
  missing: MissingPart[];
}

/**
 * Where a course's self-analysis stands, for the course dashboard, from its
 * rows (readSelfAnalysisRows, read with the course) once the caller has found
 * the course for the actor.
 */
export function selfAnalysisStatus(course: Pick<CourseRef, 'plan'>, rows: SelfAnalysisRows): SelfAnalysisStatusSummary {
  const state = selfAnalysisStateOf(course, rows);
  const status = state.row?.status ?? 'not_started';
  return {
    status,
    presentedAt: state.row?.presentedAt?.toISOString() ?? null,
    missing: status === 'presented' ? [] : state.missing,
  };
}
