import type { MissingPart } from '../../../shared/contracts/self-analysis.js';
import type { Queryable } from '../../db/client.js';
import { courseFacts } from './repository.js';
import { loadSelfAnalysisState } from './self-analysis-state.js';

export interface SelfAnalysisStatusSummary {
  status: 'not_started' | 'draft' | 'presented';
  presentedAt: string | null;
  /** What must be filled before it can be presented (empty once presented). */
  missing: MissingPart[];
}

type CourseFacts = NonNullable<Awaited<ReturnType<typeof courseFacts>>>;

/**
 * Where a course's self-analysis stands, for the course dashboard. The
 * caller has already checked that the actor may see the course; a caller that
 * has the course row passes it as `known`, so it is not read a second time.
 */
export async function selfAnalysisStatus(
  tx: Queryable,
  courseId: string,
  known?: CourseFacts,
): Promise<SelfAnalysisStatusSummary> {
  const facts = known ?? (await courseFacts(tx, courseId));
  if (!facts) return { status: 'not_started', presentedAt: null, missing: [] };
  const state = await loadSelfAnalysisState(tx, { id: courseId, ...facts });
  const status = state.row?.status ?? 'not_started';
  return {
    status,
    presentedAt: state.row?.presentedAt?.toISOString() ?? null,
    missing: status === 'presented' ? [] : state.missing,
  };
}
