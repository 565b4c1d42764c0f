import {
  EMPTY_CHANGE_MODEL,
  LIMITS,
  type ChangeModel,
  type ChangeModelVersion,
} from '../../../shared/contracts/change-model.js';
import { notFound } from '../../core/errors.js';
import { danishToday } from '../../time/danish-today.js';
import { loadVisibleCourse } from '../courses/index.js';
import { openConflictingEdits } from '../edit-conflicts/index.js';
import { presentIndicators, presentVersionSummary } from './presenter.js';
import * as repo from './repository.js';
import { parseKeptEdit, parseStoredContent } from './stored-content.js';
import type { Context } from '../../core/context.js';

const KEPT_EDITS_SHOWN = 20;

/**
 * The course's change model as everyone who sees the course reads it: the
 * current version (or an empty model), the newest versions, each indicator's
 * progress with its newest measurements, the saves kept on conflict (for
 * those who may edit) and what the caller may do.
 */
export async function readChangeModel(ctx: Context, courseId: string): Promise<ChangeModel> {
  const { tx } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  const current = await repo.currentVersion(tx, courseId);
  const content = current ? parseStoredContent(current.content) : EMPTY_CHANGE_MODEL;
  const versions = await repo.listVersions(tx, courseId, LIMITS.versionsListed);
  const rows = await repo.recentMeasurements(
    tx,
    courseId,
    content.indicators.map((i) => i.key),
    LIMITS.measurementsListed,
  );
  const edit = ctx.access.may('change_model.write', course);
  // Oldest first; more than a handful means nobody resolves them, and the next appear as these are.
  const kept = edit ? (await openConflictingEdits(tx, 'change_model', courseId)).slice(0, KEPT_EDITS_SHOWN) : [];
  return {
    courseId,
    version: current?.version ?? 0,
    content,
    note: current?.note ?? '',
    savedAt: current?.savedAt.toISOString() ?? null,
    savedBy: current?.savedBy ?? null,
    versions: { total: versions.total, items: versions.items.map(presentVersionSummary) },
    indicators: presentIndicators(ctx.access, course, content.indicators, rows, danishToday(ctx.now)),
    conflicts: kept.map((k) => ({
      id: k.id,
      baseVersion: k.baseVersion,
      savedAt: k.savedAt.toISOString(),
      savedBy: k.savedBy,
      content: parseKeptEdit(k.content),
    })),
    allowed: { edit, measure: ctx.access.may('measurement.record', course) },
  };
}

/** One saved version in full. */
export async function readVersion(ctx: Context, courseId: string, version: number): Promise<ChangeModelVersion> {
  const { tx } = ctx;
  await loadVisibleCourse(ctx, courseId);
  const row = await repo.findVersion(tx, courseId, version);
  if (!row) throw notFound();
  return { courseId, ...presentVersionSummary(row), content: parseStoredContent(row.content) };
}
