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

/** The rows a self-analysis's state is made of (readSelfAnalysisRows). */
export interface SelfAnalysisRows {
  row: repo.SelfAnalysisRow | null;
  application: Awaited<ReturnType<typeof repo.applicationOfCourse>>;
  institutions: CourseInstitution[];
  conflicts: ConflictingEditRow[];
}

/**
 * The rows of a course's self-analysis, read by the course's id alone: they
 * travel together (db/batching-client.ts), and with the course itself when the
 * caller reads it at the same time – so nothing here may be shown before the
 * caller has checked access to the course.
 */
export async function readSelfAnalysisRows(tx: Queryable, courseId: string): Promise<SelfAnalysisRows> {
  const [row, application, institutions, conflicts] = await Promise.all([
    repo.findSelfAnalysis(tx, courseId),
    repo.applicationOfCourse(tx, courseId),
    repo.institutionsOfCourse(tx, courseId),
    openConflictingEdits(tx, 'self_analysis', courseId),
  ]);
  return { row, application, institutions, conflicts };
}

/** The state of a course's self-analysis from its rows; `course` orders the institutions. */
export function selfAnalysisStateOf(course: Pick<CourseRef, 'plan'>, rows: SelfAnalysisRows): SelfAnalysisState {
  const { row, conflicts } = rows;
  const { institutions, application } = courseInstitutions(course.plan, rows.application, rows.institutions);
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

/** Everything known about a course's self-analysis (its caller has checked access to the course). */
export async function loadSelfAnalysisState(tx: Queryable, course: CourseRef): Promise<SelfAnalysisState> {
  return selfAnalysisStateOf(course, await readSelfAnalysisRows(tx, course.id));
}
