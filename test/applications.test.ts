import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, files } from '../src/server/db/schema.js';
import { editConflicts } from '../src/server/db/schema-course-work.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import {
  Application,
  ListApplicationsResponse,
  MAX_UPLOAD_BYTES,
  type ApplicationContent,
} from '../src/shared/contracts/applications.js';
import { Round } from '../src/shared/contracts/rounds.js';
import { buildInstitution } from './helpers/factories.js';
import type { TestPerson } from './helpers/people.js';
import { buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import { startTestApp, type Agent, type PersonAgent, type TestApp } from './helpers/test-app.js';
import { multipartFile, samplePdf } from './helpers/uploads.js';

// Every test builds its own round and draft, so each runs alone and one failure takes no other with it.
// The people and the institution are the file's own: a Hjørring coordinator, an assessor and a daycare.
const INSTITUTION_NAME = 'Børnehuset Testsolen';
let t: TestApp;
let coordinator: PersonAgent;
let assessor: TestPerson;
let institutionId: string;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await t.loginAs('coordinator', { municipalityCode: '0860' });
  assessor = await t.buildPerson({ role: 'assessor' });
  institutionId = (await buildInstitution(t.database, { municipalityCode: '0860', name: INSTITUTION_NAME })).institution
    .id;
});
afterAll(() => t.close());

function completeContent(institution = institutionId): ApplicationContent {
  return {
    contactName: 'Mette Holm',
    contactEmail: 'mette.holm@hjoerring.example',
    contactPhone: '72 33 33 33',
    institutions: [
      {
        institutionId: institution,
        vulnerableFamiliesShare: 34,
        needDocumentation: 'Opgørelse fra 2026 over forældres uddannelse og beskæftigelse.',
      },
    ],
    familyDaycareShare: 42,
    motivation: 'Vi vil styrke læringsmiljøet for børn i udsatte positioner.',
    managementBacking: 'Dagtilbudschefen og direktionen bakker op.',
    resourceCommitment: 'Vi afsætter tid til møder, forplejning og transport.',
    directorName: 'Lars Berg',
    directorTitle: 'Direktør for Børn og Unge',
    directorSignedOn: '2026-11-20',
    evaluationCommitment: true,
  };
}

/** A round of the test's own, open for applications, with the file's assessor assigned. */
const openRound = () => buildRound(t.database, { assessorIds: [assessor.id] });

async function startDraft(agent: Agent, round?: string) {
  const res = await agent.post(`/api/v1/rounds/${round ?? (await openRound())}/applications`, {});
  expect(res.statusCode, res.body).toBe(201);
  return Application.parse(res.json());
}

/** A draft with every field filled in (version 2); only the director's signed file is missing. */
async function completeDraft(round?: string): Promise<Application> {
  const draft = await startDraft(coordinator, round);
  const saved = await coordinator.put(`/api/v1/applications/${draft.id}`, { version: 1, content: completeContent() });
  expect(saved.statusCode, saved.body).toBe(200);
  return Application.parse(saved.json());
}

/** A complete draft with the director's signed commitment uploaded: ready to submit. */
async function readyDraft(round?: string): Promise<Application> {
  const draft = await completeDraft(round);
  const res = await coordinator.request({
    method: 'PUT',
    url: `/api/v1/applications/${draft.id}/director-commitment`,
    ...multipartFile(await samplePdf(), 'erklaering.pdf'),
  });
  expect(res.statusCode, res.body).toBe(200);
  return Application.parse(res.json());
}

const dbRow = (id: string) =>
  inMaintenanceTx(
    t.database.db,
    async (tx) => (await tx.select().from(applications).where(eq(applications.id, id)))[0],
  );

