import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, files } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { attachment } from '../src/server/http/content-disposition.js';
import { Application } from '../src/shared/contracts/applications.js';
import { buildRound } from './helpers/round-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';
import { hostilePdfs, multipartFile, onePagePdf, samplePdf } from './helpers/uploads.js';

let t: TestApp;
let coordinator: Agent;
let url: string;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await t.loginAsDemo('coordinator');
  const res = await coordinator.post(`/api/v1/rounds/${await buildRound(t.database)}/applications`, {});
  expect(res.statusCode, res.body).toBe(201);
  url = `/api/v1/applications/${Application.parse(res.json()).id}/director-commitment`;
});
afterAll(() => t.close());

/** Every file under the files folder (none when it was never made). */
function filesOnDisk(dir = t.config.filesDir): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? filesOnDisk(join(dir, e.name)) : [e.name],
    );
  } catch {
    return [];
  }
}
const fileRows = () => inMaintenanceTx(t.database.db, (tx) => tx.select().from(files));
const uploadAudits = () =>
  inMaintenanceTx(t.database.db, async (tx) =>
    (await tx.select().from(auditLog)).filter((r) => r.action === 'application.file_upload'),
  );

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
    const res = await coordinator.request({ method: 'PUT', url, ...multipartFile(hostile[c.name], 'erklaering.pdf') });
    expect(res.statusCode, res.body).toBe(c.status);
    const problem = res.json<{ code: string; title: string; errors: { field: string; message: string }[] }>();
    expect(problem.code).toBe(c.code);
    expect(problem.title).toContain(c.says);
    expect(problem.errors[0]?.field).toBe('file');
    expect(await fileRows()).toEqual([]);
    expect(filesOnDisk()).toEqual([]);
    expect(await uploadAudits()).toEqual([]);
    expect((await coordinator.get(url)).statusCode).toBe(404);
  });

  it('refuses scripts and launch actions however they are written', async () => {
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
    expect(await fileRows()).toEqual([]);
    expect(filesOnDisk()).toEqual([]);
  });

  it('still accepts a plain PDF, keeps its name without bidirectional overrides, and serves it as a sandboxed download', async () => {
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
    const rows = await fileRows();
    expect(rows.map((r) => r.filename).sort()).toEqual(['fakturafdp.exe.pdf', 'side.pdf']);
    expect(filesOnDisk()).toHaveLength(2);

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
