import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { Agreement } from '../src/shared/contracts/agreements.js';
import { Application } from '../src/shared/contracts/applications.js';
import { ListAuditResponse } from '../src/shared/contracts/audit.js';
import { TrialWithLogs } from '../src/shared/contracts/trials.js';
import { buildStaffedCourse } from './helpers/courses-factories.js';
import { assess, buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import { startTestApp, type PersonAgent, type TestApp } from './helpers/test-app.js';
import { testToday } from './helpers/test-clock.js';
import { multipartFile, samplePdf } from './helpers/uploads.js';

/**
 * Issue 9 point 9: reading a record that holds personal data – an
 * application, its receipt, an uploaded PDF, the agreement, a decision
 * letter, a meeting, a trial with its logs, the self-analysis – writes one
 * access-chain row in the read's transaction: who, which record, and the
 * record's municipality (so the head of daycare's audit view finds it),
 * never the content.
 *
 * The people, applications and courses are the test's own, in Copenhagen
 * (0101), where the demo has nobody; each test of a course's work builds its
 * own course with its people.
 */
const CPH = '0101';
let t: TestApp;
let admin: PersonAgent;
let coordinator: PersonAgent; // Copenhagen (0101)
let chief: PersonAgent;
let otherCoordinator: PersonAgent; // Odense (0461)
let courseApplicationId: string; // submitted (the course's)
let decidedApplicationId: string; // approved, published, agreement signed
let draftId: string; // with the director's PDF

function rowsOf(action: string, entityId: string) {
  return inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId))),
  );
}

/** Reads once and expects exactly one new row of the action for the entity, by the agent, in the access chain, with the municipality. */
async function expectOneRead(
  agent: PersonAgent,
  url: string,
  action: string,
  entityType: string,
  entityId: string,
  municipalityCode = CPH,
) {
  const before = (await rowsOf(action, entityId)).length;
  const res = await agent.get(url);
  expect(res.statusCode, res.body).toBe(200);
  const rows = await rowsOf(action, entityId);
  expect(rows.length - before).toBe(1);
  const row = rows.sort((a, b) => a.seq - b.seq).at(-1);
  expect(row).toMatchObject({
    chain: 'access',
    action,
    entityType,
    entityId,
    actorUserId: agent.person.id,
    actorRole: agent.person.role,
    municipalityCode,
  });
  return { res, row: row! };
}

beforeAll(async () => {
  t = await startTestApp();
  const world = await buildStaffedCourse(t.database, { municipalityCode: CPH });
  courseApplicationId = world.course.applicationId;
  [admin, coordinator, chief, otherCoordinator] = await Promise.all([
    t.loginAs('national_admin'),
    t.loginPerson(world.coordinator),
    t.loginPerson(world.chief),
    t.loginAs('coordinator', { municipalityCode: '0461' }),
  ]);

  // A round of one, decided, published and signed: decision letter, agreement and signed PDF.
  const assessor = await t.loginAs('assessor');
  const roundId = await buildRound(t.database, { assessorIds: [assessor.person.id], capacity: 1 });
  decidedApplicationId = await buildSubmittedApplication(t.database, {
    roundId,
    municipalityCode: CPH,
    content: { contactName: 'Mette Holm', contactEmail: 'mette.holm@koebenhavn.example' },
  });
  await setDeadline(t.database, roundId, new Date(t.now().getTime() - 1000));
  await assess(assessor, decidedApplicationId, [5, 5, 5]);
  const decided = await admin.put(`/api/v1/rounds/${roundId}/decision`, { selected: [CPH], waitlist: [] });
  expect(decided.statusCode, decided.body).toBe(200);
  const published = await admin.post(`/api/v1/rounds/${roundId}/decision/publish`, {
    version: decided.json().decision.version,
    confirmed: true,
  });
  expect(published.statusCode, published.body).toBe(200);
  expect(
    (await admin.post(`/api/v1/applications/${decidedApplicationId}/agreement`, { confirmed: true })).statusCode,
  ).toBe(201);
  const signed = await coordinator.request({
    method: 'PUT',
    url: `/api/v1/applications/${decidedApplicationId}/agreement/signed`,
    ...multipartFile(await samplePdf('Underskrevet samarbejdsaftale'), 'aftale.pdf'),
  });
  expect(signed.statusCode, signed.body).toBe(200);

  // A draft of an open round with the director's signed commitment.
  const openRound = await buildRound(t.database);
  draftId = Application.parse((await coordinator.post(`/api/v1/rounds/${openRound}/applications`, {})).json()).id;
  const uploaded = await coordinator.request({
    method: 'PUT',
    url: `/api/v1/applications/${draftId}/director-commitment`,
    ...multipartFile(await samplePdf(), 'erklaering.pdf'),
  });
  expect(uploaded.statusCode, uploaded.body).toBe(200);
});
afterAll(() => t.close());

