import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { Agreement } from '../src/shared/contracts/agreements.js';
import { Application } from '../src/shared/contracts/applications.js';
import { TrialWithLogs } from '../src/shared/contracts/trials.js';
import { buildDemoCourse } from './helpers/course-factories.js';
import { assess, buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';
import { multipartFile, samplePdf } from './helpers/uploads.js';

/**
 * Issue 9 point 9: reading a record that holds personal data – an
 * application, its receipt, an uploaded PDF, the agreement, a decision
 * letter, a meeting, a trial with its logs, the self-analysis – writes one
 * access-chain row in the read's transaction: who, which record, and the
 * record's municipality (so the head of daycare's audit view finds it),
 * never the content.
 */
let t: TestApp;
let admin: Agent;
let consultant: Agent;
let coordinator: Agent; // Hjørring (0860)
let chief: Agent;
let staff: Agent;
let otherCoordinator: Agent; // Helsingør (0217)
let courseId: string;
let courseApplicationId: string; // submitted (buildDemoCourse)
let decidedApplicationId: string; // approved, published, agreement signed
let draftId: string; // with the director's PDF
const userIds: Record<string, string> = {};

async function userIdOf(agent: Agent): Promise<string> {
  return (await agent.get('/api/v1/session')).json<{ user: { id: string } }>().user.id;
}

function rowsOf(action: string, entityId: string) {
  return inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId))),
  );
}

/** Reads once and expects exactly one new row of the action for the entity, by the agent, in the access chain, with the municipality. */
async function expectOneRead(agent: Agent, url: string, action: string, entityType: string, entityId: string) {
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
    actorUserId: await userIdOf(agent),
    municipalityCode: '0860',
  });
  return { res, row: row! };
}

beforeAll(async () => {
  t = await startTestApp();
  [admin, consultant, coordinator, chief, staff, otherCoordinator] = await Promise.all([
    t.loginAsDemo('national_admin'),
    t.loginAsDemo('consultant'),
    t.loginAsDemo('coordinator'),
    t.loginAsDemo('daycare_chief'),
    t.loginAsDemo('staff'),
    t.loginAsDemo('coordinator', '0217'),
  ]);
  for (const [name, agent] of Object.entries({ admin, consultant, coordinator, chief, staff }))
    userIds[name] = await userIdOf(agent);

  const built = await buildDemoCourse(t.database, { municipalityCode: '0860' });
  courseId = built.courseId;
  courseApplicationId = built.applicationId;

  // A round of one, decided, published and signed: decision letter, agreement and signed PDF.
  const assessor = await t.loginAsDemo('assessor');
  const roundId = await buildRound(t.database, { assessorIds: [await userIdOf(assessor)], capacity: 1 });
  decidedApplicationId = await buildSubmittedApplication(t.database, {
    roundId,
    municipalityCode: '0860',
    content: { contactName: 'Mette Holm', contactEmail: 'mette.holm@hjoerring.example' },
  });
  await setDeadline(t.database, roundId, new Date(t.now().getTime() - 1000));
  await assess(assessor, decidedApplicationId, [5, 5, 5]);
  const decided = await admin.put(`/api/v1/rounds/${roundId}/decision`, { selected: ['0860'], waitlist: [] });
  expect(decided.statusCode, decided.body).toBe(200);
  const published = await admin.post(`/api/v1/rounds/${roundId}/decision/publish`, {
    version: decided.json().decision.version,
  });
  expect(published.statusCode, published.body).toBe(200);
  expect((await admin.post(`/api/v1/applications/${decidedApplicationId}/agreement`, {})).statusCode).toBe(201);
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
  async function meetingOf(kind: string, groupKey: string | null, sequence = 1) {
    const rows = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(courseMeetings).where(eq(courseMeetings.courseId, courseId)),
    );
    const found = rows.find((m) => m.kind === kind && m.groupKey === groupKey && m.sequence === sequence);
    if (!found) throw new Error(`no ${kind} ${groupKey ?? ''} ${sequence}`);
    return found.id;
  }

  it('a meeting (minutes, participants): the consultant’s read carries the course’s municipality, and whose trial logs were shown', async () => {
    const first = await meetingOf('working_group', 'ag-1', 1);
    const second = await meetingOf('working_group', 'ag-1', 2);
    const minutes = await consultant.put(`/api/v1/meetings/${first}/minutes`, {
      baseVersion: 0,
      minutesHtml: '<p>Emil var ked af det</p>',
      decisions: [],
    });
    expect(minutes.statusCode, minutes.body).toBe(200);
    const agreed = await coordinator.post(`/api/v1/meetings/${first}/trials`, {
      description: 'Rolig overgang til frokost',
      responsible: 'Stuen',
    });
    expect(agreed.statusCode, agreed.body).toBe(201);
    const trialId = TrialWithLogs.parse(agreed.json()).id;

    const { row } = await expectOneRead(consultant, `/api/v1/meetings/${first}`, 'meeting.read', 'meeting', first);
    expect(row.details).toEqual({ courseId, minutesVersion: 1, trialLogsOf: [] });
    expect(JSON.stringify(row.details)).not.toContain('Emil');
    const next = await expectOneRead(staff, `/api/v1/meetings/${second}`, 'meeting.read', 'meeting', second);
    expect(next.row.details).toEqual({ courseId, minutesVersion: 0, trialLogsOf: [trialId] });
    expect(next.row.actorRole).toBe('staff');
  });

  it('a trial with its logs, once per request – not when a log is written', async () => {
    const list = (await coordinator.get(`/api/v1/courses/${courseId}/trials`)).json<{ items: { id: string }[] }>();
    const trialId = list.items[0]?.id ?? '';
    const logged = await staff.post(`/api/v1/trials/${trialId}/logs`, {
      triedOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(t.now()),
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
    const res = await chief.get(`/api/v1/audit?action=meeting.read&pageSize=100`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: { actorUserId: string; municipalityCode: string }[] }>().items;
    expect(items.map((i) => i.actorUserId)).toEqual(expect.arrayContaining([userIds.consultant, userIds.staff]));
    expect(new Set(items.map((i) => i.municipalityCode))).toEqual(new Set(['0860']));
  });
});
