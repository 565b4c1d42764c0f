import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, files } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { attachment } from '../src/server/http/content-disposition.js';
import { Application } from '../src/shared/contracts/applications.js';
import { buildRound } from './helpers/round-factories.js';
import { startTestApp, type PersonAgent, type TestApp } from './helpers/test-app.js';
import { hostilePdfs, multipartFile, onePagePdf, samplePdf } from './helpers/uploads.js';

// Every test uploads to a draft of its own, made by a Hjørring coordinator of its own, and proves
// "stores nothing" against what was there before it: no test relies on another's uploads or order.
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A coordinator of the test's own and the upload address of the director's commitment on their new draft. */
async function draftToUploadTo(): Promise<{ coordinator: PersonAgent; url: string }> {
  const coordinator = await t.loginAs('coordinator', { municipalityCode: '0860' });
  const res = await coordinator.post(`/api/v1/rounds/${await buildRound(t.database)}/applications`, {});
  expect(res.statusCode, res.body).toBe(201);
  return { coordinator, url: `/api/v1/applications/${Application.parse(res.json()).id}/director-commitment` };
}

/** Every file under the files folder (none when it was never made). */
function filesOnDisk(dir = t.config.filesDir): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? filesOnDisk(join(dir, e.name)) : [e.name]))
      .sort();
  } catch {
    return [];
  }
}
const fileRows = () => inMaintenanceTx(t.database.db, (tx) => tx.select().from(files));
const fileRowsBy = (coordinator: PersonAgent) =>
  inMaintenanceTx(t.database.db, (tx) => tx.select().from(files).where(eq(files.uploadedBy, coordinator.person.id)));
const uploadAudits = () =>
  inMaintenanceTx(t.database.db, async (tx) =>
    (await tx.select().from(auditLog)).filter((r) => r.action === 'application.file_upload'),
  );

/** What an upload would leave behind: the file rows, the files on disk and the upload audit rows, all of them. */
async function stored() {
  return { rows: await fileRows(), disk: filesOnDisk(), audits: await uploadAudits() };
}

describe('uploaded PDFs', () => {
  let hostile: Awaited<ReturnType<typeof hostilePdfs>>;
  beforeAll(async () => {
    hostile = await hostilePdfs();
    expect(hostile.bomb.length).toBeLessThan(250 * 1024); // 200 MB of content in about 200 kB
  });

  it.each([
    { name: 'polyglot' as const, status: 415, code: 'unsupported_file', says: 'ikke en gyldig PDF' },
    { name: 'openActionScript' as const, status: 422, code: 'pdf_active_content', says: 'JavaScript' },
    { name: 'bomb' as const, status: 422, code: 'pdf_too_complex', says: 'pakkes ud' },
  ])('refuses the probe’s $name with a Danish message naming the field, and stores nothing', async (c) => {
    const { coordinator, url } = await draftToUploadTo();
    const before = await stored();
    const res = await coordinator.request({ method: 'PUT', url, ...multipartFile(hostile[c.name], 'erklaering.pdf') });
    expect(res.statusCode, res.body).toBe(c.status);
    const problem = res.json<{ code: string; title: string; errors: { field: string; message: string }[] }>();
    expect(problem.code).toBe(c.code);
    expect(problem.title).toContain(c.says);
    expect(problem.errors[0]?.field).toBe('file');
    expect(await stored()).toEqual(before);
    expect(await fileRowsBy(coordinator)).toEqual([]);
    expect((await coordinator.get(url)).statusCode).toBe(404);
  });

  it('refuses scripts and launch actions however they are written', async () => {
    const { coordinator, url } = await draftToUploadTo();
    const before = await stored();
    const hidden = [
      onePagePdf('/OpenAction 4 0 R', ['<< /S /Java#53cript /J#53 (app.alert\\(1\\)) >>']), // names with #xx escapes
      onePagePdf('/AA << /WC 4 0 R >>', ['<< /S /Launch /F (cmd.exe) >>']),
      onePagePdf('/Names << /EmbeddedFiles 4 0 R >>', ['<< /Names [] >>']),
      onePagePdf('/AcroForm << /Fields [] /XFA 4 0 R >>', ['<< >>']),
    ];
    for (const file of hidden) {
      const res = await coordinator.request({ method: 'PUT', url, ...multipartFile(file, 'erklaering.pdf') });
      expect(res.json()).toMatchObject({ status: 422, code: 'pdf_active_content' });
    }
    expect(await stored()).toEqual(before);
    expect(await fileRowsBy(coordinator)).toEqual([]);
    expect((await coordinator.get(url)).statusCode).toBe(404);
  });

  it('still accepts a plain PDF, keeps its name without bidirectional overrides, and serves it as a sandboxed download', async () => {
    const { coordinator, url } = await draftToUploadTo();
    const before = await stored();
    const plain = onePagePdf('/OpenAction [3 0 R /Fit]'); // opening at a page is not an action to refuse
    const first = await coordinator.request({ method: 'PUT', url, ...multipartFile(plain, 'side.pdf') });
    expect(first.statusCode, first.body).toBe(200);

    const pdf = await samplePdf();
    const res = await coordinator.request({
      method: 'PUT',
      url,
      ...multipartFile(pdf, 'faktura\u202Efdp.exe\u200B\u2066.pdf'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(Application.parse(res.json()).directorFile?.filename).toBe('fakturafdp.exe.pdf');
    const after = await stored();
    const added = after.rows.filter((r) => !before.rows.some((b) => b.id === r.id));
    expect(added.map((r) => r.filename).sort()).toEqual(['fakturafdp.exe.pdf', 'side.pdf']);
    expect(added.map((r) => r.uploadedBy)).toEqual([coordinator.person.id, coordinator.person.id]);
    expect(after.rows).toHaveLength(before.rows.length + 2);
    // the two new files on disk are exactly the two rows' stored files, and nothing else changed
    expect(after.disk.filter((f) => !before.disk.includes(f)).sort()).toEqual(
      added.map((r) => basename(r.storageKey)).sort(),
    );
    expect(before.disk.filter((f) => !after.disk.includes(f))).toEqual([]);

    const download = await coordinator.get(url);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'content-disposition': `attachment; filename="fakturafdp.exe.pdf"; filename*=UTF-8''fakturafdp.exe.pdf`,
    });
    expect(download.headers['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
  });

  it('never sends an invisible character in a download name, whatever was stored before', () => {
    expect(attachment('faktura\u202Efdp.exe.pdf')).toBe(
      `attachment; filename="fakturafdp.exe.pdf"; filename*=UTF-8''fakturafdp.exe.pdf`,
    );
    expect(attachment('Referat\u2067 mødet\u0007.pdf')).toBe(
      `attachment; filename="Referat moedet.pdf"; filename*=UTF-8''Referat%20m%C3%B8det.pdf`,
    );
  });
});
