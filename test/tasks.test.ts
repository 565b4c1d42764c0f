import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, applications, courseMeetings, outbox, roundDecisions } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { Application } from '../src/shared/contracts/applications.js';
import { MyTasksResponse, type Task, type TaskKind } from '../src/shared/contracts/tasks.js';
import { changeModelMeasuredOn } from './helpers/change-model-factories.js';
import { buildTrial, meetingsOf } from './helpers/course-factories.js';
import {
  buildStaffedCourse,
  loginCourseTeam,
  type CourseTeam,
  type StaffedCourse,
} from './helpers/courses-factories.js';
import { buildInstitution } from './helpers/factories.js';
import { assess, buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';
import { testToday } from './helpers/test-clock.js';
import { multipartFile, samplePdf } from './helpers/uploads.js';

/**
 * "Mine opgaver" (issue 11 point 1): per role, a task appears from the data and
 * disappears when the work is done – through the app where the work is a
 * route – and another municipality's or another person's tasks never appear.
 * Two courses of the file's own, running today: Copenhagen's (0101) and
 * Odense's (0461), each with its municipality's people.
 */
let t: TestApp;
let cph: StaffedCourse;
let odense: StaffedCourse;
let team: CourseTeam;
let other: CourseTeam;
const today = testToday();
const daysFromToday = (days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  const period = { courseStart: daysFromToday(-60), courseEnd: daysFromToday(300) };
  cph = await buildStaffedCourse(t.database, { municipalityCode: '0101', ...period });
  odense = await buildStaffedCourse(t.database, { municipalityCode: '0461', ...period });
  [team, other] = await Promise.all([loginCourseTeam(t, cph), loginCourseTeam(t, odense)]);
});
afterAll(() => t.close());

async function tasksOf(agent: Agent): Promise<Task[]> {
  const res = await agent.get('/api/v1/me/tasks');
  expect(res.statusCode, res.body).toBe(200);
  const body = MyTasksResponse.parse(res.json());
  expect(body.today).toBe(today);
  return body.tasks;
}
const find = (tasks: Task[], kind: TaskKind, id: string) => tasks.find((x) => x.kind === kind && x.id === id);
const ids = (tasks: Task[]) => new Set(tasks.map((x) => x.id));

async function meeting(course: StaffedCourse, kind: string, sequence = 1) {
  return (await meetingsOf(t.database, course.course.courseId)).find(
    (m) => m.kind === kind && m.sequence === sequence,
  )!;
}
function setMeeting(id: string, values: Partial<typeof courseMeetings.$inferInsert>) {
  return inMaintenanceTx(t.database.db, (tx) => tx.update(courseMeetings).set(values).where(eq(courseMeetings.id, id)));
}