describe('reading an application and its documents is audited', () => {
  it('GET /applications/:id: one access row per read, by whoever reads, with the municipality – never the content', async () => {
    const { row } = await expectOneRead(
      coordinator,
      `/api/v1/applications/${decidedApplicationId}`,
      'application.read',
      'application',
      decidedApplicationId,
    );
    expect(row.details).toEqual({ version: 1 });
    expect(JSON.stringify(row.details)).not.toContain('Mette Holm');
    // The agency's admin has no municipality of their own: the row carries the application's.
    await expectOneRead(
      admin,
      `/api/v1/applications/${decidedApplicationId}`,
      'application.read',
      'application',
      decidedApplicationId,
    );
  });

  it('writes nothing for a read that is refused, nor for the answer to a change', async () => {
    const before = (await rowsOf('application.read', draftId)).length;
    expect((await otherCoordinator.get(`/api/v1/applications/${draftId}`)).statusCode).toBe(404);
    const current = Application.parse((await coordinator.get(`/api/v1/applications/${draftId}`)).json());
    const saved = await coordinator.put(`/api/v1/applications/${draftId}`, {
      version: current.version,
      content: current.content,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await rowsOf('application.read', draftId)).length).toBe(before + 1);
  });

  it('the receipt PDF', async () => {
    const { row } = await expectOneRead(
      coordinator,
      `/api/v1/applications/${courseApplicationId}/receipt.pdf`,
      'application.receipt_read',
      'application',
      courseApplicationId,
    );
    expect(row.details).toEqual({ version: 1 });
  });

  it('the uploaded director’s commitment and the signed agreement (the files themselves)', async () => {
    const draft = Application.parse((await coordinator.get(`/api/v1/applications/${draftId}`)).json());
    const fileId = draft.directorFile?.id ?? '';
    const director = await expectOneRead(
      chief,
      `/api/v1/applications/${draftId}/director-commitment`,
      'file.download',
      'file',
      fileId,
    );
    expect(director.row.details).toEqual({ purpose: 'director_commitment', applicationId: draftId });

    const agreement = Agreement.parse(
      (await coordinator.get(`/api/v1/applications/${decidedApplicationId}/agreement`)).json(),
    );
    const signedId = agreement.signedFile?.id ?? '';
    const signed = await expectOneRead(
      admin,
      `/api/v1/applications/${decidedApplicationId}/agreement/signed.pdf`,
      'file.download',
      'file',
      signedId,
    );
    expect(signed.row.details).toEqual({ purpose: 'signed_agreement', applicationId: decidedApplicationId });
  });

  it('the agreement (names and e-mail addresses of both parties) as JSON, DOCX and PDF', async () => {
    const base = `/api/v1/applications/${decidedApplicationId}/agreement`;
    for (const [suffix, format] of [
      ['', 'json'],
      ['.docx', 'docx'],
      ['.pdf', 'pdf'],
    ] as const) {
      const { row } = await expectOneRead(
        coordinator,
        `${base}${suffix}`,
        'agreement.read',
        'agreement',
        decidedApplicationId,
      );
      expect(row.details).toEqual({ format });
    }
  });

  it('the decision letters (addressed to a named contact person)', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const url = `/api/v1/applications/${decidedApplicationId}/decision-letter.${format}`;
      const { row } = await expectOneRead(
        coordinator,
        url,
        'decision.letter_read',
        'application',
        decidedApplicationId,
      );
      expect(row.details).toEqual({ format });
    }
  });
});

