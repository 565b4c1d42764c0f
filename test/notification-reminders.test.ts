import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNotificationJobs } from '../src/server/modules/notifications/index.js';
import { changeModelMeasuredOn } from './helpers/change-model-factories.js';
import { buildTrial, meetingsOf } from './helpers/course-factories.js';
import {
  buildStaffedCourse,
  loginCourseTeam,
  type CourseTeam,
  type StaffedCourse,
} from './helpers/courses-factories.js';
import { expectLink, mailsTo, startMailTestApp, type MailTestApp } from './helpers/mail-test-app.js';
import { buildRound, buildSubmittedApplication } from './helpers/round-factories.js';
import type { TestApp } from './helpers/test-app.js';
import { testToday } from './helpers/test-clock.js';

/**
 * The reminders of the hourly housekeeping through a real SMTP server (issue 11,
 * point 2): a deadline within seven days with a draft, a measurement due, a
 * trial not logged for 14 days – each to the right people, once however often
 * housekeeping runs, and not to someone who chose never. Two courses of the
 * file's own, running today: Copenhagen's (0101) and Odense's (0461).
 */
let m: MailTestApp;
let t: TestApp;
let cph: StaffedCourse;
let odense: StaffedCourse;
let team: CourseTeam;
const today = testToday();
const daysFromToday = (days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const DAY = 86_400_000;

beforeAll(async () => {
  m = await startMailTestApp();
  t = m.t;
  const period = { courseStart: daysFromToday(-60), courseEnd: daysFromToday(300) };
  cph = await buildStaffedCourse(t.database, { municipalityCode: '0101', ...period });
  odense = await buildStaffedCourse(t.database, { municipalityCode: '0461', ...period });
  team = await loginCourseTeam(t, cph);
});
afterAll(() => m.close());

/** Runs the housekeeping's notification jobs at `at` and returns the mails that arrived. */
function housekeeping(at: Date): Promise<ParsedMail[]> {
  return m.mailsOf(() => runNotificationJobs(t.database.db, at));
}

describe('reminders', () => {
  it('remind the coordinators of a draft seven days before the deadline, once', async () => {
    const now = t.now();
    const soon = await buildRound(t.database, {
      name: 'Runden med frist',
      deadline: new Date(now.getTime() + 3 * DAY),
    });
    const later = await buildRound(t.database, { deadline: new Date(now.getTime() + 10 * DAY) });
    const draft = await team.coordinator.post(`/api/v1/rounds/${soon}/applications`, {});
    expect(draft.statusCode, draft.body).toBe(201);
    const applicationId = draft.json<{ id: string }>().id;
    expect((await team.coordinator.post(`/api/v1/rounds/${later}/applications`, {})).statusCode).toBe(201);
    await buildSubmittedApplication(t.database, { roundId: soon, municipalityCode: '0461' });

    // Two instances run housekeeping at the same time: each reminder goes out once.
    const first = await m.mailsOf(() =>
      Promise.all([runNotificationJobs(t.database.db, now), runNotificationJobs(t.database.db, now)]),
    );
    const mine = mailsTo(first, cph.coordinator.email).filter((x) => x.subject?.includes('ansøgningsfristen'));
    expect(mine).toHaveLength(1); // the round ten days ahead waits
    expect(mine[0]!.subject).toMatch(
      /^Påmindelse: ansøgningsfristen for Runden med frist er \p{L}+dag den \d+\. \p{L}+ \d{4} kl\. \d\d\.\d\d$/u,
    );
    expect(mine[0]!.text).toContain('København Kommunes ansøgning til Runden med frist er endnu ikke indsendt.');
    expectLink(mine[0]!, `/ansoegninger/${applicationId}`);
    // Odense submitted: no reminder for it.
    expect(mailsTo(first, odense.coordinator.email).filter((x) => x.subject?.includes('ansøgningsfristen'))).toEqual(
      [],
    );

    // Housekeeping runs again (next hour, or on another instance): nothing is sent twice.
    const again = await housekeeping(new Date(now.getTime() + 3_600_000));
    expect(mailsTo(again, cph.coordinator.email).filter((x) => x.subject?.includes('Runden med frist'))).toEqual([]);
  });

  it('remind the coordinators of a measurement due in the change model, once per planned day', async () => {
    const courseId = cph.course.courseId;
    const saved = await team.coordinator.put(`/api/v1/courses/${courseId}/change-model`, {
      baseVersion: 0,
      content: changeModelMeasuredOn([daysFromToday(-10), daysFromToday(20)]),
      note: '',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const now = t.now();
    const measurement = (mails: ParsedMail[], email: string) =>
      mailsTo(mails, email).filter((x) => x.subject?.includes('skal måles'));

    const first = await housekeeping(now);
    const [mail] = measurement(first, cph.coordinator.email);
    expect(mail!.subject).toBe('Påmindelse: indikatoren Andel børn med alderssvarende sprog skal måles');
    expect(mail!.text).toContain(`- Andel børn med alderssvarende sprog (planlagt ${danishDayOf(daysFromToday(-10))})`);
    expectLink(mail!, `/forloeb/${courseId}/forandringsmodel`);
    expect(measurement(first, odense.coordinator.email)).toEqual([]);
    expect(measurement(await housekeeping(now), cph.coordinator.email)).toEqual([]);

    // Measured now; at the next planned day it is due again, and reminded again.
    const measured = await team.leader.post(`/api/v1/courses/${courseId}/indicators/sprog/measurements`, {
      measuredOn: today,
      value: 65,
    });
    expect(measured.statusCode, measured.body).toBe(201);
    expect(measurement(await housekeeping(new Date(now.getTime() + DAY)), cph.coordinator.email)).toEqual([]);
    const next = await housekeeping(new Date(now.getTime() + 21 * DAY));
    expect(measurement(next, cph.coordinator.email)).toHaveLength(1);
  });

  it('remind the leader and staff of a trial not logged for 14 days, once per lapse, unless they chose never', async () => {
    const group = (await meetingsOf(t.database, cph.course.courseId)).find(
      (x) => x.kind === 'working_group' && x.groupKey !== null,
    )!;
    // Agreed three weeks ago and never logged: due. One agreed today is being tried: not yet.
    const trialId = await buildTrial(t.database, {
      meeting: group,
      createdBy: cph.leader.id,
      createdAt: new Date(t.now().getTime() - 21 * DAY),
    });
    await buildTrial(t.database, {
      meeting: group,
      createdBy: cph.leader.id,
      createdAt: t.now(),
      description: 'Billedstøtte ved samling',
    });
    const never = await team.leader.put('/api/v1/me/notification-preferences', {
      items: [{ kind: 'reminder', delivery: 'never' }],
    });
    expect(never.statusCode, never.body).toBe(200);
    const trialMails = (mails: ParsedMail[], email: string) =>
      mailsTo(mails, email).filter((x) => x.subject?.includes('afprøvning'));
    const now = t.now();

    const first = await housekeeping(now);
    const [mail] = trialMails(first, cph.staff.email);
    expect(mail!.subject).toBe('Påmindelse: en afprøvning venter på at blive logget');
    expect(mail!.text).toContain('- Højtlæsning i små grupper (ikke logget endnu)');
    expect(mail!.text).not.toContain('Billedstøtte');
    expectLink(mail!, `/forloeb/${cph.course.courseId}/afproevninger`);
    expect(trialMails(first, cph.leader.email)).toEqual([]); // chose never
    expect(trialMails(first, odense.staff.email)).toEqual([]);
    expect(trialMails(first, odense.leader.email)).toEqual([]);
    expect(trialMails(await housekeeping(now), cph.staff.email)).toEqual([]);

    // Logged today: not due for 14 days; after that, reminded once more.
    const logged = await team.staff.post(`/api/v1/trials/${trialId}/logs`, {
      triedOn: today,
      whatTried: 'Vi læste højt',
      whatHappened: 'Børnene lyttede',
      reflection: '',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(trialMails(await housekeeping(new Date(now.getTime() + 7 * DAY)), cph.staff.email)).toEqual([]);
    const lapsed = await housekeeping(new Date(now.getTime() + 15 * DAY));
    const [again] = trialMails(lapsed, cph.staff.email);
    expect(again!.text).toContain(`- Højtlæsning i små grupper (sidst logget ${danishDayOf(today)})`);
    expect(trialMails(await housekeeping(new Date(now.getTime() + 16 * DAY)), cph.staff.email)).toEqual([]);
  });
});

function danishDayOf(date: string): string {
  return new Intl.DateTimeFormat('da-DK', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${date}T12:00:00Z`));
}
