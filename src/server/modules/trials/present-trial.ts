import type { SQL } from 'drizzle-orm';
import type { Trial, TrialLog, TrialWithLogs } from '../../../shared/contracts/trials.js';
import type { Access } from '../../access/index.js';
import { danishToday } from '../../time/danish-today.js';
import { meetingsOfCourse, type CourseRow } from '../courses/index.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { readableMeetings, workReach } from '../../access/index.js';

/** How many logs a trial shows with it: the newest; `logCount` counts them all. */
export const LOGS_SHOWN = 100;

/**
 * The day a trial was agreed: the meeting's day when it was written down
 * afterwards (minutes may be written after the meeting), else the day it was saved.
 */
export function agreedOn(row: { createdAt: Date; meetingDate: string | null }): string {
  const saved = danishToday(row.createdAt);
  return row.meetingDate !== null && row.meetingDate < saved ? row.meetingDate : saved;
}

/** The ids of the course's meetings the actor may open; null when they may open every one. The course by id or subquery. */
export async function openableMeetings(ctx: Context, courseId: string | SQL): Promise<Set<string> | null> {
  const { tx, actor } = ctx;
  const readable = readableMeetings(workReach(actor));
  return readable ? new Set((await meetingsOfCourse(tx, courseId, readable)).map((m) => m.id)) : null;
}

/** `openable`: the meetings the actor may open (openableMeetings; null = all). */
export function presentTrial(
  access: Access,
  course: CourseRow,
  row: repo.TrialRow,
  openable: Set<string> | null = null,
): Trial {
  const group = row.groupKey ? course.plan.workingGroups.find((g) => g.key === row.groupKey) : undefined;
  return {
    id: row.id,
    courseId: row.courseId,
    meeting: { id: row.meetingId, title: row.meetingTitle, date: row.meetingDate },
    group: row.groupKey ? { key: row.groupKey, name: group?.name ?? row.groupKey } : null,
    description: row.description,
    responsible: row.responsible,
    status: row.status,
    createdBy: row.createdByName,
    agreedOn: agreedOn(row),
    version: row.version,
    logCount: row.logCount,
    latestLogOn: row.latestLogOn,
    allowed: {
      edit: access.may('trial.edit', { course: course, trial: row }),
      log: access.may('trial.log', { course: course, trial: row }),
      openMeeting: openable === null || openable.has(row.meetingId),
    },
  };
}

function presentLog(row: repo.TrialLogRow): TrialLog {
  return {
    id: row.id,
    triedOn: row.triedOn,
    whatTried: row.whatTried,
    whatHappened: row.whatHappened,
    reflection: row.reflection,
    authorName: row.authorName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Trials with their newest logs, in the order given. */
export async function withLogs(
  ctx: Context,
  course: CourseRow,
  rows: repo.TrialRow[],
  perTrial = LOGS_SHOWN,
): Promise<TrialWithLogs[]> {
  if (rows.length === 0) return [];
  const [logs, openable] = await Promise.all([
    repo.latestLogs(
      ctx.tx,
      rows.map((r) => r.id),
      perTrial,
    ),
    openableMeetings(ctx, course.id),
  ]);
  return presentWithLogs(ctx, course, rows, logs, openable);
}

/** Trials with the logs read for them (`logs` may hold more), in the order given. */
export function presentWithLogs(
  ctx: Context,
  course: CourseRow,
  rows: repo.TrialRow[],
  logs: repo.TrialLogRow[],
  openable: Set<string> | null,
): TrialWithLogs[] {
  return rows.map((r) => ({
    ...presentTrial(ctx.access, course, r, openable),
    logs: logs.filter((l) => l.trialId === r.id).map(presentLog),
  }));
}
