import type { ListTrialsResponse, TrialStatus, TrialWithLogs } from '../../../shared/contracts/trials.js';
import { writeAudit } from '../../audit/write-audit.js';
import { notFound } from '../../core/errors.js';
import { loadVisibleCourse, type CourseRow } from '../courses/index.js';
import { openableMeetings, presentTrial, withLogs } from './present-trial.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { courseFilter, readableTrials, workReach } from '../../access/index.js';

/**
 * A trial whose course the actor sees (courses/access.ts) and which the actor
 * reaches (access/meetings.ts: leaders and staff their own working groups',
 * the course-wide ones and those of meetings they are invited to), with its
 * course; anything else is 404.
 */
export async function loadVisibleTrial(ctx: Context, id: string): Promise<{ trial: repo.TrialRow; course: CourseRow }> {
  const { tx, actor } = ctx;
  const filter = courseFilter(actor);
  const trial = filter ? await repo.findTrial(tx, id, filter, readableTrials(workReach(actor))) : null;
  if (!trial) throw notFound();
  return { trial, course: await loadVisibleCourse(ctx, trial.courseId) };
}

/** The trial with its newest logs (also the answer to a change, which the change's own audit row covers). */
export async function readTrial(ctx: Context, id: string): Promise<TrialWithLogs> {
  const { trial, course } = await loadVisibleTrial(ctx, id);
  return presentOne(ctx, course, trial);
}

async function presentOne(ctx: Context, course: CourseRow, trial: repo.TrialRow): Promise<TrialWithLogs> {
  const [presented] = await withLogs(ctx, course, [trial]);
  if (!presented) throw notFound();
  return presented;
}

/**
 * Somebody opens a trial: its logs (what was tried, what happened, the
 * reflection) often describe children, so the read is logged – the trial and
 * how many logs were shown, never their content.
 */
export async function viewTrial(ctx: Context, id: string): Promise<TrialWithLogs> {
  const { tx, actor } = ctx;
  const { trial, course } = await loadVisibleTrial(ctx, id);
  const presented = await presentOne(ctx, course, trial);
  await writeAudit(tx, actor, {
    action: 'trial.read',
    entityType: 'trial',
    entityId: trial.id,
    municipalityCode: course.municipalityCode,
    details: { courseId: course.id, logs: presented.logs.length },
  });
  return presented;
}

/** A course's trials the actor reaches, a page at a time: open first, then completed, then dropped. */
export async function listCourseTrials(
  ctx: Context,
  courseId: string,
  query: { status?: TrialStatus | undefined; page: number; pageSize: number },
): Promise<ListTrialsResponse> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  const { rows, total } = await repo.listTrials(tx, courseId, {
    status: query.status,
    page: query.page,
    pageSize: query.pageSize,
    readable: readableTrials(workReach(actor)),
  });
  const openable = await openableMeetings(ctx, courseId);
  return {
    items: rows.map((r) => presentTrial(ctx.access, course, r, openable)),
    page: { page: query.page, pageSize: query.pageSize, total },
  };
}