describe('applications', () => {
  it('lets a coordinator start one draft per round, with a checklist of what is missing', async () => {
    const round = await openRound();
    const draft = await startDraft(coordinator, round);
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      municipalityCode: '0860',
      allowed: { edit: true, submit: false },
    });
    expect(draft.checklist.every((c) => !c.done)).toBe(true);
    const again = await coordinator.post(`/api/v1/rounds/${round}/applications`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'application_exists' });
  });

  it('refuses to start an application in a closed round, and other roles may not start one', async () => {
    const closedRound = await buildRound(t.database, { deadline: new Date(t.now().getTime() - 60_000) });
    const res = await coordinator.post(`/api/v1/rounds/${closedRound}/applications`, {});
    expect(res.json()).toMatchObject({ status: 409, code: 'deadline_passed' });
    const chief = await t.loginAs('daycare_chief', { municipalityCode: '0860' });
    expect((await chief.post(`/api/v1/rounds/${await openRound()}/applications`, {})).statusCode).toBe(403);
  });

  it('saves drafts with versions and rejects institutions of another municipality', async () => {
    const draft = await startDraft(coordinator);
    const helsingoerInstitution = await buildInstitution(t.database, { municipalityCode: '0217' });
    const foreign = await coordinator.put(`/api/v1/applications/${draft.id}`, {
      version: draft.version,
      content: completeContent(helsingoerInstitution.institution.id),
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([
      { field: 'content.institutions.0.institutionId', message: 'Dagtilbuddet findes ikke i kommunen' },
    ]);
    const bad = await coordinator.put(`/api/v1/applications/${draft.id}`, {
      version: draft.version,
      content: { ...completeContent(), familyDaycareShare: 140 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('content.familyDaycareShare');
    expect((await dbRow(draft.id))?.version).toBe(1);

    const saved = await coordinator.put(`/api/v1/applications/${draft.id}`, { version: 1, content: completeContent() });
    expect(saved.statusCode, saved.body).toBe(200);
    const complete = Application.parse(saved.json());
    expect(complete.version).toBe(2);
    expect(complete.institutionNames[institutionId]).toBe(INSTITUTION_NAME);
    expect(complete.checklist.filter((c) => !c.done).map((c) => c.key)).toEqual(['directorFile']);
  });

  it('keeps both versions when two coordinators save on top of each other', async () => {
    const draft = await readyDraft();
    const first = await coordinator.put(`/api/v1/applications/${draft.id}`, {
      version: draft.version,
      content: { ...completeContent(), motivation: 'Første udgave' },
    });
    expect(first.statusCode).toBe(200);
    const second = await coordinator.put(`/api/v1/applications/${draft.id}`, {
      version: draft.version,
      content: { ...completeContent(), motivation: 'Anden udgave' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'version_conflict' });
    const now = Application.parse((await coordinator.get(`/api/v1/applications/${draft.id}`)).json());
    expect(now.content.motivation).toBe('Første udgave');
    expect(now.conflicts).toHaveLength(1);
    expect(now.conflicts[0]?.content.motivation).toBe('Anden udgave');
    expect(now.conflicts[0]?.baseVersion).toBe(draft.version);

    const early = await coordinator.post(`/api/v1/applications/${draft.id}/submit`, { version: now.version });
    expect(early.json()).toMatchObject({ status: 409, code: 'open_conflicts' });

    // Resolve by taking the kept version, then putting it away.
    const conflictId = now.conflicts[0]?.id ?? '';
    const taken = await coordinator.put(`/api/v1/applications/${draft.id}`, {
      version: now.version,
      content: now.conflicts[0]?.content,
    });
    expect(taken.statusCode).toBe(200);
    expect((await coordinator.delete(`/api/v1/applications/${draft.id}/conflicts/${conflictId}`)).statusCode).toBe(204);
    const resolved = Application.parse((await coordinator.get(`/api/v1/applications/${draft.id}`)).json());
    expect(resolved.content.motivation).toBe('Anden udgave');
    expect(resolved.conflicts).toEqual([]);
    expect((await coordinator.delete(`/api/v1/applications/${draft.id}/conflicts/${conflictId}`)).statusCode).toBe(404);
    const actions = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, draft.id)),
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['application.save_conflict', 'application.conflict_dismissed']),
    );
    // Once the kept version is put away, the application can be submitted.
    const submitted = await coordinator.post(`/api/v1/applications/${draft.id}/submit`, { version: resolved.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
  });

  it('accepts only real PDFs within the size limit for the director’s commitment, stored in the files folder', async () => {
    const draft = await completeDraft();
    const url = `/api/v1/applications/${draft.id}/director-commitment`;
    const fake = multipartFile(Buffer.from('%PDF-1.7\nthis is not really a pdf'), 'erklaering.pdf');
    const fakeRes = await coordinator.request({ method: 'PUT', url, ...fake });
    expect(fakeRes.json()).toMatchObject({ status: 415, code: 'unsupported_file' });
    const png = multipartFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'erklaering.pdf');
    expect((await coordinator.request({ method: 'PUT', url, ...png })).json()).toMatchObject({
      code: 'unsupported_file',
    });
    const big = multipartFile(Buffer.concat([await samplePdf(), Buffer.alloc(MAX_UPLOAD_BYTES)]), 'stor.pdf');
    expect((await coordinator.request({ method: 'PUT', url, ...big })).json()).toMatchObject({
      status: 413,
      code: 'file_too_large',
    });
    expect((await coordinator.put(url, {})).statusCode).toBe(400);
    const filesOf = (id: string) =>
      inMaintenanceTx(t.database.db, (tx) =>
        tx
          .select({ storageKey: files.storageKey })
          .from(files)
          .innerJoin(applications, eq(applications.directorFileId, files.id))
          .where(eq(applications.id, id)),
      );
    expect(await filesOf(draft.id)).toEqual([]);

    const pdf = await samplePdf();
    const ok = await coordinator.request({
      method: 'PUT',
      url,
      ...multipartFile(pdf, '../../Erklæring underskrevet.pdf', 'application/octet-stream'),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const withFile = Application.parse(ok.json());
    expect(withFile.directorFile).toMatchObject({ filename: 'Erklæring underskrevet.pdf', size: pdf.length });
    expect(withFile.version).toBe(draft.version); // an autosave in flight is not turned into a conflict
    const [stored] = await filesOf(draft.id);
    expect(existsSync(join(t.config.filesDir, stored?.storageKey ?? 'missing'))).toBe(true);

    const download = await coordinator.get(url);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const other = await t.loginAs('coordinator', { municipalityCode: '0217' });
    expect((await other.get(url)).statusCode).toBe(404);
  });

  it('hides the application from other municipalities, assessors (while a draft) and unrelated roles', async () => {
    const draft = await startDraft(coordinator);
    const other = await t.loginAs('coordinator', { municipalityCode: '0217' });
    const helsingoerApplication = await buildSubmittedApplication(t.database, {
      roundId: await openRound(),
      municipalityCode: '0217',
    });
    expect((await other.get(`/api/v1/applications/${draft.id}`)).statusCode).toBe(404);
    expect(
      (await other.put(`/api/v1/applications/${draft.id}`, { version: draft.version, content: completeContent() }))
        .statusCode,
    ).toBe(404);
    // Helsingør lists only its own applications (the one built above among them).
    const theirs = ListApplicationsResponse.parse((await other.get('/api/v1/applications')).json()).items;
    expect(theirs.map((a) => a.id)).toContain(helsingoerApplication);
    expect(theirs.map((a) => a.id)).not.toContain(draft.id);
    expect(theirs.every((a) => a.municipalityCode === '0217')).toBe(true);
    const roundAssessor = await t.loginPerson(assessor);
    expect((await roundAssessor.get(`/api/v1/applications/${draft.id}`)).statusCode).toBe(404);
    const chief = await t.loginAs('daycare_chief', { municipalityCode: '0860' });
    const seen = Application.parse((await chief.get(`/api/v1/applications/${draft.id}`)).json());
    expect(seen.allowed.edit).toBe(false);
    expect(
      (await chief.put(`/api/v1/applications/${draft.id}`, { version: draft.version, content: completeContent() }))
        .statusCode,
    ).toBe(403);
  });

  it('refuses submission after the deadline and keeps the draft', async () => {
    const round = await openRound();
    const draft = await readyDraft(round);
    await setDeadline(t.database, round, new Date(t.now().getTime() - 60_000));
    const before = await dbRow(draft.id);
    const late = await coordinator.post(`/api/v1/applications/${draft.id}/submit`, { version: draft.version });
    expect(late.json()).toMatchObject({ status: 409, code: 'deadline_passed' });
    expect(await dbRow(draft.id)).toEqual(before);
    // Saving the draft still works, so nothing typed is lost.
    const saved = await coordinator.put(`/api/v1/applications/${draft.id}`, {
      version: draft.version,
      content: completeContent(),
    });
    expect(saved.statusCode).toBe(200);
    expect(Application.parse(saved.json()).version).toBe(draft.version + 1);
  });

  it('submits a complete draft, then locks it and issues a receipt PDF', async () => {
    const round = await openRound();
    const draft = await readyDraft(round);
    expect((await coordinator.get(`/api/v1/applications/${draft.id}/receipt.pdf`)).json()).toMatchObject({
      code: 'not_submitted',
    });
    const stale = await coordinator.post(`/api/v1/applications/${draft.id}/submit`, { version: draft.version - 1 });
    expect(stale.statusCode).toBe(409);
    const res = await coordinator.post(`/api/v1/applications/${draft.id}/submit`, { version: draft.version });
    expect(res.statusCode, res.body).toBe(200);
    const submitted = Application.parse(res.json());
    expect(submitted).toMatchObject({
      status: 'submitted',
      submittedBy: coordinator.person.name,
      allowed: { edit: false, submit: false },
    });
    expect(
      (
        await coordinator.put(`/api/v1/applications/${draft.id}`, {
          version: submitted.version,
          content: completeContent(),
        })
      ).json(),
    ).toMatchObject({
      code: 'application_submitted',
    });

    const receipt = await coordinator.get(`/api/v1/applications/${draft.id}/receipt.pdf`);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(receipt.rawPayload));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Hjørring');
    expect(text).toContain(Round.parse((await coordinator.get(`/api/v1/rounds/${round}`)).json()).name);
    expect(text).toContain('Mette Holm');
    expect(text).toContain(INSTITUTION_NAME);

    const actions = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, draft.id)),
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'application.create',
        'application.save',
        'application.file_upload',
        'application.submit',
      ]),
    );
    const roundAssessor = await t.loginPerson(assessor);
    const list = ListApplicationsResponse.parse(
      (await roundAssessor.get(`/api/v1/rounds/${round}/applications`)).json(),
    );
    expect(list.items.map((i) => i.id)).toContain(draft.id);
  });

  it('validates the checklist on the server: an incomplete draft cannot be submitted', async () => {
    const other = await t.loginAs('coordinator', { municipalityCode: '0217' });
    const d = await startDraft(other);
    const res = await other.post(`/api/v1/applications/${d.id}/submit`, { version: d.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('directorFile');
    expect((await dbRow(d.id))?.status).toBe('draft');
    expect(
      await inMaintenanceTx(t.database.db, (tx) =>
        tx.select().from(editConflicts).where(eq(editConflicts.entityId, d.id)),
      ),
    ).toEqual([]);
  });
});
