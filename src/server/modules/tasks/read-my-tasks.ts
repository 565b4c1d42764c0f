import type { MyTasksResponse, Task } from '../../../shared/contracts/tasks.js';
import type { Context } from '../../core/context.js';
import { danishToday } from '../../time/danish-today.js';
import { applicationFilter, courseFilter, readableTrials, workReach } from '../../access/index.js';
import { dueIndicators } from './due-rules.js';
import * as repo from './repository.js';
import { danishDateAndTime } from '../../time/danish-date-and-time.js';
import { endOfWeek } from './task-dates.js';

/** Mail queued longer than this has not gone out ("unsent"), with or without SMTP. */
export const MAIL_WAITING_MS = 60 * 60 * 1000;

interface Today {
  now: Date;
  today: string;
}

const task = (t: Omit<Task, 'context' | 'due' | 'dueTime' | 'overdue' | 'count'> & Partial<Task>): Task => ({
  context: null,
  due: null,
  dueTime: null,
  overdue: false,
  count: null,
  ...t,
});

/**
 * "Mine opgaver": what the actor has to do now in their active role, derived
 * from the data at this request's instant (issue 11 point 1). Every read
 * carries the access module's scope for the actor, and a role's reads travel
 * together (ADR 26). Roles with nothing to do here get an empty list.
 */
export async function readMyTasks(ctx: Context): Promise<MyTasksResponse> {
  const when: Today = { now: ctx.now, today: danishToday(ctx.now) };
  return { today: when.today, tasks: await tasksOf(ctx, when) };
}

async function tasksOf(ctx: Context, when: Today): Promise<Task[]> {
  switch (ctx.actor.role) {
    case 'coordinator':
      return coordinatorTasks(ctx, when);
    case 'consultant':
      return consultantTasks(ctx, when);
    case 'assessor':
      return assessorTasks(ctx);
    case 'national_admin':
      return adminTasks(ctx, when);
    case 'daycare_chief':
      return approverTasks(ctx, when);
    case 'daycare_leader':
    case 'staff':
      return trialTasks(ctx, when);
    case 'partner':
    case 'evaluator':
      return [];
  }
}

async function coordinatorTasks(ctx: Context, when: Today): Promise<Task[]> {
  const applications = applicationFilter(ctx.actor);
  const courses = courseFilter(ctx.actor);
  if (!applications || !courses) return [];
  const { tx } = ctx;
  const [open, agreements, minutes, running] = await Promise.all([
    repo.openRoundsWithApplication(tx, applications, when.now),
    repo.agreementsToSign(tx, applications),
    repo.minutesToApprove(tx, courses, when.today),
    repo.runningCourses(tx, courses, when.today),
  ]);
  const tasks: Task[] = [];
  for (const r of open) {
    if (r.status === 'submitted') continue;
    const deadline = danishDateAndTime(r.deadline);
    const due = { due: deadline.date, dueTime: deadline.time, title: r.roundName };
    tasks.push(
      r.applicationId === null
        ? task({ kind: 'application_not_started', id: r.roundId, link: `/runder/${r.roundId}`, ...due })
        : task({ kind: 'application_draft', id: r.applicationId, link: `/ansoegninger/${r.applicationId}`, ...due }),
    );
  }
  for (const a of agreements)
    tasks.push(
      task({
        kind: 'agreement_to_sign',
        id: a.applicationId,
        title: a.roundName,
        link: `/ansoegninger/${a.applicationId}`,
      }),
    );
  tasks.push(...minutes.map(minutesTask('minutes_to_approve')));
  for (const c of running) {
    const context = c.roundName;
    if (c.selfAnalysisStatus !== 'presented')
      tasks.push(
        task({
          kind: 'self_analysis_due',
          id: c.courseId,
          title: c.municipalityName,
          context,
          link: `/forloeb/${c.courseId}/egenanalyse`,
        }),
      );
    for (const i of dueIndicators(c.model, c.measured, when.today))
      tasks.push(
        task({
          kind: 'measurement_due',
          id: `${c.courseId}:${i.key}`,
          title: i.name,
          context,
          due: i.due,
          overdue: true,
          link: `/forloeb/${c.courseId}/forandringsmodel`,
        }),
      );
  }
  return tasks;
}

