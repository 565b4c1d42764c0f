import type { HomeMessages, TaskDates } from './home.da.js';
import type { Task } from '../../../src/shared/contracts/tasks.js';

const n = (count: number | null, one: string, many: string) => `${count ?? 0} ${count === 1 ? one : many}`;
const join = (...parts: (string | null | false)[]) => parts.filter(Boolean).join(' · ') || null;
const at = (f: TaskDates, task: Task) =>
  task.due ? `${f.date(task.due)}${task.dueTime ? ` at ${task.dueTime}` : ''}` : '';

/** "My tasks", the start page (English). */
export const homeEn: HomeMessages = {
  title: 'My tasks',
  welcome: (name, role) => `Welcome, ${name}. You are logged in as ${role}.`,
  intro: 'What you have to do now, with deadlines. Choose a task to go where it is done.',
  nothing: 'You have no tasks right now.',
  nothingMore: 'When there is something for you to do – a deadline, minutes, an assessment – it appears here.',
  overdue: 'Overdue',
  groups: {
    applications: 'Applications and decisions',
    meetings: 'Meetings and minutes',
    course: 'Course work',
    mail: 'E-mail',
  },
  shortcuts: 'Go to',
  yourMunicipality: 'Your municipality',
  yourInstitutions: 'Your daycare institutions',
  yourRoles: 'Your roles',
  task: {
    application_not_started: (t, f) => ({ title: `Apply for a course in ${t.title}`, detail: `Deadline ${at(f, t)}` }),
    application_draft: (t, f) => ({
      title: `Finish and submit the application for ${t.title}`,
      detail: `Deadline ${at(f, t)}`,
    }),
    agreement_to_sign: (t) => ({ title: 'Sign and submit the collaboration agreement', detail: t.title }),
    minutes_to_approve: (t, f) => ({
      title: `Approve the minutes of ${t.title}`,
      detail: join(t.context, t.due && `held ${f.date(t.due)}`),
    }),
    self_analysis_due: (t) => ({ title: 'Finish and present the self-analysis', detail: join(t.title, t.context) }),
    measurement_due: (t, f) => ({
      title: `Record a measurement of "${t.title}"`,
      detail: join(t.context, t.due && `planned ${f.date(t.due)}`),
    }),
    meetings_to_date: (t) => ({
      title: `Set dates for ${n(t.count, 'meeting', 'meetings')}`,
      detail: join(t.title, t.context),
    }),
    minutes_owed: (t, f) => ({
      title: `Write the minutes of ${t.title}`,
      detail: join(t.context, t.due && `held ${f.date(t.due)}`),
    }),
    meeting_this_week: (t, f) => ({ title: `Meeting this week: ${t.title}`, detail: join(t.context, at(f, t)) }),
    application_to_score: (t, f) => ({
      title: `Assess the application from ${t.title}`,
      detail: join(t.context, t.due && `courses start ${f.date(t.due)}`),
    }),
    round_to_decide: (t, f) => ({
      title: `Select municipalities and publish the decision in ${t.title}`,
      detail: join(n(t.count, 'submitted application', 'submitted applications'), `deadline passed ${at(f, t)}`),
    }),
    mail_failed: (t) => ({ title: `${n(t.count, 'e-mail', 'e-mails')} could not be sent`, detail: null }),
    mail_waiting: (t) => ({ title: `${n(t.count, 'e-mail', 'e-mails')} waiting in the outbox`, detail: null }),
    trial_to_log: (t) => ({ title: `Log the trial: ${t.title}`, detail: t.context ? `Agreed at ${t.context}` : null }),
  },
};
