import type { SelfAnalysisContent } from '../../../shared/contracts/self-analysis.js';
import { emptySelfAnalysis, type PrefilledFigures } from '../../../shared/contracts/self-analysis.js';
import type { Queryable } from '../../db/client.js';
import { openConflictingEdits, type ConflictingEditRow } from '../edit-conflicts/index.js';
import { missingParts } from './missing-parts.js';
import {
  courseInstitutions,
  type ApplicationFigures,
  type CourseInstitution,
  type CourseRef,
} from './prefilled-figures.js';
import * as repo from './repository.js';
import { parseStored } from './stored-content.js';

export interface SelfAnalysisState {
  row: repo.SelfAnalysisRow | null;
  content: SelfAnalysisContent;
  presentedFigures: PrefilledFigures | null;
  institutions: CourseInstitution[];
  application: ApplicationFigures | null;
  conflicts: ConflictingEditRow[];
  missing: ReturnType<typeof missingParts>;
}

/** Everything known about a course's self-analysis (its caller has checked access to the course). */
export async function loadSelfAnalysisState(tx: Queryable, course: CourseRef): Promise<SelfAnalysisState> {
  // The three reads go together (db/batching-client.ts).
  const [row, { institutions, application }, conflicts] = await Promise.all([
    repo.findSelfAnalysis(tx, course.id),
    courseInstitutions(tx, course),
    openConflictingEdits(tx, 'self_analysis', course.id),
  ]);
  const stored = row ? parseStored(row.content) : { content: emptySelfAnalysis(), presentedFigures: null };
  return {
    row,
    ...stored,
    institutions,
    application,
    conflicts,
    missing: missingParts(stored.content, institutions, conflicts.length),
  };
}
