import { and, eq, ilike, or, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_LIMITS } from '../src/shared/contracts/field-limits.js';
import { queryRows } from '../src/server/db/client.js';
import { children } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { escapeLike } from '../src/server/modules/organisation/repository.js';
import { ListChildrenResponse } from '../src/shared/contracts/children.js';
import { buildInstitution } from './helpers/factories.js';
import { buildNamedInstitutions } from './helpers/tenancy-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

// Issue 9, point 16: the name search filtered every child of the municipality row by row and
// counted them all. It now finds names through a trigram index and counts up to 1,000 (ADR 15).
// Each test builds its children in a municipality of its own, which the demo has no children in.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function search(agent: Agent, query: string) {
  const res = await agent.get(`/api/v1/children?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return ListChildrenResponse.parse(res.json());
}

/** Every id the API finds for `q`, walking all pages. */
async function allFound(agent: Agent, q: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page < 50; page++) {
    const body = await search(agent, `q=${encodeURIComponent(q)}&pageSize=200&page=${page}`);
    ids.push(...body.items.map((c) => c.id));
    if (body.items.length < 200) break;
  }
  return ids;
}

/** The meaning users know: a case-insensitive substring of the first or the last name, within a scope. */
async function expected(q: string, where: { municipalityCode: string; institutionId?: string }): Promise<string[]> {
  const like = `%${escapeLike(q)}%`;
  const rows = await inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select({ id: children.id })
      .from(children)
      .where(
        and(
          eq(children.municipalityCode, where.municipalityCode),
          where.institutionId ? eq(children.institutionId, where.institutionId) : undefined,
          or(ilike(children.firstName, like), ilike(children.lastName, like)),
        ),
      )
      .orderBy(children.lastName, children.firstName, children.id),
  );
  return rows.map((r) => r.id);
}

describe('searching children by name', () => {
  it('finds what the names say, in the same order, for the chief and for a leader', async () => {
    const [own] = await buildNamedInstitutions(t.database, { municipalityCode: '0101', institutionCount: 3 });
    const chief = await t.loginAs('daycare_chief', { municipalityCode: '0101' });
    const leader = await t.loginAs('daycare_leader', { municipalityCode: '0101', institutionId: own!.institution.id });
    for (const q of ['a', 'EN', 'sen', 'mar', 'ol', 'æ', 'zzz', '%', '_', 'a b']) {
      expect(await allFound(chief, q), q).toEqual(await expected(q, { municipalityCode: '0101' }));
      expect(await allFound(leader, q), q).toEqual(
        await expected(q, { municipalityCode: '0101', institutionId: own!.institution.id }),
      );
    }
    expect((await expected('sen', { municipalityCode: '0101' })).length).toBeGreaterThan(0);
  });

  it('follows a child created, renamed and deleted through the API', async () => {
    const leader = await t.loginAs('daycare_leader', { municipalityCode: '0461' });
    const chief = await t.loginAs('daycare_chief', { municipalityCode: '0461' });
    const created = await leader.post('/api/v1/children', {
      institutionId: leader.person.institutionId,
      firstName: 'Quirinus',
      lastName: 'Trigramsen',
      birthDate: '2023-01-02',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(await allFound(leader, 'quirin')).toEqual([id]);
    expect((await leader.patch(`/api/v1/children/${id}`, { version: 1, firstName: 'Xaverius' })).statusCode).toBe(200);
    expect(await allFound(leader, 'quirin')).toEqual([]);
    expect(await allFound(chief, 'XAVER')).toEqual([id]);
    expect((await leader.delete(`/api/v1/children/${id}`)).statusCode).toBe(204);
    expect(await allFound(chief, 'xaver')).toEqual([]);
  });

  it('saves names at their limits and refuses longer ones, naming the field (issue 11, point 5)', async () => {
    const leader = await t.loginAs('daycare_leader', { municipalityCode: '0461' });
    const child = (firstName: string, lastName: string) => ({
      institutionId: leader.person.institutionId,
      firstName,
      lastName,
      birthDate: '2023-01-02',
    });
    const first = 'F'.repeat(CHILD_LIMITS.firstName);
    const last = 'E'.repeat(CHILD_LIMITS.lastName);
    const refused = await leader.post('/api/v1/children', child(`${first}F`, `${last}E`));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      { field: 'firstName', message: 'Fornavnet må højst være 100 tegn, men er 101 tegn. Forkort det' },
      { field: 'lastName', message: 'Efternavnet må højst være 100 tegn, men er 101 tegn. Forkort det' },
    ]);
    const created = await leader.post('/api/v1/children', child(first, last));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ firstName: first, lastName: last });
    const patched = await leader.patch(`/api/v1/children/${created.json().id}`, { version: 1, lastName: `${last}E` });
    expect(patched.json().errors).toEqual([
      { field: 'lastName', message: 'Efternavnet må højst være 100 tegn, men er 101 tegn. Forkort det' },
    ]);
  });

  it('stays in the caller’s scope', async () => {
    await buildNamedInstitutions(t.database, { municipalityCode: '0751' });
    await buildNamedInstitutions(t.database, { municipalityCode: '0101' });
    const other = await t.loginAs('daycare_chief', { municipalityCode: '0751' });
    const theirs = await allFound(other, 'a');
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs).toEqual(await expected('a', { municipalityCode: '0751' }));
    const ours = new Set(await expected('a', { municipalityCode: '0101' }));
    expect(ours.size).toBeGreaterThan(0);
    expect(theirs.some((id) => ours.has(id))).toBe(false);
  });

  it('counts up to 1,000 and then says there are more', async () => {
    const { institution } = await buildInstitution(t.database, { municipalityCode: '0147' });
    await inMaintenanceTx(t.database.db, (tx) =>
      tx.execute(sql`INSERT INTO children (municipality_code, institution_id, first_name, last_name, birth_date)
        SELECT '0147', ${institution.id}, 'Barn ' || i, 'Kapsen', '2022-01-01' FROM generate_series(1, 1050) i`),
    );
    const chief = await t.loginAs('daycare_chief', { municipalityCode: '0147' });
    const first = await search(chief, 'q=kapsen&pageSize=25');
    expect(first.items).toHaveLength(25);
    expect(first.page).toEqual({ page: 1, pageSize: 25, total: 1000, totalCapped: true });
    // A page past the cap is counted to its end, and the last page knows the whole count.
    const deep = await search(chief, 'q=kapsen&pageSize=25&page=41');
    expect(deep.page).toMatchObject({ total: 1025, totalCapped: true });
    const last = await search(chief, 'q=kapsen&pageSize=25&page=42');
    expect(last.items).toHaveLength(25);
    expect(last.page).toMatchObject({ total: 1050, totalCapped: false });
    // The list without a name keeps its exact count.
    const list = await search(chief, `institutionId=${institution.id}&pageSize=25`);
    expect(list.page).toMatchObject({ total: 1050, totalCapped: false });
    // A search that fits under the cap has its exact count.
    expect((await search(chief, 'q=Barn%201&pageSize=5')).page).toMatchObject({
      total: 1 + 10 + 100 + 51,
      totalCapped: false,
    });
  });
});

describe('the trigram index behind the search', () => {
  it('exists and serves the ILIKE on first and last name', async () => {
    const plan = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return queryRows<{ 'QUERY PLAN': string }>(
        tx,
        sql`EXPLAIN SELECT child_id FROM child_name_index n
          WHERE (n.first_name ILIKE '%niel%' OR n.last_name ILIKE '%niel%') AND n.municipality_code = '0860'`,
      );
    });
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(
      /Bitmap Index Scan on child_name_index_first_trgm.*\n\s+Index Cond: \(first_name ~~\* '%niel%'::text\)/,
    );
    expect(text).toMatch(
      /Bitmap Index Scan on child_name_index_last_trgm.*\n\s+Index Cond: \(last_name ~~\* '%niel%'::text\)/,
    );
    expect(text).not.toMatch(/Seq Scan/);
  });

  it('is closed to the application role except through the scoped search function', async () => {
    const asApp = (scope: string, municipality: string, institutions: string, query: ReturnType<typeof sql>) =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('role', 'indsats_app', true), set_config('indsats.child_scope', ${scope}, true),
          set_config('indsats.municipality', ${municipality}, true), set_config('indsats.institutions', ${institutions}, true)`);
        return queryRows<{ id: string }>(tx, query);
      });
    const [own] = await buildNamedInstitutions(t.database, { municipalityCode: '0157' });
    const ownId = own!.institution.id;
    const find = sql`SELECT indsats_child_name_search('%a%') AS id`;
    await expect(asApp('municipality', '0157', '', sql`SELECT child_id AS id FROM child_name_index`)).rejects.toThrow();
    const inMunicipality = await expected('a', { municipalityCode: '0157' });
    const inInstitution = await expected('a', { municipalityCode: '0157', institutionId: ownId });
    expect(inInstitution.length).toBeGreaterThan(0);
    expect(inMunicipality.length).toBeGreaterThan(inInstitution.length);
    expect((await asApp('municipality', '0157', '', find)).map((r) => r.id).toSorted()).toEqual(
      inMunicipality.toSorted(),
    );
    expect((await asApp('institution', '0157', ownId, find)).map((r) => r.id).toSorted()).toEqual(
      inInstitution.toSorted(),
    );
    expect(await asApp('maintenance', '0157', '', find)).toEqual([]);
    expect(await asApp('none', '0157', '', find)).toEqual([]);
  });
});
