import { and, asc, count, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { InstitutionKind } from '../../../shared/roles.js';
import { queryRows, type Queryable } from '../../db/client.js';
import { groups, institutions, municipalities, regions } from '../../db/schema.js';

export async function listRegions(q: Queryable) {
  return q
    .select({ code: regions.code, name: regions.name, municipalityCount: count(municipalities.code) })
    .from(regions)
    .leftJoin(municipalities, eq(municipalities.regionCode, regions.code))
    .groupBy(regions.code, regions.name)
    .orderBy(asc(regions.name));
}

const municipalityColumns = {
  code: municipalities.code,
  name: municipalities.name,
  regionCode: municipalities.regionCode,
  regionName: regions.name,
  population: municipalities.population,
};

export async function listMunicipalities(
  q: Queryable,
  filter: { region?: string | undefined; q?: string | undefined },
) {
  const where: SQL[] = [];
  if (filter.region) where.push(eq(municipalities.regionCode, filter.region));
  if (filter.q) where.push(ilike(municipalities.name, `%${escapeLike(filter.q)}%`));
  return q
    .select(municipalityColumns)
    .from(municipalities)
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .where(and(...where))
    .orderBy(asc(municipalities.name));
}

export async function findMunicipality(q: Queryable, code: string) {
  const [row] = await q
    .select(municipalityColumns)
    .from(municipalities)
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .where(eq(municipalities.code, code));
  return row ?? null;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface InstitutionFilter {
  /** 'all' or the municipalities the caller may see (from policy.organisationScope). */
  scope: 'all' | string[];
  municipality?: string | undefined;
  kind?: InstitutionKind | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const institutionColumns = {
  id: institutions.id,
  name: institutions.name,
  kind: institutions.kind,
  address: institutions.address,
  municipalityCode: institutions.municipalityCode,
  municipalityName: municipalities.name,
  groupCount: sql<number>`(SELECT count(*)::int FROM ${groups} g WHERE g.institution_id = ${institutions.id})`,
};

export async function listInstitutions(q: Queryable, f: InstitutionFilter) {
  if (f.scope !== 'all' && f.scope.length === 0) return { rows: [], total: 0 };
  const where: SQL[] = [];
  if (f.scope !== 'all') where.push(inArray(institutions.municipalityCode, f.scope));
  if (f.municipality) where.push(eq(institutions.municipalityCode, f.municipality));
  if (f.kind) where.push(eq(institutions.kind, f.kind));
  if (f.q) where.push(ilike(institutions.name, `%${escapeLike(f.q)}%`));
  const rows = await q
    .select({ ...institutionColumns, total: sql<number>`count(*) OVER ()::int` })
    .from(institutions)
    .innerJoin(municipalities, eq(municipalities.code, institutions.municipalityCode))
    .where(and(...where))
    .orderBy(asc(municipalities.name), asc(institutions.name), asc(institutions.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows, total: rows[0]?.total ?? 0 };
}

export async function findInstitution(q: Queryable, id: string) {
  const [row] = await q
    .select(institutionColumns)
    .from(institutions)
    .innerJoin(municipalities, eq(municipalities.code, institutions.municipalityCode))
    .where(eq(institutions.id, id));
  return row ?? null;
}

export async function listGroups(q: Queryable, institutionId: string) {
  return q
    .select({ id: groups.id, name: groups.name })
    .from(groups)
    .where(eq(groups.institutionId, institutionId))
    .orderBy(asc(groups.name));
}

/** Child counts per institution and group, without names (a SECURITY DEFINER aggregate). */
export async function childCounts(q: Queryable, institutionIds: string[]) {
  const byInstitution = new Map<string, number>();
  const byGroup = new Map<string, number>();
  if (institutionIds.length === 0) return { byInstitution, byGroup };
  const rows = await queryRows<{ institution_id: string; group_id: string | null; children: number }>(
    q,
    sql`SELECT institution_id, group_id, children FROM indsats_child_counts(${`{${institutionIds.join(',')}}`}::uuid[])`,
  );
  for (const row of rows) {
    byInstitution.set(row.institution_id, (byInstitution.get(row.institution_id) ?? 0) + row.children);
    if (row.group_id) byGroup.set(row.group_id, row.children);
  }
  return { byInstitution, byGroup };
}

export async function childCountOfMunicipality(q: Queryable, code: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(q, sql`SELECT indsats_child_count_municipality(${code}) AS n`);
  return row?.n ?? 0;
}

export async function countInstitutions(q: Queryable, code: string): Promise<number> {
  const [row] = await q.select({ n: count() }).from(institutions).where(eq(institutions.municipalityCode, code));
  return row?.n ?? 0;
}
