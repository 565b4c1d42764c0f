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
import { buildChild, buildInstitution, countRows } from './helpers/factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { openTestDatabase } from './helpers/test-database.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** An institution of the test's own with `childCount` children in it. */
async function institutionWithChildren(municipalityCode: string, childCount = 2) {
  const { institution } = await buildInstitution(t.database, { municipalityCode });
  const kids = [];
  for (let i = 0; i < childCount; i++) kids.push(await buildChild(t.database, { institutionId: institution.id }));
  return { id: institution.id, children: kids };
}

describe('municipality isolation over the API', () => {
  it('answers 404 for another municipality’s child and institution, but shows its public name', async () => {
    const theirs = await institutionWithChildren('0101');
    await institutionWithChildren('0461');
    await institutionWithChildren('0461');
    const odenseChief = await t.loginAs('daycare_chief', { municipalityCode: '0461' });
    const copenhagenChild = theirs.children[0]!;
    expect((await odenseChief.get(`/api/v1/children/${copenhagenChild.id}`)).statusCode).toBe(404);
    expect((await odenseChief.get(`/api/v1/institutions/${theirs.id}`)).statusCode).toBe(404);
    expect((await odenseChief.get(`/api/v1/children?institutionId=${theirs.id}`)).statusCode).toBe(404);
    const m = await odenseChief.get('/api/v1/municipalities/0101');
    expect(m.statusCode).toBe(200);
    expect(m.json()).toMatchObject({ name: 'København', institutionCount: null, childCount: null });
    const own = await odenseChief.get('/api/v1/municipalities/0461');
    expect(own.json().institutionCount).toBe(2);
  });

  it('gives a coordinator of municipality A a 404 for B’s institutions and users', async () => {
    const { institution: theirs } = await buildInstitution(t.database, { municipalityCode: '0751' });
    const theirStaff = await t.buildPerson({ role: 'staff', municipalityCode: '0751', institutionId: theirs.id });
    const ownLeader = await t.buildPerson({ role: 'daycare_leader', municipalityCode: '0147' });
    const coordinator = await t.loginAs('coordinator', { municipalityCode: '0147' });
    const list = await coordinator.get('/api/v1/institutions?municipality=0751');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
    expect((await coordinator.get(`/api/v1/institutions/${theirs.id}`)).statusCode).toBe(404);
    const users = await coordinator.get('/api/v1/users?pageSize=200');
    const items: { id: string; assignments: { municipalityCode: string }[] }[] = users.json().items;
    const codes = items.flatMap((u) => u.assignments.map((a) => a.municipalityCode));
    expect(new Set(codes)).toEqual(new Set(['0147']));
    expect(items.map((u) => u.id)).toEqual(expect.arrayContaining([ownLeader.id, coordinator.person.id]));
    expect(items.map((u) => u.id)).not.toContain(theirStaff.id);
  });

  it('lets staff see the children of their own institution only', async () => {
    const own = await institutionWithChildren('0860');
    const neighbourInstitution = await institutionWithChildren('0860');
    const staff = await t.loginAs('staff', { municipalityCode: '0860', institutionId: own.id });
    const res = await staff.get('/api/v1/children?pageSize=200');
    const body = ListChildrenResponse.parse(res.json());
    expect(body.items.length).toBeGreaterThan(0);
    expect(new Set(body.items.map((c) => c.institutionId))).toEqual(new Set([own.id]));
    const neighbour = neighbourInstitution.children[0]!;
    expect((await staff.get(`/api/v1/children/${neighbour.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/v1/children?institutionId=${neighbourInstitution.id}`)).statusCode).toBe(404);
    // The neighbour institution itself is visible (same municipality), its children are not.
    const inst = InstitutionDetail.parse((await staff.get(`/api/v1/institutions/${neighbourInstitution.id}`)).json());
    expect(inst.actions).toEqual({ readChildren: false, writeChildren: false });
  });

  it('lets a daycare chief see every child of the municipality', async () => {
    const first = await institutionWithChildren('0157');
    const second = await institutionWithChildren('0157');
    const chief = await t.loginAs('daycare_chief', { municipalityCode: '0157' });
    const res = ListChildrenResponse.parse((await chief.get('/api/v1/children?pageSize=200')).json());
    expect(new Set(res.items.map((c) => c.institutionId)).size).toBeGreaterThan(1);
    expect(new Set(res.items.map((c) => c.institutionId))).toEqual(new Set([first.id, second.id]));
    const other = second.children[0]!;
    expect(Child.parse((await chief.get(`/api/v1/children/${other.id}`)).json()).id).toBe(other.id);
  });

  it('shows consultants and national admins no child names, only counts', async () => {
    const own = await institutionWithChildren('0860');
    const admin = await t.loginAs('national_admin');
    const consultant = await t.loginAs('consultant');
    expect((await admin.get('/api/v1/children')).statusCode).toBe(403);
    expect((await consultant.get('/api/v1/children')).statusCode).toBe(403);
    const child = own.children[0]!;
    expect((await admin.get(`/api/v1/children/${child.id}`)).statusCode).toBe(403);
    const detail = await admin.get(`/api/v1/institutions/${own.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().childCount).toBeGreaterThan(0);
    expect(detail.json().childCount).toBe(own.children.length);
    expect(detail.body).not.toContain(child.firstName + '"');
    expect(detail.body).not.toContain(child.lastName);
  });

  it('shows an evaluator nothing child-level', async () => {
    const evaluator = await t.loginAs('evaluator');
    expect((await evaluator.get('/api/v1/children')).statusCode).toBe(403);
    expect((await evaluator.get('/api/v1/institutions')).statusCode).toBe(403);
  });
});

/** A staff member of `institutionId` in Hjørring, unless `over` says otherwise. */
const actor = (institutionId: string, over: Partial<Actor> = {}): Actor => ({
  userId: '00000000-0000-0000-0000-000000000001',
  name: 'Test',
  email: 'test@example.org',
  role: 'staff',
  municipalityCode: '0860',
  institutionIds: [institutionId],
  ip: null,
  ...over,
});

describe('row-level security (the second lock)', () => {
  it('returns only in-scope rows to a deliberately unfiltered query', async () => {
    const own = await institutionWithChildren('0860');
    await institutionWithChildren('0860');
    await institutionWithChildren('0101');
    const staffRows = await inActorTx(t.database.db, actor(own.id), (tx) => tx.select().from(children));
    expect(staffRows.length).toBeGreaterThan(0);
    expect(new Set(staffRows.map((c) => c.institutionId))).toEqual(new Set([own.id]));

    const chiefRows = await inActorTx(
      t.database.db,
      actor(own.id, { role: 'daycare_chief', institutionIds: [] }),
      (tx) => tx.select().from(children),
    );
    expect(new Set(chiefRows.map((c) => c.municipalityCode))).toEqual(new Set(['0860']));

    for (const role of ['national_admin', 'consultant', 'coordinator', 'evaluator'] as const) {
      const rows = await inActorTx(t.database.db, actor(own.id, { role, institutionIds: [] }), (tx) =>
        tx.select().from(children),
      );
      expect(rows, role).toEqual([]);
    }
    expect(await inActorTx(t.database.db, null, (tx) => tx.select().from(children))).toEqual([]);
  });

  it('refuses to write a child outside the scope, even without an application check', async () => {
    const own = await institutionWithChildren('0860');
    const neighbour = await institutionWithChildren('0860');
    const elsewhere = await institutionWithChildren('0101');
    const write = inActorTx(t.database.db, actor(own.id), (tx) =>
      tx.insert(children).values({
        municipalityCode: '0101',
        institutionId: elsewhere.id,
        firstName: 'Ude',
        lastName: 'Afscope',
        birthDate: '2022-01-01',
      }),
    );
    await expect(write).rejects.toThrow();
    const updated = await inActorTx(t.database.db, actor(own.id), (tx) =>
      tx
        .update(children)
        .set({ firstName: 'Ændret' })
        .where(sql`${children.institutionId} = ${neighbour.id}`)
        .returning(),
    );
    expect(updated).toEqual([]);
    expect(
      await countRows(t.database, 'children', `institution_id = '${neighbour.id}' AND first_name = 'Ændret'`),
    ).toBe(0);
    expect(await countRows(t.database, 'children', `institution_id = '${elsewhere.id}'`)).toBe(
      elsewhere.children.length,
    );
  });

  it('leaves no scope or role behind on the connection after the transaction', async () => {
    const own = await institutionWithChildren('0860');
    await inActorTx(t.database.db, actor(own.id), (tx) => tx.select().from(children).limit(1));
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