describe('GET /api/v1/me/tasks', () => {
  it('is for logged-in people only, and empty for a role with nothing to do here', async () => {
    expect((await t.anonymous.get('/api/v1/me/tasks')).statusCode).toBe(401);
    expect(await tasksOf(await t.loginAs('partner'))).toEqual([]);
  });

  it("coordinator: the open round's application until it is submitted, with the deadline", async () => {
    const roundId = await buildRound(t.database);
    const notStarted = find(await tasksOf(team.coordinator), 'application_not_started', roundId);
    expect(notStarted).toMatchObject({ link: `/runder/${roundId}`, overdue: false });
    expect(notStarted?.due).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(notStarted?.dueTime).toMatch(/^\d\d:\d\d$/);

    const started = await team.coordinator.post(`/api/v1/rounds/${roundId}/applications`, {});
    expect(started.statusCode, started.body).toBe(201);
    const draft = Application.parse(started.json());
    const mine = await tasksOf(team.coordinator);
    expect(find(mine, 'application_not_started', roundId)).toBeUndefined();
    expect(find(mine, 'application_draft', draft.id)).toMatchObject({
      link: `/ansoegninger/${draft.id}`,
      due: notStarted?.due,
      dueTime: notStarted?.dueTime,
    });
    // Odense's coordinator sees the round but never Copenhagen's draft.
    const theirs = await tasksOf(other.coordinator);
    expect(find(theirs, 'application_not_started', roundId)).toBeDefined();
    expect(ids(theirs).has(draft.id)).toBe(false);

    await submit(team.coordinator, draft.id, cph.course.institutionIds[0]!);
    const after = await tasksOf(team.coordinator);
    expect(after.filter((x) => x.id === draft.id || x.id === roundId)).toEqual([]);
  });

  it('coordinator and head of daycare: minutes to approve; consultant: minutes owed and the week’s meetings', async () => {
    const kickoff = await meeting(cph, 'kickoff');
    const sparring = await meeting(cph, 'sparring');
    await setMeeting(kickoff.id, { date: daysFromToday(-20), startTime: '09:00', endTime: '11:00', status: 'held' });
    await setMeeting(sparring.id, { date: today, startTime: '13:00', endTime: '15:00' });

    const consultant = await tasksOf(team.consultant);
    expect(find(consultant, 'minutes_owed', kickoff.id)).toMatchObject({
      due: daysFromToday(-20),
      link: `/forloeb/${cph.course.courseId}/moeder/${kickoff.id}`,
    });
    expect(find(consultant, 'meeting_this_week', sparring.id)).toMatchObject({ due: today, dueTime: '13:00' });
    const toDate = find(consultant, 'meetings_to_date', cph.course.courseId);
    const undated = (await meetingsOf(t.database, cph.course.courseId)).filter(
      (m) => m.date === null && m.kind !== 'theme_day' && m.kind !== 'conference',
    );
    expect(toDate).toMatchObject({ count: undated.length, link: `/forloeb/${cph.course.courseId}/moeder` });
    expect(ids(await tasksOf(other.consultant)).has(kickoff.id)).toBe(false);

    // The consultant writes the minutes: owed no more, now the coordinator's and the head of daycare's to approve.
    const saved = await team.consultant.put(`/api/v1/meetings/${kickoff.id}/minutes`, {
      baseVersion: 0,
      minutesHtml: '<p>Vi aftalte en plan.</p>',
      decisions: [],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(find(await tasksOf(team.consultant), 'minutes_owed', kickoff.id)).toBeUndefined();
    expect(find(await tasksOf(team.coordinator), 'minutes_to_approve', kickoff.id)).toBeDefined();
    expect(find(await tasksOf(team.chief), 'minutes_to_approve', kickoff.id)).toBeDefined();
    expect(ids(await tasksOf(other.coordinator)).has(kickoff.id)).toBe(false);
    expect(ids(await tasksOf(other.chief)).has(kickoff.id)).toBe(false);

    const approved = await team.chief.post(`/api/v1/meetings/${kickoff.id}/minutes/approve`, { version: 1 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(ids(await tasksOf(team.coordinator)).has(kickoff.id)).toBe(false);
    expect(ids(await tasksOf(team.chief)).has(kickoff.id)).toBe(false);
  });

  it('coordinator: the self-analysis, an overdue measurement and the agreement to sign', async () => {
    const courseId = cph.course.courseId;
    const mine = await tasksOf(team.coordinator);
    expect(find(mine, 'self_analysis_due', courseId)).toMatchObject({ link: `/forloeb/${courseId}/egenanalyse` });
    expect(ids(await tasksOf(other.coordinator)).has(courseId)).toBe(false);

    const saved = await team.coordinator.put(`/api/v1/courses/${courseId}/change-model`, {
      baseVersion: 0,
      content: changeModelMeasuredOn([daysFromToday(-10)]),
      note: '',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const due = find(await tasksOf(team.coordinator), 'measurement_due', `${courseId}:sprog`);
    expect(due).toMatchObject({
      due: daysFromToday(-10),
      overdue: true,
      link: `/forloeb/${courseId}/forandringsmodel`,
    });
    const measured = await team.leader.post(`/api/v1/courses/${courseId}/indicators/sprog/measurements`, {
      measuredOn: daysFromToday(-9),
      value: 65,
    });
    expect(measured.statusCode, measured.body).toBe(201);
    expect(find(await tasksOf(team.coordinator), 'measurement_due', `${courseId}:sprog`)).toBeUndefined();

    const admin = await t.loginAs('national_admin');
    await inMaintenanceTx(t.database.db, (tx) =>
      tx.insert(agreements).values({ applicationId: cph.course.applicationId, terms: TERMS, sentBy: admin.person.id }),
    );
    const sign = find(await tasksOf(team.coordinator), 'agreement_to_sign', cph.course.applicationId);
    expect(sign).toMatchObject({ link: `/ansoegninger/${cph.course.applicationId}` });
    expect(ids(await tasksOf(other.coordinator)).has(cph.course.applicationId)).toBe(false);
    const signed = await team.coordinator.request({
      method: 'PUT',
      url: `/api/v1/applications/${cph.course.applicationId}/agreement/signed`,
      ...multipartFile(await samplePdf('Underskrevet samarbejdsaftale'), 'aftale.pdf'),
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(find(await tasksOf(team.coordinator), 'agreement_to_sign', cph.course.applicationId)).toBeUndefined();
  });

  it('assessor: the applications of their rounds until scored', async () => {
    const assessor = await t.loginAs('assessor');
    const outsider = await t.loginAs('assessor');
    const roundId = await buildRound(t.database, { assessorIds: [assessor.person.id] });
    const institution = (await buildInstitution(t.database, { municipalityCode: '0101' })).institution.id;
    const applicationId = await buildSubmittedApplication(t.database, {
      roundId,
      municipalityCode: '0101',
      content: { institutions: [{ institutionId: institution, vulnerableFamiliesShare: 30, needDocumentation: 'x' }] },
    });
    await setDeadline(t.database, roundId, new Date(t.now().getTime() - 60_000));
    expect(find(await tasksOf(assessor), 'application_to_score', applicationId)).toMatchObject({
      link: `/bedoemmelser/${applicationId}`,
      due: '2028-01-01',
    });
    expect(ids(await tasksOf(outsider)).has(applicationId)).toBe(false);
    await assess(assessor, applicationId, [3, 3, 3]);
    expect(ids(await tasksOf(assessor)).has(applicationId)).toBe(false);
  });

  it('admin: rounds ready for a decision until published, and undelivered mail', async () => {
    const admin = await t.loginAs('national_admin');
    const roundId = await buildRound(t.database);
    await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0101' });
    expect(find(await tasksOf(admin), 'round_to_decide', roundId)).toBeUndefined(); // still open
    await setDeadline(t.database, roundId, new Date(t.now().getTime() - 60_000));
    expect(find(await tasksOf(admin), 'round_to_decide', roundId)).toMatchObject({
      count: 1,
      link: `/runder/${roundId}/udvaelgelse`,
    });
    await inMaintenanceTx(t.database.db, async (tx) => {
      await tx.insert(outbox).values({ toAddress: 'x@test.example', subject: 'Fejlet', body: '.', status: 'failed' });
      await tx.insert(roundDecisions).values({
        roundId,
        selected: [],
        waitlist: [],
        proposal: {},
        decidedBy: admin.person.id,
        publishedAt: t.now(),
        publishedBy: admin.person.id,
      });
    });
    const after = await tasksOf(admin);
    expect(find(after, 'round_to_decide', roundId)).toBeUndefined();
    expect(find(after, 'mail_failed', 'mail_failed')?.count).toBeGreaterThanOrEqual(1);
    // It opens the outbox on the failed e-mails, where 'Send igen' is.
    expect(find(after, 'mail_failed', 'mail_failed')?.link).toBe('/udbakke?status=failed');
  });

  it('daycare leader and staff: open trials of their working group until logged', async () => {
    const group = await meeting(cph, 'working_group');
    // Agreed five days ago: being tried, not yet a task.
    await setMeeting(group.id, { date: daysFromToday(-5), startTime: '09:00', endTime: '10:00', status: 'held' });
    const trialId = await buildTrial(t.database, { meeting: group, createdBy: cph.leader.id, createdAt: t.now() });
    expect(ids(await tasksOf(team.leader)).has(trialId)).toBe(false);
    // Agreed three weeks ago and never logged: a task for the group's leader and staff.
    await setMeeting(group.id, { date: daysFromToday(-21), startTime: '09:00', endTime: '10:00', status: 'held' });
    const link = `/forloeb/${cph.course.courseId}/afproevninger`;
    expect(find(await tasksOf(team.leader), 'trial_to_log', trialId)).toMatchObject({ link });
    expect(find(await tasksOf(team.staff), 'trial_to_log', trialId)).toBeDefined();
    expect(ids(await tasksOf(other.leader)).has(trialId)).toBe(false);
    expect(ids(await tasksOf(other.staff)).has(trialId)).toBe(false);

    const logged = await team.staff.post(`/api/v1/trials/${trialId}/logs`, {
      triedOn: today,
      whatTried: 'Vi læste højt',
      whatHappened: 'Børnene lyttede',
      reflection: '',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(ids(await tasksOf(team.leader)).has(trialId)).toBe(false);
  });
});

const TERMS = {
  agencyContactName: 'Styrelsen',
  agencyContactEmail: 'kontakt@styrelsen.example',
  municipalityContactName: 'Kommunen',
  municipalityContactEmail: 'kontakt@kommunen.example',
  staffTime: 'Tid',
  catering: 'Forplejning',
  transport: 'Transport',
  evaluation: 'Evaluering',
};

/** Fills in, attaches the director's commitment and submits Copenhagen's application through the app. */
async function submit(agent: Agent, id: string, institutionId: string) {
  const saved = await agent.put(`/api/v1/applications/${id}`, {
    version: 1,
    content: {
      contactName: 'Mette Holm',
      contactEmail: 'mette.holm@kk.example',
      contactPhone: '33 33 33 33',
      institutions: [{ institutionId, vulnerableFamiliesShare: 34, needDocumentation: 'Opgørelse fra 2026.' }],
      familyDaycareShare: 42,
      motivation: 'Vi vil styrke læringsmiljøet.',
      managementBacking: 'Direktionen bakker op.',
      resourceCommitment: 'Vi afsætter tid.',
      directorName: 'Lars Berg',
      directorTitle: 'Direktør',
      directorSignedOn: daysFromToday(-2),
      evaluationCommitment: true,
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const withFile = await agent.request({
    method: 'PUT',
    url: `/api/v1/applications/${id}/director-commitment`,
    ...multipartFile(await samplePdf(), 'erklaering.pdf'),
  });
  expect(withFile.statusCode, withFile.body).toBe(200);
  const version = Application.parse(withFile.json()).version;
  const submitted = await agent.post(`/api/v1/applications/${id}/submit`, { version });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const [row] = await inMaintenanceTx(t.database.db, (tx) =>
    tx.select({ status: applications.status }).from(applications).where(eq(applications.id, id)),
  );
  expect(row?.status).toBe('submitted');
}
