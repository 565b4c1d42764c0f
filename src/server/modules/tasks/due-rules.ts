import { and, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { courseMeetings } from '../../db/schema.js';
import { trialLogs, trials } from '../../db/schema-course-work.js';
import { addDays } from '../../time/add-days.js';
import { isDue } from '../change-model/index.js';
import { lastPassed } from './task-dates.js';

/**
 * When a trial log and an indicator's measurement are due: the one rule that
 * "Mine opgaver" shows and the notifications' reminders send (ADR 29, 33).
 */

/** A trial not logged for this many days is one to log again. */
export const TRIAL_LOG_INTERVAL_DAYS = 14;

/** The day a trial must have been logged on or after not to be due today. */
export function trialLoggedSince(today: string): string {
  return addDays(today, -TRIAL_LOG_INTERVAL_DAYS);
}

/**
 * As a condition on `trials`: open, agreed before trialLoggedSince(today), and not
 * logged since (trial_logs_trial_idx). A trial is agreed on its meeting's day, or the
 * day it was saved when that came first (trials' agreedOn): one agreed this week is
 * being tried, not overdue, so neither the task list nor a reminder asks for its log.
 */
export function trialLogDue(today: string): SQL {
  const since = trialLoggedSince(today);
  const agreedOn = sql`LEAST((${trials.createdAt} AT TIME ZONE 'Europe/Copenhagen')::date,
    COALESCE((SELECT agreed_at.date FROM ${courseMeetings} agreed_at WHERE agreed_at.id = ${trials.meetingId}), 'infinity'::date))`;
  return and(
    eq(trials.status, 'open'),
    sql`${agreedOn} < ${since}::date`,
    sql`NOT EXISTS (SELECT 1 FROM ${trialLogs} due_log WHERE due_log.trial_id = ${trials.id} AND due_log.tried_on >= ${since})`,
  )!;
}

/** What the rule reads of a stored change model: its indicators' keys, names and planned days. */
const StoredIndicators = z.object({
  indicators: z.array(
    z.object({ key: z.string(), name: z.string(), measuredWhen: z.object({ dates: z.array(z.string()) }) }),
  ),
});

/**
 * The indicators of a course's current change model whose measurement is due
 * today (change-model isDue), each with the planned day it is due for.
 * `measured` is each indicator's latest measurement day.
 */
export function dueIndicators(
  model: unknown,
  measured: Record<string, string>,
  today: string,
): { key: string; name: string; due: string | null }[] {
  if (model === null || model === undefined) return [];
  return StoredIndicators.parse(model).indicators.flatMap((i) => {
    const last = measured[i.key];
    if (!isDue(i.measuredWhen.dates, last ? [last] : [], today)) return [];
    return [{ key: i.key, name: i.name, due: lastPassed(i.measuredWhen.dates, today) }];
  });
}