async function consultantTasks(ctx: Context, when: Today): Promise<Task[]> {
  const courses = courseFilter(ctx.actor);
  if (!courses) return [];
  const { tx } = ctx;
  const [undated, owed, week] = await Promise.all([
    repo.undatedMeetingsPerCourse(tx, courses, when.today),
    repo.minutesOwed(tx, courses, when.today),
    repo.meetingsBetween(tx, courses, when.today, endOfWeek(when.today)),
  ]);
  return [
    ...undated.map((c) =>
      task({
        kind: 'meetings_to_date',
        id: c.courseId,
        title: c.municipalityName,
        context: c.roundName,
        count: c.undated,
        link: `/forloeb/${c.courseId}/moeder`,
      }),
    ),
    ...owed.map(minutesTask('minutes_owed')),
    ...week.map((m) =>
      task({
        kind: 'meeting_this_week',
        id: m.id,
        title: m.title,
        context: m.municipalityName,
        due: m.date,
        dueTime: m.startTime,
        link: `/forloeb/${m.courseId}/moeder/${m.id}`,
      }),
    ),
  ];
}

async function assessorTasks(ctx: Context): Promise<Task[]> {
  const filter = applicationFilter(ctx.actor);
  if (!filter) return [];
  const rows = await repo.applicationsToScore(ctx.tx, filter, ctx.actor.userId);
  return rows.map((a) =>
    task({
      kind: 'application_to_score',
      id: a.applicationId,
      title: a.municipalityName,
      context: a.roundName,
      // Selection, letters and agreements must be done before the courses start.
      due: a.courseStart,
      link: `/bedoemmelser/${a.applicationId}`,
    }),
  );
}

async function adminTasks(ctx: Context, when: Today): Promise<Task[]> {
  const [rounds, mail] = await Promise.all([
    repo.roundsToDecide(ctx.tx, when.now),
    repo.undeliveredMail(ctx.tx, new Date(when.now.getTime() - MAIL_WAITING_MS)),
  ]);
  const tasks = rounds.map((r) => {
    const deadline = danishDateAndTime(r.deadline);
    return task({
      kind: 'round_to_decide',
      id: r.roundId,
      title: r.roundName,
      count: r.submitted,
      due: deadline.date,
      dueTime: deadline.time,
      link: `/runder/${r.roundId}/udvaelgelse`,
    });
  });
  if (mail.failed > 0)
    tasks.push(
      task({ kind: 'mail_failed', id: 'mail_failed', title: '', count: mail.failed, link: '/udbakke?status=failed' }),
    );
  if (mail.waiting > 0)
    tasks.push(
      task({
        kind: 'mail_waiting',
        id: 'mail_waiting',
        title: '',
        count: mail.waiting,
        link: '/udbakke?status=queued',
      }),
    );
  return tasks;
}

/** The head of daycare approves minutes of their municipality's meetings. */
async function approverTasks(ctx: Context, when: Today): Promise<Task[]> {
  const courses = courseFilter(ctx.actor);
  if (!courses) return [];
  const rows = await repo.minutesToApprove(ctx.tx, courses, when.today);
  return rows.map(minutesTask('minutes_to_approve'));
}

async function trialTasks(ctx: Context, when: Today): Promise<Task[]> {
  const courses = courseFilter(ctx.actor);
  if (!courses) return [];
  const rows = await repo.trialsToLog(ctx.tx, courses, readableTrials(workReach(ctx.actor)), when.today);
  return rows.map((t) =>
    task({
      kind: 'trial_to_log',
      id: t.trialId,
      title: t.description,
      context: t.meetingTitle,
      link: `/forloeb/${t.courseId}/afproevninger`,
    }),
  );
}

function minutesTask(kind: 'minutes_to_approve' | 'minutes_owed') {
  return (m: Awaited<ReturnType<typeof repo.minutesOwed>>[number]): Task =>
    task({
      kind,
      id: m.id,
      title: m.title,
      context: m.municipalityName,
      due: m.date,
      link: `/forloeb/${m.courseId}/moeder/${m.id}`,
    });
}
