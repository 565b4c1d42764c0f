import type { VersionConflict } from '../../../shared/contracts/edit-conflicts.js';
import { CONTENT_PARTS, type SelfAnalysis, type SelfAnalysisContent } from '../../../shared/contracts/self-analysis.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden, type FieldError } from '../../core/errors.js';
import { type CourseRow, loadVisibleCourse } from '../courses/index.js';
import { keepConflictingEdit } from '../edit-conflicts/index.js';
import { readSelfAnalysis } from './read-self-analysis.js';
import * as repo from './repository.js';
import { loadSelfAnalysisState } from './self-analysis-state.js';
import { toStored } from './stored-content.js';
import type { Context } from '../../core/context.js';

export type SaveResult =
  | { kind: 'saved'; selfAnalysis: SelfAnalysis }
  /** Someone saved first: this save is kept beside theirs; the caller answers 409 (carrying `conflict`) after the commit. */
  | { kind: 'kept'; conflict: VersionConflict }
  /** Presented: nothing changes until it is reopened (a differing save is kept, so nothing typed is lost). */
  | { kind: 'presented'; conflictId: string | null };

/**
 * Saves the self-analysis (autosave sends the whole form). A save on top of
 * an older version is never thrown away: it is kept in edit_conflicts beside
 * the current one until someone chooses. A save identical to the current
 * content is no conflict and changes nothing.
 */
export async function saveSelfAnalysis(
  ctx: Context,
  courseId: string,
  input: { baseVersion: number; content: SelfAnalysisContent },
): Promise<SaveResult> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  if (!ctx.access.may('self_analysis.write', course)) throw forbidden();
  const state = await loadSelfAnalysisState(tx, course);
  assertCourseInstitutions(input.content, state.institutions);
  const { row } = state;
  const unchanged = sameContent(state.content, input.content);
  if (row?.status === 'presented') {
    return { kind: 'presented', conflictId: unchanged ? null : await keep(ctx, course, input, row.version) };
  }
  if (unchanged && row) return { kind: 'saved', selfAnalysis: await readSelfAnalysis(ctx, courseId) };
  const stored = toStored(input.content);
  const saved =
    input.baseVersion === 0 && !row
      ? await repo.insertSelfAnalysis(tx, courseId, stored, actor.userId)
      : await repo.updateDraft(tx, courseId, input.baseVersion, stored, actor.userId, ctx.now);
  if (!saved) {
    const conflictId = await keep(ctx, course, input, row?.version ?? 0);
    return { kind: 'kept', conflict: { id: conflictId, version: row?.version ?? 0, content: state.content } };
  }
  await writeAudit(tx, actor, {
    action: 'self_analysis.save',
    entityType: 'self_analysis',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: {
      fromVersion: input.baseVersion,
      changedSections: CONTENT_PARTS.filter((p) => !samePart(state.content[p], input.content[p])),
    },
  });
  return { kind: 'saved', selfAnalysis: await readSelfAnalysis(ctx, courseId) };
}

async function keep(
  ctx: Context,
  course: CourseRow,
  input: { baseVersion: number; content: SelfAnalysisContent },
  currentVersion: number,
): Promise<string> {
  const { tx, actor } = ctx;
  const conflictId = await keepConflictingEdit(tx, {
    courseId: course.id,
    kind: 'self_analysis',
    entityId: course.id,
    baseVersion: input.baseVersion,
    content: toStored(input.content),
    savedBy: actor.userId,
  });
  await writeAudit(tx, actor, {
    action: 'self_analysis.save_conflict',
    entityType: 'self_analysis',
    entityId: course.id,
    municipalityCode: course.municipalityCode,
    details: { baseVersion: input.baseVersion, currentVersion, conflictId },
  });
  return conflictId;
}

/** Capacity figures are accepted only for the course's own institutions. */
function assertCourseInstitutions(content: SelfAnalysisContent, institutions: { id: string }[]): void {
  const known = new Set(institutions.map((i) => i.id));
  const errors: FieldError[] = Object.keys(content.capacity.institutions)
    .filter((id) => !known.has(id))
    .map((id) => ({ field: `content.capacity.institutions.${id}`, message: 'Dagtilbuddet indgår ikke i forløbet' }));
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

const samePart = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const sameContent = (a: SelfAnalysisContent, b: SelfAnalysisContent): boolean => samePart(a, b);
