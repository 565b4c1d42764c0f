import { queryOptions } from '@tanstack/react-query';
import { taskEndpoints as E } from '../../../../src/shared/contracts/endpoints/tasks.js';
import type { Task, TaskKind } from '../../../../src/shared/contracts/tasks.js';
import { call } from '../../api/call.js';
import type { TaskGroup } from '../../i18n/home.da.js';

export type { Task, TaskKind };

/**
 * "Mine opgaver": one query, keyed by the person and their active role, read
 * by the start page and by the count in the menu (they share the cache).
 */
export const myTasksQuery = (userId: string, role: string) =>
  queryOptions({
    queryKey: ['me', 'tasks', userId, role],
    queryFn: ({ signal }) => call(E.mine, { signal }),
  });

/** Which heading a task stands under on the start page, in this order. */
export const TASK_GROUPS: Record<TaskKind, TaskGroup> = {
  application_not_started: 'applications',
  application_draft: 'applications',
  agreement_to_sign: 'applications',
  application_to_score: 'applications',
  round_to_decide: 'applications',
  meeting_this_week: 'meetings',
  meetings_to_date: 'meetings',
  minutes_owed: 'meetings',
  minutes_to_approve: 'meetings',
  self_analysis_due: 'course',
  measurement_due: 'course',
  trial_to_log: 'course',
  mail_failed: 'mail',
  mail_waiting: 'mail',
};
export const GROUP_ORDER: readonly TaskGroup[] = ['applications', 'meetings', 'course', 'mail'];
