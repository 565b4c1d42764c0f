import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, ownInstitutionId } from './helpers/factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('exporting an institution’s children as CSV', () => {
  it('gives a file Danish Excel opens: BOM, semicolons, one row per child', async () => {
    const leader = await t.loginAsDemo('daycare_leader');
    const res = await leader.get(`/api/v1/children/export.csv?institutionId=${ownInstitutionId()}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="boern-børnehuset-solsikken\.csv"/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse<Record<string, string>>(res.body, { bom: true, delimiter: ';', columns: true });
    expect(rows).toHaveLength(await countRows(t.database, 'children', `institution_id = '${ownInstitutionId()}'`));
    expect(Object.keys(rows[0]!)).toEqual(['Fornavn', 'Efternavn', 'Fødselsdato', 'Gruppe', 'Dagtilbud']);
    expect(
      rows.every((r) => r.Dagtilbud === 'Børnehuset Solsikken' && /^\d{4}-\d{2}-\d{2}$/.test(r.Fødselsdato!)),
    ).toBe(true);
  });

  it('neutralises a name a spreadsheet would run as a formula', async () => {
    const leader = await t.loginAsDemo('daycare_leader');
    const created = await leader.post('/api/v1/children', {
      institutionId: ownInstitutionId(),
      firstName: '=HYPERLINK("http://example.org";"klik")',
      lastName: 'Semikolon; "citat"',
      birthDate: '2023-02-02',
    });
    expect(created.statusCode).toBe(201);
    const res = await leader.get(`/api/v1/children/export.csv?institutionId=${ownInstitutionId()}`);
    const rows = parse<Record<string, string>>(res.body, { bom: true, delimiter: ';', columns: true });
    const row = rows.find((r) => r.Efternavn === 'Semikolon; "citat"');
    expect(row?.Fornavn).toBe(`'=HYPERLINK("http://example.org";"klik")`);
  });

  it('lets staff read children but not export them, and other municipalities not at all', async () => {
    expect(
      (await (await t.loginAsDemo('staff')).get(`/api/v1/children/export.csv?institutionId=${ownInstitutionId()}`))
        .statusCode,
    ).toBe(403);
    const otherChief = await t.loginAsDemo('daycare_chief', '0217');
    expect(
      (await otherChief.get(`/api/v1/children/export.csv?institutionId=${ownInstitutionId('0860')}`)).statusCode,
    ).toBe(404);
  });
});
