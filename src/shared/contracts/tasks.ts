import { z } from 'zod';

/**
 * "Mine opgaver" (issue 11 point 1): what the person in their active role has
 * to do now, derived from the data at request time – never a stored list.
 * Each task is a code the client words (ADR 24) with the facts it needs: the
 * record it concerns, its title, a due date where there is one, and where in
 * the web client it is done.
 */
export const TASK_KINDS = [
  // coordinator
  'application_not_started',
  'application_draft',
  'agreement_to_sign',
  'minutes_to_approve',
  'self_analysis_due',
  'measurement_due',
  // consultant
  'meetings_to_date',
  'minutes_owed',
  'meeting_this_week',
  // assessor
  'application_to_score',
  // national_admin
  'round_to_decide',
  'mail_failed',
  'mail_waiting',
  // daycare_leader, staff
  'trial_to_log',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const Task = z.object({
  kind: z.enum(TASK_KINDS),
  /** The record the task concerns (application, meeting, course, round, trial …); the kind for an aggregate. */
  id: z.string(),
  /** The record's own title (a round's or meeting's name, a trial's description, a municipality). */
  title: z.string(),
  /** Where it belongs, when the title alone does not say: the municipality, the course's round. */
  context: z.string().nullable(),
  /** The day it is due (Danish date), or null. */
  due: z.iso.date().nullable(),
  /** With a deadline or a meeting: the Danish wall time (HH:MM) on that day. */
  dueTime: z.string().nullable(),
  /** The due day has passed (or the deadline, with a time). */
  overdue: z.boolean(),
  /** How many records an aggregated task covers (meetings to date, e-mails), else null. */
  count: z.number().int().nullable(),
  /** Where in the web client it is done. */
  link: z.string(),
});
export type Task = z.infer<typeof Task>;

export const MyTasksResponse = z.object({
  /** The Danish date the tasks were derived for. */
  today: z.iso.date(),
  tasks: z.array(Task),
});
export type MyTasksResponse = z.infer<typeof MyTasksResponse>;
