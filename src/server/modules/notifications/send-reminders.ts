import type { Queryable } from '../../db/client.js';
import { danishToday } from '../../time/danish-today.js';
import { dueIndicators, runningCourses, TRIAL_LOG_INTERVAL_DAYS } from '../tasks/index.js';
import { danishDay, danishMoment } from './danish-time.js';
import { mailBody } from './mail-text.js';
import { notify, type Notification } from './notify.js';
import { coordinatorsOf } from './recipients.js';
import { draftsBeforeDeadline, trialsDueWithPeople } from './reminder-repository.js';
import * as repo from './repository.js';

/** A deadline is reminded of this long before it, while the municipality's application is a draft. */
export const DEADLINE_REMINDER_MS = 7 * 24 * 60 * 60 * 1000;

/** A reminder mail (its kind is 'reminder'). */
type Mail = Omit<Notification, 'kind'>;
type Draft = Awaited<ReturnType<typeof draftsBeforeDeadline>>[number];
type DueTrial = Awaited<ReturnType<typeof trialsDueWithPeople>>[number];
type Person = { userId: string; name: string; email: string };
interface MeasuringCourse {
  courseId: string;
  roundName: string;
  municipalityName: string;
  due: ReturnType<typeof dueIndicators>;
}

/** The keys in `notification_reminders`: the thing, the occasion and the person. */
const deadlineKey = (d: Draft) => `deadline:${d.applicationId}:${d.deadline.toISOString()}:${d.userId}`;
const measurementKey = (courseId: string, i: { key: string; due: string | null }, userId: string) =>
  `measurement:${courseId}:${i.key}:${i.due ?? ''}:${userId}`;
const trialKey = (t: DueTrial) => `trial:${t.trialId}:${t.lastLoggedOn ?? 'aldrig'}:${t.userId}`;

/**
 * The reminders, from the hourly housekeeping: a round's deadline within seven
 * days while the municipality's application is a draft (its coordinators); an
 * indicator's measurement due in a running course (its coordinators); a trial
 * not logged for 14 days (the leaders and staff who work on it). What is due
 * is the rule "Mine opgaver" shows (tasks/due-rules.ts). Each reminder is
 * remembered per person and thing in `notification_reminders` – a measurement
 * per planned day, a trial per last log – and sent once, also when
 * housekeeping runs twice or on several instances at once; a mail names only
 * what it has not reminded the person of before. Returns how many went to the outbox.
 */
export async function sendReminders(q: Queryable, now: Date): Promise<number> {
  const today = danishToday(now);
  const [drafts, courses, trials] = await Promise.all([
    draftsBeforeDeadline(q, now, new Date(now.getTime() + DEADLINE_REMINDER_MS)),
    runningCourses(q, { kind: 'all' }, today),
    trialsDueWithPeople(q, today),
  ]);
  const measuring = courses.flatMap((c) => {
    const due = dueIndicators(c.model, c.measured, today);
    return due.length > 0 ? [{ ...c, due }] : [];
  });
  const coordinators = await coordinatorsOf(q, [...new Set(measuring.map((c) => c.municipalityCode))]);
  const measured = measuring.flatMap((c) =>
    coordinators.filter((p) => p.municipalityCode === c.municipalityCode).map((p) => ({ course: c, person: p })),
  );
  const fresh = await rememberAll(
    q,
    [
      ...drafts.map(deadlineKey),
      ...measured.flatMap(({ course, person }) =>
        course.due.map((i) => measurementKey(course.courseId, i, person.userId)),
      ),
      ...trials.map(trialKey),
    ],
    now,
  );
  const mails = [
    ...drafts.filter((d) => fresh.has(deadlineKey(d))).map(deadlineMail),
    ...measured.flatMap(({ course, person }) => {
      const due = course.due.filter((i) => fresh.has(measurementKey(course.courseId, i, person.userId)));
      return due.length > 0 ? [measurementMail({ ...course, due }, person)] : [];
    }),
    ...trialMails(trials.filter((t) => fresh.has(trialKey(t)))),
  ];
  return notify(
    q,
    now,
    mails.map((mail) => ({ kind: 'reminder', ...mail })),
  );
}

/** Remembers the keys in sorted batches (two instances inserting the same keys then wait in the same order, never deadlock). */
async function rememberAll(q: Queryable, keys: string[], now: Date): Promise<Set<string>> {
  const sorted = [...new Set(keys)].sort();
  const fresh = new Set<string>();
  for (let i = 0; i < sorted.length; i += 1000)
    for (const key of await repo.rememberReminders(q, sorted.slice(i, i + 1000), now)) fresh.add(key);
  return fresh;
}

function deadlineMail(d: Draft): Mail {
  const path = `/ansoegninger/${d.applicationId}`;
  const deadline = danishMoment(d.deadline);
  return {
    userId: d.userId,
    toAddress: d.email,
    subject: `Påmindelse: ansøgningsfristen for ${d.roundName} er ${deadline}`,
    link: path,
    body: mailBody({
      name: d.name,
      paragraphs: [
        `${d.municipalityName} Kommunes ansøgning til ${d.roundName} er endnu ikke indsendt. Fristen er ${deadline}.`,
        'En ansøgning, der ikke er indsendt ved fristen, kan ikke indsendes bagefter. Tjeklisten på ansøgningens side viser, hvad der mangler.',
      ],
      link: { label: 'Gør ansøgningen færdig', path },
    }),
  };
}

function measurementMail(c: MeasuringCourse, p: Person): Mail {
  const path = `/forloeb/${c.courseId}/forandringsmodel`;
  const one = c.due.length === 1;
  return {
    userId: p.userId,
    toAddress: p.email,
    subject: one
      ? `Påmindelse: indikatoren ${c.due[0]!.name} skal måles`
      : `Påmindelse: ${c.due.length} indikatorer i forandringsmodellen skal måles`,
    link: path,
    body: mailBody({
      name: p.name,
      paragraphs: [
        `I ${c.municipalityName} Kommunes forløb (${c.roundName}) er det tid til at registrere ${one ? 'en måling' : 'målinger'} i forandringsmodellen:`,
        c.due.map((i) => `- ${i.name}${i.due ? ` (planlagt ${danishDay(i.due)})` : ''}`).join('\n'),
      ],
      link: { label: 'Registrér målingerne', path },
    }),
  };
}

/** One mail per person and course, listing the trials to log. */
function trialMails(rows: DueTrial[]): Mail[] {
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.userId}/${r.courseId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((mine) => {
    const first = mine[0]!;
    const path = `/forloeb/${first.courseId}/afproevninger`;
    const one = mine.length === 1;
    return {
      userId: first.userId,
      toAddress: first.email,
      subject: one
        ? 'Påmindelse: en afprøvning venter på at blive logget'
        : `Påmindelse: ${mine.length} afprøvninger venter på at blive logget`,
      link: path,
      body: mailBody({
        name: first.name,
        paragraphs: [
          `Skriv kort om ${one ? 'denne afprøvning' : 'disse afprøvninger'}, som du er med i: hvad I har prøvet, hvad der skete, og hvad I tager med.`,
          mine
            .map(
              (t) =>
                `- ${t.description}${t.lastLoggedOn ? ` (sidst logget ${danishDay(t.lastLoggedOn)})` : ' (ikke logget endnu)'}`,
            )
            .join('\n'),
          `Indsats minder dig om en afprøvning, når den ikke er logget i ${TRIAL_LOG_INTERVAL_DAYS} dage.`,
        ],
        link: { label: one ? 'Log afprøvningen' : 'Log afprøvningerne', path },
      }),
    };
  });
}
