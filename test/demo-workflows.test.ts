/**
 * The README's two workflows on the demo, seeded on each of WORKFLOW_SEED_DATES with
 * the app's clock at the seed date: "En ansøgningsrunde i Indsats" (apply in
 * the open round; assess, select, publish and sign in the round whose
 * deadline has passed) and the start of "Et forløb i Indsats" (the consultant
 * dates Helsingør's newly signed course). Only the demo's tests use demo ids.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { demoCalendar } from '../src/server/seed/demo-calendar.js';
import { demoCourseId } from '../src/server/seed/demo-course-year.js';
import { demoId } from '../src/server/seed/demo-data.js';
import { addDays } from '../src/server/seed/demo-time.js';
import { Agreement } from '../src/shared/contracts/agreements.js';
import { Application, type ApplicationContent } from '../src/shared/contracts/applications.js';
import { ListAssessmentTasksResponse } from '../src/shared/contracts/assessments.js';
import { CourseScheduleProposal } from '../src/shared/contracts/course-schedule.js';
import { Course } from '../src/shared/contracts/courses.js';
import { RoundSelectionResponse } from '../src/shared/contracts/decisions.js';
import { Round } from '../src/shared/contracts/rounds.js';
import { WORKFLOW_SEED_DATES, startDemoApp } from './helpers/demo-app.js';
import { assess } from './helpers/round-factories.js';
import type { TestApp } from './helpers/test-app.js';
import { multipartFile, samplePdf } from './helpers/uploads.js';

describe.each(WORKFLOW_SEED_DATES)('the README’s workflows on the demo seeded on %s', (today) => {
  let t: TestApp;
  const calendar = demoCalendar(today);
  const openRound = demoId(calendar.open.key);
  const closedRound = demoId(calendar.closed.key);

  beforeAll(async () => {
    t = await startDemoApp(today);
  });
  afterAll(() => t.close());

  it('en ansøgningsrunde: Hjørring applies in the open round', async () => {
    const admin = await t.loginAsDemo('national_admin');
    const round = Round.parse((await admin.get(`/api/v1/rounds/${openRound}`)).json());
    expect(round).toMatchObject({ name: calendar.open.name, status: 'open' });

    const coordinator = await t.loginAsDemo('coordinator');
    const created = await coordinator.post(`/api/v1/rounds/${openRound}/applications`, {});
    expect(created.statusCode, created.body).toBe(201);
    let draft = Application.parse(created.json());
    const content: ApplicationContent = {
      contactName: 'Mette Kjær',
      contactEmail: 'koordinator.hjoerring@kommune.example',
      contactPhone: '72 33 33 33',
      institutions: [
        {
          institutionId: demoId('0860-4'),
          vulnerableFamiliesShare: 31,
          needDocumentation: 'Kommunens opgørelse over forældres uddannelse og beskæftigelse.',
        },
      ],
      familyDaycareShare: 35,
      motivation: 'Vi vil udbrede erfaringerne fra vores første forløb til flere dagtilbud.',
      managementBacking: 'Dagtilbudschefen og direktionen bakker op.',
      resourceCommitment: 'Vi afsætter tid til møder, forplejning og transport.',
      directorName: 'Lars Overgaard',
      directorTitle: 'Direktør for Børn og Unge',
      directorSignedOn: addDays(today, -1),
      evaluationCommitment: true,
    };
    const saved = await coordinator.put(`/api/v1/applications/${draft.id}`, { version: draft.version, content });
    expect(saved.statusCode, saved.body).toBe(200);
    const pdf = await samplePdf();
    const uploaded = await coordinator.request({
      method: 'PUT',
      url: `/api/v1/applications/${draft.id}/director-commitment`,
      ...multipartFile(pdf, 'erklaering.pdf'),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    draft = Application.parse(uploaded.json());
    const submitted = await coordinator.post(`/api/v1/applications/${draft.id}/submit`, { version: draft.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(Application.parse(submitted.json()).status).toBe('submitted');
  });

  it('en ansøgningsrunde: the assessor scores what waits in the closed round; the admin selects and publishes; Hjørring signs', async () => {
    const assessor = await t.loginAsDemo('assessor');
    const tasks = ListAssessmentTasksResponse.parse((await assessor.get('/api/v1/assessments?limit=100')).json());
    const waiting = tasks.items.filter((x) => x.roundId === closedRound && x.status === 'not_started');
    expect(waiting).toHaveLength(2);
    for (const task of waiting) await assess(assessor, task.applicationId, [4, 3, 4]);

    const admin = await t.loginAsDemo('national_admin');
    const selection = RoundSelectionResponse.parse((await admin.get(`/api/v1/rounds/${closedRound}/selection`)).json());
    expect(selection.pendingAssessments).toBe(0);
    expect(selection.proposal.feasible).toBe(true);
    expect(selection.proposal.selected).toContain('0860');
    const decided = await admin.put(`/api/v1/rounds/${closedRound}/decision`, {
      selected: selection.proposal.selected,
      waitlist: [],
      reason: '',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const version = RoundSelectionResponse.parse(decided.json()).decision?.version;
    const published = await admin.post(`/api/v1/rounds/${closedRound}/decision/publish`, { version, confirmed: true });
    expect(published.statusCode, published.body).toBe(200);

    const applicationId = demoId(`application/${calendar.closed.key}/0860`);
    const [stored] = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select()
        .from(applications)
        .where(and(eq(applications.id, applicationId), eq(applications.roundId, closedRound))),
    );
    expect(stored?.status).toBe('submitted');
    const sent = await admin.post(`/api/v1/applications/${applicationId}/agreement`, { confirmed: true });
    expect(sent.statusCode, sent.body).toBe(201);
    const coordinator = await t.loginAsDemo('coordinator');
    const pdf = await samplePdf('Samarbejdsaftale underskrevet – Hjørring Kommune');
    const signed = await coordinator.request({
      method: 'PUT',
      url: `/api/v1/applications/${applicationId}/agreement/signed`,
      ...multipartFile(pdf, 'aftale.pdf'),
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(Agreement.parse(signed.json()).status).toBe('signed');
    expect(
      Application.parse((await coordinator.get(`/api/v1/applications/${applicationId}`)).json()).readyForCourse,
    ).toBe(true);
  });

  it('et forløb: the consultant dates Helsingør’s newly signed course, from today on', async () => {
    const courseId = await inMaintenanceTx(t.database.db, (tx) => demoCourseId(tx, '0217'));
    const consultant = await t.loginAsDemo('consultant');
    const proposal = CourseScheduleProposal.parse(
      (await consultant.get(`/api/v1/courses/${courseId}/schedule/proposal`)).json(),
    );
    if (!proposal.feasible) throw new Error(JSON.stringify(proposal.reason));
    expect(proposal.meetings.length).toBeGreaterThan(20);
    expect(proposal.meetings.every((m) => m.date >= today && m.date <= calendar.signed.courseEnd)).toBe(true);
    const meetings = proposal.meetings.map(({ id, date, start, end }) => ({ id, date, start, end }));
    const applied = await consultant.post(`/api/v1/courses/${courseId}/schedule/apply`, {
      courseVersion: proposal.courseVersion,
      meetings,
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const course = Course.parse((await consultant.get(`/api/v1/courses/${courseId}`)).json());
    expect(course.meetings.filter((m) => m.date !== null).length).toBeGreaterThanOrEqual(meetings.length);
  });
});
