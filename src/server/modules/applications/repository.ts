import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ApplicationContent } from '../../../shared/contracts/applications.js';
import type { Queryable } from '../../db/client.js';
import { after, orderBy, type KeyPart } from '../../db/keyset.js';
import {
  agreements,
  applications,
  institutions,
  municipalities,
  regions,
  roundDecisions,
  rounds,
  users,
} from '../../db/schema.js';
import { applicationCondition, type ApplicationFilter } from '../../access/index.js';

/** Which applications a query may return (decided by access.ts from the actor). */

const updater = alias(users, 'updater');
const submitter = alias(users, 'submitter');

const columns = {
  id: applications.id,
  roundId: applications.roundId,
  roundName: rounds.name,
  deadline: rounds.deadline,
  courseStart: rounds.courseStart,
  courseEnd: rounds.courseEnd,
  criteria: rounds.criteria,
  requirements: rounds.requirements,
  municipalityCode: applications.municipalityCode,
  municipalityName: municipalities.name,
  population: municipalities.population,
  regionName: regions.name,
  status: applications.status,
  content: applications.content,
  directorFileId: applications.directorFileId,
  version: applications.version,
  updatedAt: applications.updatedAt,
  updatedBy: updater.name,
  submittedAt: applications.submittedAt,
  submittedBy: submitter.name,
  publishedAt: roundDecisions.publishedAt,
  selected: roundDecisions.selected,
  waitlist: roundDecisions.waitlist,
  agreementStatus: agreements.status,
  caseNumber: applications.caseNumber,
};

export type ApplicationRow = Awaited<ReturnType<typeof selectApplications<Record<never, SQL>>>>[number];

/** Applications with what their pages show (rounds, municipality, region, people, decision, agreement), plus `extra` columns. */
function selectApplications<E extends Record<string, SQL.Aliased | SQL>>(
  q: Queryable,
  where: SQL | undefined,
  extra: E = {} as E,
) {
  return q
    .select({ ...columns, ...extra })
    .from(applications)
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .innerJoin(municipalities, eq(municipalities.code, applications.municipalityCode))
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .leftJoin(updater, eq(updater.id, applications.updatedBy))
    .leftJoin(submitter, eq(submitter.id, applications.submittedBy))
    .leftJoin(roundDecisions, eq(roundDecisions.roundId, applications.roundId))
    .leftJoin(agreements, eq(agreements.applicationId, applications.id))
    .where(where)
    .orderBy(desc(rounds.courseStart), asc(municipalities.name));
}

/** Every application of one round, whole (for scoring and publishing: bounded by one per municipality). */
export function applicationsOfRound(q: Queryable, roundId: string): Promise<ApplicationRow[]> {
  return selectApplications(q, eq(applications.roundId, roundId));
}

/** The order of the applications list; the sort key is [courseStart, roundId, municipalityName, id]. */
const LIST_ORDER: KeyPart[] = [
  { column: rounds.courseStart, direction: 'desc' },
  { column: rounds.id, direction: 'desc' },
  { column: municipalities.name, direction: 'asc' },
  { column: applications.id, direction: 'asc' },
];
export type ApplicationListKey = [string, string, string, string];

/**
 * One page of the list: only what a list item shows (no `content`, no
 * criteria), `limit + 1` rows after `cursor` in LIST_ORDER. The rounds are
 * walked newest first (rounds_list_idx) and each round's applications found by
 * applications_round_municipality_unique, so no sort spills however many there are.
 */
