import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/server/db/client.js';
import { children } from '../src/server/db/schema.js';
import { type Actor } from '../src/server/core/actor.js';
import { inActorTx } from '../src/server/core/transaction.js';
import { findSecurityProblems } from '../src/server/db/security-check.js';
import { prepareDatabase } from '../src/server/server.js';
import { Child, ListChildrenResponse } from '../src/shared/contracts/children.js';
import { InstitutionDetail } from '../src/shared/contracts/organisation.js';
import { anyChildOf, otherInstitutionId, ownInstitutionId } from './helpers/factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { openTestDatabase } from './helpers/test-database.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('municipality isolation over the API', () => {
  it('answers 404 for another municipality’s child and institution, but shows its public name', async () => {
    const helsingoerChief = await t.loginAsDemo('daycare_chief', '0217');
    const hjoerringChild = await anyChildOf(t.database, ownInstitutionId('0860'));
    expect((await helsingoerChief.get(`/api/v1/children/${hjoerringChild.id}`)).statusCode).toBe(404);
    expect((await helsingoerChief.get(`/api/v1/institutions/${ownInstitutionId('0860')}`)).statusCode).toBe(404);
    expect((await helsingoerChief.get(`/api/v1/children?institutionId=${ownInstitutionId('0860')}`)).statusCode).toBe(
      404,
    );
    const m = await helsingoerChief.get('/api/v1/municipalities/0860');
    expect(m.statusCode).toBe(200);
    expect(m.json()).toMatchObject({ name: 'Hjørring', institutionCount: null, childCount: null });
    const own = await helsingoerChief.get('/api/v1/municipalities/0217');
    expect(own.json().institutionCount).toBe(6);
  });

  it('gives a coordinator of municipality A a 404 for B’s institutions and users', async () => {
    const coordinator = await t.loginAsDemo('coordinator', '0860');
    const list = await coordinator.get('/api/v1/institutions?municipality=0217');
    expect(list.json().items).toEqual([]);
    expect((await coordinator.get(`/api/v1/institutions/${ownInstitutionId('0217')}`)).statusCode).toBe(404);
    const users = await coordinator.get('/api/v1/users?pageSize=200');
    const codes = users
      .json()
      .items.flatMap((u: { assignments: { municipalityCode: string }[] }) =>
        u.assignments.map((a) => a.municipalityCode),
      );
    expect(new Set(codes)).toEqual(new Set(['0860']));
  });

  it('lets staff see the children of their own institution only', async () => {
    const staff = await t.loginAsDemo('staff', '0860');
    const res = await staff.get('/api/v1/children?pageSize=200');
    const body = ListChildrenResponse.parse(res.json());
    expect(body.items.length).toBeGreaterThan(0);
    expect(new Set(body.items.map((c) => c.institutionId))).toEqual(new Set([ownInstitutionId('0860')]));
    const neighbour = await anyChildOf(t.database, otherInstitutionId('0860'));
    expect((await staff.get(`/api/v1/children/${neighbour.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/v1/children?institutionId=${otherInstitutionId('0860')}`)).statusCode).toBe(404);
    // The neighbour institution itself is visible (same municipality), its children are not.
    const inst = InstitutionDetail.parse(
      (await staff.get(`/api/v1/institutions/${otherInstitutionId('0860')}`)).json(),
    );
    expect(inst.actions).toEqual({ readChildren: false, writeChildren: false });
  });

  it('lets a daycare chief see every child of the municipality', async () => {
    const chief = await t.loginAsDemo('daycare_chief', '0860');
    const res = ListChildrenResponse.parse((await chief.get('/api/v1/children?pageSize=200')).json());
    expect(new Set(res.items.map((c) => c.institutionId)).size).toBeGreaterThan(1);
    const other = await anyChildOf(t.database, otherInstitutionId('0860'));
    expect(Child.parse((await chief.get(`/api/v1/children/${other.id}`)).json()).id).toBe(other.id);
  });

  it('shows consultants and national admins no child names, only counts', async () => {
    const admin = await t.loginAsDemo('national_admin');
    const consultant = await t.loginAsDemo('consultant');
    expect((await admin.get('/api/v1/children')).statusCode).toBe(403);
    expect((await consultant.get('/api/v1/children')).statusCode).toBe(403);
    const child = await anyChildOf(t.database, ownInstitutionId('0860'));
    expect((await admin.get(`/api/v1/children/${child.id}`)).statusCode).toBe(403);
    const detail = await admin.get(`/api/v1/institutions/${ownInstitutionId('0860')}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().childCount).toBeGreaterThan(0);
    expect(detail.body).not.toContain(child.firstName + '"');
    expect(detail.body).not.toContain(child.lastName);
  });

  it('shows an evaluator nothing child-level', async () => {
    const evaluator = await t.loginAsDemo('evaluator');
    expect((await evaluator.get('/api/v1/children')).statusCode).toBe(403);
    expect((await evaluator.get('/api/v1/institutions')).statusCode).toBe(403);
  });
});

const actor = (over: Partial<Actor>): Actor => ({
  userId: '00000000-0000-0000-0000-000000000001',
  name: 'Test',
  email: 'test@example.org',
  role: 'staff',
  municipalityCode: '0860',
  institutionIds: [ownInstitutionId('0860')],
  ip: null,
  ...over,
});

describe('row-level security (the second lock)', () => {
  it('returns only in-scope rows to a deliberately unfiltered query', async () => {
    const staffRows = await inActorTx(t.database.db, actor({}), (tx) => tx.select().from(children));
    expect(staffRows.length).toBeGreaterThan(0);
    expect(new Set(staffRows.map((c) => c.institutionId))).toEqual(new Set([ownInstitutionId('0860')]));

    const chiefRows = await inActorTx(t.database.db, actor({ role: 'daycare_chief', institutionIds: [] }), (tx) =>
      tx.select().from(children),
    );
    expect(new Set(chiefRows.map((c) => c.municipalityCode))).toEqual(new Set(['0860']));

    for (const role of ['national_admin', 'consultant', 'coordinator', 'evaluator'] as const) {
      const rows = await inActorTx(t.database.db, actor({ role, institutionIds: [] }), (tx) =>
        tx.select().from(children),
      );
      expect(rows, role).toEqual([]);
    }
    expect(await inActorTx(t.database.db, null, (tx) => tx.select().from(children))).toEqual([]);
  });

  it('refuses to write a child outside the scope, even without an application check', async () => {
    const write = inActorTx(t.database.db, actor({}), (tx) =>
      tx.insert(children).values({
        municipalityCode: '0217',
        institutionId: ownInstitutionId('0217'),
        firstName: 'Ude',
        lastName: 'Afscope',
        birthDate: '2022-01-01',
      }),
    );
    await expect(write).rejects.toThrow();
    const updated = await inActorTx(t.database.db, actor({}), (tx) =>
      tx
        .update(children)
        .set({ firstName: 'Ændret' })
        .where(sql`${children.institutionId} = ${otherInstitutionId('0860')}`)
        .returning(),
    );
    expect(updated).toEqual([]);
  });

  it('leaves no scope or role behind on the connection after the transaction', async () => {
    await inActorTx(t.database.db, actor({}), (tx) => tx.select().from(children).limit(1));
    const [after] = await queryRows<{ scope: string | null; role: string }>(
      t.database.db,
      sql`SELECT current_setting('indsats.child_scope', true) AS scope, current_user AS role`,
    );
    expect(after?.scope ?? '').toBe('');
    expect(after?.role).not.toBe('indsats_app');
  });

  it('passes the start-up check, and refuses to start when FORCE is switched off', async () => {
    expect(await findSecurityProblems(t.database.db)).toEqual([]);
    const other = await openTestDatabase();
    try {
      await other.exec('ALTER TABLE children NO FORCE ROW LEVEL SECURITY');
      expect(await findSecurityProblems(other.db)).toContain('rækkesikkerhed er ikke tvunget (FORCE) på children');
      await expect(prepareDatabase(other, { demo: false })).rejects.toThrow(/starter ikke/);
      await other.exec('ALTER TABLE children FORCE ROW LEVEL SECURITY; DROP POLICY children_scope ON children');
      expect(await findSecurityProblems(other.db)).toContain('children har ingen politik for rækkesikkerhed');
    } finally {
      await other.close();
    }
  });
});
