import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../db/client.js';
import { children, groups, institutions } from '../../db/schema.js';
import { escapeLike } from '../organisation/index.js';

const childColumns = {
  id: children.id,
  firstName: children.firstName,
  lastName: children.lastName,
  birthDate: children.birthDate,
  institutionId: children.institutionId,
  institutionName: institutions.name,
  municipalityCode: children.municipalityCode,
  groupId: children.groupId,
  groupName: groups.name,
  version: children.version,
  createdAt: children.createdAt,
  updatedAt: children.updatedAt,
};

export type ChildRow = Awaited<ReturnType<typeof findChild>> & object;

/** The explicit scope every child query carries (row-level security is the second lock). */
export type ChildScopeFilter = { municipalityCode: string; institutionIds: 'all' | string[] };

function scopeWhere(scope: ChildScopeFilter): SQL | undefined {
  const inMunicipality = eq(children.municipalityCode, scope.municipalityCode);
  if (scope.institutionIds === 'all') return inMunicipality;
  if (scope.institutionIds.length === 0) return sql`false`;
  return and(inMunicipality, inArray(children.institutionId, scope.institutionIds));
}

export async function findChild(q: Queryable, scope: ChildScopeFilter, id: string) {
  const [row] = await q
    .select(childColumns)
    .from(children)
    .innerJoin(institutions, eq(institutions.id, children.institutionId))
    .leftJoin(groups, eq(groups.id, children.groupId))
    .where(and(eq(children.id, id), scopeWhere(scope)));
  return row ?? null;
}

export interface ChildSearch {
  institutionId?: string | undefined;
  groupId?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/** A name search counts its matches up to this many and then says "over" (a count of all would read them all). */
export const CHILD_COUNT_CAP = 1000;

/**
 * One page of children plus the count (capped for a name search), in one
 * round trip: the count is an uncorrelated subquery, which PostgreSQL runs
 * once (an InitPlan) – not a window count, which would make it join every
 * matching child before LIMIT, while the page alone walks the (scope, name)
 * index. A page past the end has no row to carry the count, so it is counted
 * on its own. A name (case-insensitive substring of the first or last name)
 * is found through the trigram index of indsats_child_name_search(), which
 * keeps to the caller's scope; the ILIKE stays on the rows as well, so the
 * meaning is plain here (drizzle/0008_child_name_search.sql, ADR 15).
 */
export async function searchChildren(q: Queryable, scope: ChildScopeFilter, s: ChildSearch) {
  const where: (SQL | undefined)[] = [scopeWhere(scope)];
  if (s.institutionId) where.push(eq(children.institutionId, s.institutionId));
  if (s.groupId) where.push(eq(children.groupId, s.groupId));
  if (s.q) {
    const like = `%${escapeLike(s.q)}%`;
    // ARRAY(…) runs the search once; its ids are then looked up by key.
    where.push(sql`${children.id} = ANY (ARRAY(SELECT indsats_child_name_search(${like})))`);
    where.push(or(ilike(children.firstName, like), ilike(children.lastName, like)));
  }
  // A list without a name (a municipality's or an institution's children) keeps its exact count;
  // a name search is counted up to the cap, or further when the page itself lies beyond it.
  const cap = s.q ? Math.max(CHILD_COUNT_CAP, s.page * s.pageSize) : null;
  const matching = q
    .select({ one: sql`1` })
    .from(children)
    .where(and(...where));
  const counted = sql<number>`(SELECT count(*)::int FROM (${cap === null ? matching : matching.limit(cap + 1)}) AS matches)`;
  const found = await q
    .select({ ...childColumns, matches: counted.mapWith(Number) })
    .from(children)
    .innerJoin(institutions, eq(institutions.id, children.institutionId))
    .leftJoin(groups, eq(groups.id, children.groupId))
    .where(and(...where))
    .orderBy(asc(children.lastName), asc(children.firstName), asc(children.id))
    .limit(s.pageSize)
    .offset((s.page - 1) * s.pageSize);
  const rows = found.map(({ matches: _matches, ...row }) => row);
  if (s.page === 1 && rows.length < s.pageSize) return { rows, total: rows.length, totalCapped: false };
  const n = found[0]?.matches ?? (await queryRows<{ n: number }>(q, sql`SELECT ${counted} AS n`))[0]?.n ?? 0;
  if (cap === null) return { rows, total: n, totalCapped: false };
  return { rows, total: Math.min(n, cap), totalCapped: n > cap };
}

export async function listChildrenOfInstitution(q: Queryable, scope: ChildScopeFilter, institutionId: string) {
  return q
    .select(childColumns)
    .from(children)
    .innerJoin(institutions, eq(institutions.id, children.institutionId))
    .leftJoin(groups, eq(groups.id, children.groupId))
    .where(and(scopeWhere(scope), eq(children.institutionId, institutionId)))
    .orderBy(asc(groups.name), asc(children.lastName), asc(children.firstName), asc(children.id));
}

export async function findGroupOf(q: Queryable, groupId: string, institutionId: string) {
  const [row] = await q
    .select({ id: groups.id })
    .from(groups)
    .where(and(eq(groups.id, groupId), eq(groups.institutionId, institutionId)));
  return row ?? null;
}

export async function insertChild(
  q: Queryable,
  values: {
    municipalityCode: string;
    institutionId: string;
    groupId: string | null;
    firstName: string;
    lastName: string;
    birthDate: string;
  },
) {
  const [row] = await q.insert(children).values(values).returning({ id: children.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

/** Updates only when the version still matches; returns false on a concurrent change. */
export async function updateChild(
  q: Queryable,
  id: string,
  fromVersion: number,
  changes: Partial<{ firstName: string; lastName: string; birthDate: string; groupId: string | null }>,
  now: Date,
): Promise<boolean> {
  const updated = await q
    .update(children)
    .set({ ...changes, version: sql`${children.version} + 1`, updatedAt: now })
    .where(and(eq(children.id, id), eq(children.version, fromVersion)))
    .returning({ id: children.id });
  return updated.length === 1;
}

export async function deleteChild(q: Queryable, id: string): Promise<void> {
  await q.delete(children).where(eq(children.id, id));
}