export function listApplicationsPage(
  q: Queryable,
  filter: ApplicationFilter,
  page: { roundId?: string | undefined; cursor?: ApplicationListKey | undefined; limit: number },
) {
  return q
    .select({
      id: applications.id,
      roundId: applications.roundId,
      roundName: rounds.name,
      courseStart: rounds.courseStart,
      municipalityCode: applications.municipalityCode,
      municipalityName: municipalities.name,
      regionName: regions.name,
      status: applications.status,
      updatedAt: applications.updatedAt,
      submittedAt: applications.submittedAt,
      publishedAt: roundDecisions.publishedAt,
      selected: roundDecisions.selected,
      waitlist: roundDecisions.waitlist,
      agreementStatus: agreements.status,
    })
    .from(applications)
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .innerJoin(municipalities, eq(municipalities.code, applications.municipalityCode))
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .leftJoin(roundDecisions, eq(roundDecisions.roundId, applications.roundId))
    .leftJoin(agreements, eq(agreements.applicationId, applications.id))
    .where(
      and(
        applicationCondition(filter),
        page.roundId ? eq(applications.roundId, page.roundId) : undefined,
        after(LIST_ORDER, page.cursor),
      ),
    )
    .orderBy(...orderBy(LIST_ORDER))
    .limit(page.limit + 1);
}
export type ApplicationListRow = Awaited<ReturnType<typeof listApplicationsPage>>[number];

/**
 * id → name of the institutions the application names, limited to its
 * municipality (a stale id from another one is ignored): institutionNames
 * below, as a column of the application's own query.
 */
const namedInstitutions = sql<Record<string, string>>`(SELECT coalesce(json_object_agg(i.id, i.name), '{}'::json)
  FROM ${institutions} i WHERE i.municipality_code = ${applications.municipalityCode}
  AND i.id IN (SELECT (e->>'institutionId')::uuid FROM jsonb_array_elements(${applications.content}->'institutions') e))`;

/** One application as its page shows it: the row and the names of its institutions. */
export type VisibleApplicationRow = ApplicationRow & { institutionNames: Record<string, string> };

/** One application with its institutions' names, in one query (the joins are selectApplications'). */
export async function findApplication(
  q: Queryable,
  id: string,
  filter: ApplicationFilter,
): Promise<VisibleApplicationRow | null> {
  const [row] = await selectApplications(q, and(eq(applications.id, id), applicationCondition(filter)), {
    institutionNames: namedInstitutions,
  });
  return row ?? null;
}

export async function findApplicationId(
  q: Queryable,
  roundId: string,
  municipalityCode: string,
): Promise<string | null> {
  const [row] = await q
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.roundId, roundId), eq(applications.municipalityCode, municipalityCode)));
  return row?.id ?? null;
}

/** Inserts a draft; null when the municipality already has one in the round. */
export async function insertApplication(
  q: Queryable,
  values: { roundId: string; municipalityCode: string; content: ApplicationContent; userId: string },
): Promise<string | null> {
  const rows = await q
    .insert(applications)
    .values({ ...values, createdBy: values.userId, updatedBy: values.userId })
    .onConflictDoNothing({ target: [applications.roundId, applications.municipalityCode] })
    .returning({ id: applications.id });
  return rows[0]?.id ?? null;
}

/** Writes a new version when `fromVersion` is still the current one; false otherwise. */
export async function updateApplication(
  q: Queryable,
  id: string,
  fromVersion: number,
  changes: Partial<Pick<typeof applications.$inferInsert, 'content' | 'status' | 'submittedAt' | 'submittedBy'>>,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(applications)
    .set({ ...changes, updatedBy: userId, updatedAt: now, version: sql`${applications.version} + 1` })
    .where(and(eq(applications.id, id), eq(applications.version, fromVersion), eq(applications.status, 'draft')))
    .returning({ id: applications.id });
  return rows.length === 1;
}

/** Attaches the director's file to a draft without changing its version. */
export async function setDirectorFile(
  q: Queryable,
  id: string,
  fileId: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(applications)
    .set({ directorFileId: fileId, updatedBy: userId, updatedAt: now })
    .where(and(eq(applications.id, id), eq(applications.status, 'draft')))
    .returning({ id: applications.id });
  return rows.length === 1;
}

/** id → name of these institutions, limited to the municipality (a stale id from another one is ignored). */
export async function institutionNames(
  q: Queryable,
  municipalityCode: string,
  ids: string[],
): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await q
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(and(eq(institutions.municipalityCode, municipalityCode), inArray(institutions.id, ids)));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
