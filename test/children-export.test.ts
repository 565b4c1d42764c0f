import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild, buildInstitution, countRows } from './helpers/factories.js';
import { buildNamedChildren } from './helpers/tenancy-factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('exporting an institution’s children as CSV', () => {
  it('gives a file Danish Excel opens: BOM, semicolons, one row per child', async () => {
    const { institution, group } = await buildInstitution(t.database, {
      municipalityCode: '0860',
      name: 'Børnehuset Mælkebøtten',
    });
    await buildNamedChildren(t.database, {
      institutionId: institution.id,
      municipalityCode: '0860',
      groupId: group.id,
      names: [
        { firstName: 'Freja', lastName: 'Holm' },
        { firstName: 'Ali', lastName: 'Østergaard' },
        { firstName: 'Bo', lastName: 'Lund' },
      ],
    });
    const leader = await t.loginAs('daycare_leader', { municipalityCode: '0860', institutionId: institution.id });
    const res = await leader.get(`/api/v1/children/export.csv?institutionId=${institution.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="boern-børnehuset-mælkebøtten\.csv"/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse<Record<string, string>>(res.body, { bom: true, delimiter: ';', columns: true });
    expect(rows).toHaveLength(3);
    expect(rows).toHaveLength(await countRows(t.database, 'children', `institution_id = '${institution.id}'`));
    expect(Object.keys(rows[0]!)).toEqual(['Fornavn', 'Efternavn', 'Fødselsdato', 'Gruppe', 'Dagtilbud']);
    expect(
      rows.every((r) => r.Dagtilbud === 'Børnehuset Mælkebøtten' && /^\d{4}-\d{2}-\d{2}$/.test(r.Fødselsdato!)),
    ).toBe(true);
  });

  it('neutralises a name a spreadsheet would run as a formula', async () => {
    const leader = await t.loginAs('daycare_leader', { municipalityCode: '0860' });
    const institutionId = leader.person.institutionId!;
    const created = await leader.post('/api/v1/children', {
      institutionId,
      firstName: '=HYPERLINK("http://example.org";"klik")',
      lastName: 'Semikolon; "citat"',
      birthDate: '2023-02-02',
    });
    expect(created.statusCode).toBe(201);
    const res = await leader.get(`/api/v1/children/export.csv?institutionId=${institutionId}`);
    const rows = parse<Record<string, string>>(res.body, { bom: true, delimiter: ';', columns: true });
    const row = rows.find((r) => r.Efternavn === 'Semikolon; "citat"');
    expect(row?.Fornavn).toBe(`'=HYPERLINK("http://example.org";"klik")`);
  });

  it('lets staff read children but not export them, and other municipalities not at all', async () => {
    const { institution } = await buildInstitution(t.database, { municipalityCode: '0860' });
    await buildChild(t.database, { institutionId: institution.id });
    const staff = await t.loginAs('staff', { municipalityCode: '0860', institutionId: institution.id });
    expect((await staff.get(`/api/v1/children?institutionId=${institution.id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/children/export.csv?institutionId=${institution.id}`)).statusCode).toBe(403);
    const otherChief = await t.loginAs('daycare_chief', { municipalityCode: '0217' });
    expect((await otherChief.get(`/api/v1/children/export.csv?institutionId=${institution.id}`)).statusCode).toBe(404);
  });
});
