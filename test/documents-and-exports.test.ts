import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { auditLog, courseMeetings } from '../src/server/db/schema.js';
import { Meeting } from '../src/shared/contracts/meetings.js';
import { buildStaffedCourse, type StaffedCourse } from './helpers/courses-factories.js';
import { assess, buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * Documents and exports (issue 11, points 6 and 7): agenda and minutes as a
 * tagged PDF and as Word for whoever reads the meeting; a course's meetings
 * with attendance and hours per role as Excel for whoever reads the course;
 * another municipality's records are 404 and every download is audited.
 */
let t: TestApp;
let world: StaffedCourse;
let odense: StaffedCourse;
let consultant: Agent;
let coordinator: Agent;
let otherCoordinator: Agent;
let kickoffId: string;

async function meetingId(courseId: string, kind: 'kickoff' | 'steering'): Promise<string> {
  const [row] = await inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select({ id: courseMeetings.id })
      .from(courseMeetings)
      .where(and(eq(courseMeetings.courseId, courseId), eq(courseMeetings.kind, kind))),
  );
  if (!row) throw new Error(`no ${kind}`);
  return row.id;
}

const audits = (entityId: string, action: string) =>
  inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action))),
  );

beforeAll(async () => {
  t = await startTestApp();
  world = await buildStaffedCourse(t.database, { municipalityCode: '0101' });
  odense = await buildStaffedCourse(t.database, {
    municipalityCode: '0461',
    roundId: world.course.roundId,
    consultant: world.consultant!,
  });
  [consultant, coordinator, otherCoordinator] = await Promise.all([
    t.loginPerson(world.consultant!),
    t.loginPerson(world.coordinator),
    t.loginPerson(odense.coordinator),
  ]);
  kickoffId = await meetingId(world.course.courseId, 'kickoff');
  await inMaintenanceTx(t.database.db, (tx) =>
    tx
      .update(courseMeetings)
      .set({ date: '2027-09-02', startTime: '09:00', endTime: '11:30' })
      .where(eq(courseMeetings.id, kickoffId)),
  );
  const meeting = Meeting.parse((await coordinator.get(`/api/v1/meetings/${kickoffId}`)).json());
  expect(
    (
      await coordinator.put(`/api/v1/meetings/${kickoffId}/agenda`, {
        version: meeting.version,
        agenda: 'Velkomst og “forventninger”\nLæringsmiljø – status 🎉',
        location: 'Rådhuset, mødelokale Ø',
      })
    ).statusCode,
  ).toBe(200);
  const agenda = Meeting.parse((await coordinator.get(`/api/v1/meetings/${kickoffId}`)).json());
  const saved = await coordinator.put(`/api/v1/meetings/${kickoffId}/participants`, {
    version: agenda.version,
    participants: agenda.participants.map(({ userId, name, participantRole }, i) => ({
      userId,
      name,
      participantRole,
      attended: i > 0,
      hours: i > 0 ? 2.5 : 0,
    })),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const minutes = await consultant.put(`/api/v1/meetings/${kickoffId}/minutes`, {
    baseVersion: 0,
    minutesHtml:
      '<h3>Status</h3><p>Vi talte om <strong>børnenes</strong> leg — og åbningstider 👍.</p>' +
      '<ol><li>Første punkt</li><li>Andet punkt</li></ol><p>Se <a href="https://example.org/x">materialet</a>.</p>',
    decisions: ['Næste møde holdes i Ørsted-salen'],
  });
  expect(minutes.statusCode, minutes.body).toBe(200);
});
afterAll(() => t.close());

describe('GET /api/v1/meetings/:id/minutes.pdf|docx', () => {
  it('gives the agenda, participants, minutes and decisions as a tagged PDF in Danish, audited', async () => {
    const res = await coordinator.get(`/api/v1/meetings/${kickoffId}/minutes.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain('attachment');
    const raw = res.rawPayload.toString('latin1');
    expect(raw).toContain('/Lang (da-DK)');
    expect(raw).toMatch(/\/Marked true/);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true });
    for (const expected of [
      'Dagsorden og referat',
      '2. september 2027 kl. 09.00–11.30',
      'Rådhuset, mødelokale Ø',
      'Velkomst og “forventninger”',
      'Læringsmiljø – status',
      'Vi talte om børnenes leg — og åbningstider.',
      'Første punkt',
      'materialet (https://example.org/x)',
      'Næste møde holdes i Ørsted-salen',
      'Kladde: referatet er ikke godkendt endnu.',
      world.coordinator.name,
      'Deltog ikke',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('?');
    const audit = await audits(kickoffId, 'meeting.read');
    expect(audit.map((a) => a.details)).toContainEqual(expect.objectContaining({ format: 'pdf' }));

    const docx = await consultant.get(`/api/v1/meetings/${kickoffId}/minutes.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
  });

  it('is 404 for another municipality and 401 for the anonymous', async () => {
    expect((await otherCoordinator.get(`/api/v1/meetings/${kickoffId}/minutes.pdf`)).statusCode).toBe(404);
    expect((await t.anonymous.get(`/api/v1/meetings/${kickoffId}/minutes.pdf`)).statusCode).toBe(401);
  });
});

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

const values = (sheet: ExcelJS.Worksheet | undefined): unknown[][] => {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('GET /api/v1/courses/:id/meetings.xlsx', () => {
  it('lists the meetings, each participant’s attendance and the hours per role, audited', async () => {
    const res = await coordinator.get(`/api/v1/courses/${world.course.courseId}/meetings.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await workbook(res.rawPayload);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Møder', 'Fremmøde', 'Timer pr. rolle']);
    const meetings = values(book.getWorksheet('Møder'));
    expect(meetings[0]).toEqual([
      'Dato',
      'Start',
      'Slut',
      'Møde',
      'Status',
      'Sted',
      'Inviterede',
      'Deltog',
      'Timer i alt',
    ]);
    const kickoff = meetings.find((r) => r[5] === 'Rådhuset, mødelokale Ø');
    const invited = Meeting.parse((await coordinator.get(`/api/v1/meetings/${kickoffId}`)).json()).participants.length;
    expect(kickoff?.[0]).toEqual(new Date('2027-09-02T00:00:00Z'));
    expect(kickoff?.slice(1, 3)).toEqual(['09.00', '11.30']);
    expect(kickoff?.slice(6)).toEqual([invited, invited - 1, 2.5 * (invited - 1)]);
    const attendance = values(book.getWorksheet('Fremmøde'));
    expect(attendance).toContainEqual(expect.arrayContaining([world.coordinator.name, 'Tovholder']));
    const perRole = values(book.getWorksheet('Timer pr. rolle')).slice(1);
    const totalHours = perRole.reduce((n, r) => n + Number(r[3]), 0);
    expect(totalHours).toBe(2.5 * (invited - 1));
    const audit = await audits(world.course.courseId, 'export.xlsx');
    expect(audit.map((a) => a.details)).toEqual([{ kind: 'course_meetings', rows: expect.any(Number) }]);
  });

  it('is 404 for another municipality’s course', async () => {
    expect((await otherCoordinator.get(`/api/v1/courses/${world.course.courseId}/meetings.xlsx`)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/rounds/:id/selection.xlsx', () => {
  it('holds every application’s points and the proposal with its explanation, for the agency only, audited', async () => {
    const [admin, assessor] = await Promise.all([t.loginAs('national_admin'), t.loginAs('assessor')]);
    const roundId = await buildRound(t.database, { assessorIds: [assessor.person.id], capacity: 1 });
    const hjoerring = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0860' });
    const slagelse = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0330' });
    await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0751' });
    await setDeadline(t.database, roundId, new Date(t.now().getTime() - 1000));
    await assess(assessor, hjoerring, [5, 5, 4]);
    await assess(assessor, slagelse, [3, 3, 3]);

    const res = await admin.get(`/api/v1/rounds/${roundId}/selection.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const book = await workbook(res.rawPayload);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Point', 'Udvælgelse']);
    const points = values(book.getWorksheet('Point'));
    expect(points).toHaveLength(4);
    const byName = (rows: unknown[][], name: string) => rows.find((r) => r[0] === name);
    expect(byName(points, 'Hjørring')?.slice(-6)).toEqual([14, 'Ja', 1, 1, 0, 'Nej']);
    expect(byName(points, 'Slagelse')?.slice(-6)).toEqual([9, 'Ja', 1, 1, 0, 'Nej']);
    expect(byName(points, 'Aarhus')?.slice(-5)).toEqual(['Afventer bedømmelse', 0, 1, 0, 'Nej']);
    const selection = values(book.getWorksheet('Udvælgelse'));
    expect(byName(selection, 'Hjørring')?.slice(1, 3)).toEqual([14, 'Valgt']);
    expect(byName(selection, 'Slagelse')?.[2]).toBe('Ikke valgt');
    expect(byName(selection, 'Aarhus')?.[3]).toBe('Afventer bedømmelse');
    expect(selection.every((r, i) => i === 0 || r[4] === 'Ikke besluttet')).toBe(true);
    const audit = await audits(roundId, 'export.xlsx');
    expect(audit.map((a) => a.details)).toEqual([{ kind: 'round_selection', rows: 3 }]);

    expect((await coordinator.get(`/api/v1/rounds/${roundId}/selection.xlsx`)).statusCode).toBe(403);
    expect((await assessor.get(`/api/v1/rounds/${roundId}/selection.xlsx`)).statusCode).toBe(403);
  });
});