describe('reading the work of a course is audited', () => {
  /** A course of the test's own with its people logged in (the meetings invite them, as in the app). */
  async function staffedCourse(municipalityCode = CPH) {
    const world = await buildStaffedCourse(t.database, { municipalityCode });
    const [consultant, coordinator, chief, staff] = await Promise.all([
      t.loginPerson(world.consultant!),
      t.loginPerson(world.coordinator),
      t.loginPerson(world.chief),
      t.loginPerson(world.staff),
    ]);
    return { courseId: world.course.courseId, consultant, coordinator, chief, staff };
  }

  async function meetingOf(courseId: string, kind: string, groupKey: string | null, sequence = 1) {
    const rows = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(courseMeetings).where(eq(courseMeetings.courseId, courseId)),
    );
    const found = rows.find((m) => m.kind === kind && m.groupKey === groupKey && m.sequence === sequence);
    if (!found) throw new Error(`no ${kind} ${groupKey ?? ''} ${sequence}`);
    return found.id;
  }

  /** The consultant writes minutes at the working group's first meeting, the coordinator agrees a trial there. */
  async function firstMeetingWithTrial(course: Awaited<ReturnType<typeof staffedCourse>>) {
    const first = await meetingOf(course.courseId, 'working_group', 'ag-1', 1);
    const second = await meetingOf(course.courseId, 'working_group', 'ag-1', 2);
    const minutes = await course.consultant.put(`/api/v1/meetings/${first}/minutes`, {
      baseVersion: 0,
      minutesHtml: '<p>Emil var ked af det</p>',
      decisions: [],
    });
    expect(minutes.statusCode, minutes.body).toBe(200);
    const agreed = await course.coordinator.post(`/api/v1/meetings/${first}/trials`, {
      description: 'Rolig overgang til frokost',
      responsible: 'Stuen',
    });
    expect(agreed.statusCode, agreed.body).toBe(201);
    return { first, second, trialId: TrialWithLogs.parse(agreed.json()).id };
  }

  it('a meeting (minutes, participants): the consultant’s read carries the course’s municipality, and whose trial logs were shown', async () => {
    const course = await staffedCourse();
    const { courseId, consultant, staff } = course;
    const { first, second, trialId } = await firstMeetingWithTrial(course);

    const { row } = await expectOneRead(consultant, `/api/v1/meetings/${first}`, 'meeting.read', 'meeting', first);
    expect(row.details).toEqual({ courseId, minutesVersion: 1, trialLogsOf: [] });
    expect(JSON.stringify(row.details)).not.toContain('Emil');
    const next = await expectOneRead(staff, `/api/v1/meetings/${second}`, 'meeting.read', 'meeting', second);
    expect(next.row.details).toEqual({ courseId, minutesVersion: 0, trialLogsOf: [trialId] });
    expect(next.row.actorRole).toBe('staff');
  });

  it('a trial with its logs, once per request – not when a log is written', async () => {
    const course = await staffedCourse();
    const { courseId, coordinator, chief, staff } = course;
    const { trialId } = await firstMeetingWithTrial(course);
    const list = (await coordinator.get(`/api/v1/courses/${courseId}/trials`)).json<{ items: { id: string }[] }>();
    expect(list.items.map((i) => i.id)).toEqual([trialId]);
    const logged = await staff.post(`/api/v1/trials/${trialId}/logs`, {
      triedOn: testToday(),
      whatTried: 'Vi sang før frokost',
      whatHappened: 'Mere ro',
      reflection: '',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(await rowsOf('trial.read', trialId)).toEqual([]);
    const { row } = await expectOneRead(chief, `/api/v1/trials/${trialId}`, 'trial.read', 'trial', trialId);
    expect(row.details).toEqual({ courseId, logs: 1 });
    expect(JSON.stringify(row.details)).not.toContain('frokost');
  });

  it('the self-analysis, as its page and as PDF', async () => {
    const { courseId, consultant, staff } = await staffedCourse();
    const page = await expectOneRead(
      consultant,
      `/api/v1/courses/${courseId}/self-analysis`,
      'self_analysis.read',
      'self_analysis',
      courseId,
    );
    expect(page.row.details).toEqual({ format: 'json', version: 0 });
    const pdf = await expectOneRead(
      staff,
      `/api/v1/courses/${courseId}/self-analysis.pdf`,
      'self_analysis.read',
      'self_analysis',
      courseId,
    );
    expect(pdf.row.details).toEqual({ format: 'pdf', version: 0 });
  });

  it('the head of daycare finds the reads in the municipality’s audit log', async () => {
    // Aarhus (0751), where nothing else of this file happens: the chief's list is exactly these reads.
    const course = await staffedCourse('0751');
    const { consultant, chief, staff } = course;
    const { first, second } = await firstMeetingWithTrial(course);
    await expectOneRead(consultant, `/api/v1/meetings/${first}`, 'meeting.read', 'meeting', first, '0751');
    await expectOneRead(staff, `/api/v1/meetings/${second}`, 'meeting.read', 'meeting', second, '0751');
    const res = await chief.get(`/api/v1/audit?action=meeting.read&pageSize=100`);
    expect(res.statusCode, res.body).toBe(200);
    const items = ListAuditResponse.parse(res.json()).items;
    expect(items.map((i) => [i.actorUserId, i.entityId, i.municipalityCode])).toEqual([
      [staff.person.id, second, '0751'],
      [consultant.person.id, first, '0751'],
    ]);
  });
});
