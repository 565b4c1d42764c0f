import { danishClock } from '../../../src/shared/danish-clock.js';
import type { Task, TaskKind } from '../../../src/shared/contracts/tasks.js';

/** Dates as the page formats them (the locale's formatter), handed to the wording. */
export interface TaskDates {
  date: (iso: string) => string;
}

/** One task in words: what to do, and the line under it (where, when). */
export interface TaskWords {
  title: string;
  detail: string | null;
}

export type TaskGroup = 'applications' | 'meetings' | 'course' | 'mail';

const n = (count: number | null, one: string, many: string) => `${count ?? 0} ${count === 1 ? one : many}`;
const join = (...parts: (string | null | false)[]) => parts.filter(Boolean).join(' · ') || null;
const at = (f: TaskDates, task: Task) =>
  task.due ? `${f.date(task.due)}${task.dueTime ? ` kl. ${danishClock(task.dueTime)}` : ''}` : '';

/** "Mine opgaver", the start page: the tasks of the active role (issue 11 point 1). */
export const homeDa = {
  title: 'Mine opgaver',
  welcome: (name: string, role: string) => `Velkommen, ${name}. Du er logget ind som ${role}.`,
  intro: 'Her står det, du skal gøre nu, med frister. Vælg en opgave for at gå til der, hvor den gøres.',
  nothing: 'Du har ingen opgaver lige nu.',
  nothingMore: 'Når der kommer noget, du skal gøre – en frist, et referat, en bedømmelse – står det her.',
  overdue: 'Overskredet',
  groups: {
    applications: 'Ansøgninger og afgørelser',
    meetings: 'Møder og referater',
    course: 'Forløbets arbejde',
    mail: 'E-mail',
  } satisfies Record<TaskGroup, string>,
  shortcuts: 'Gå til',
  yourMunicipality: 'Din kommune',
  yourInstitutions: 'Dine dagtilbud',
  yourRoles: 'Dine roller',
  task: {
    application_not_started: (t, f) => ({
      title: `Søg om et forløb i ${t.title}`,
      detail: `Ansøgningsfrist ${at(f, t)}`,
    }),
    application_draft: (t, f) => ({
      title: `Gør ansøgningen til ${t.title} færdig, og indsend den`,
      detail: `Ansøgningsfrist ${at(f, t)}`,
    }),
    agreement_to_sign: (t) => ({
      title: 'Underskriv samarbejdsaftalen, og indsend den',
      detail: t.title,
    }),
    minutes_to_approve: (t, f) => ({
      title: `Godkend referatet af ${t.title}`,
      detail: join(t.context, t.due && `mødet blev holdt ${f.date(t.due)}`),
    }),
    self_analysis_due: (t) => ({
      title: 'Gør egenanalysen færdig, og fremlæg den',
      detail: join(t.title, t.context),
    }),
    measurement_due: (t, f) => ({
      title: `Registrér en måling af "${t.title}"`,
      detail: join(t.context, t.due && `planlagt måling ${f.date(t.due)}`),
    }),
    meetings_to_date: (t) => ({
      title: `Sæt dato på ${n(t.count, 'møde', 'møder')}`,
      detail: join(t.title, t.context),
    }),
    minutes_owed: (t, f) => ({
      title: `Skriv referat af ${t.title}`,
      detail: join(t.context, t.due && `mødet blev holdt ${f.date(t.due)}`),
    }),
    meeting_this_week: (t, f) => ({
      title: `Møde i denne uge: ${t.title}`,
      detail: join(t.context, at(f, t)),
    }),
    application_to_score: (t, f) => ({
      title: `Bedøm ansøgningen fra ${t.title}`,
      detail: join(t.context, t.due && `forløbene starter ${f.date(t.due)}`),
    }),
    round_to_decide: (t, f) => ({
      title: `Udvælg kommuner, og offentliggør afgørelsen i ${t.title}`,
      detail: join(n(t.count, 'indsendt ansøgning', 'indsendte ansøgninger'), `fristen udløb ${at(f, t)}`),
    }),
    mail_failed: (t) => ({ title: `${n(t.count, 'e-mail', 'e-mails')} kunne ikke sendes`, detail: null }),
    mail_waiting: (t) => ({ title: `${n(t.count, 'e-mail', 'e-mails')} venter i udbakken`, detail: null }),
    trial_to_log: (t) => ({
      title: `Log afprøvningen: ${t.title}`,
      detail: t.context ? `Aftalt på ${t.context}` : null,
    }),
  } satisfies Record<TaskKind, (task: Task, f: TaskDates) => TaskWords>,
};
export type HomeMessages = typeof homeDa;
