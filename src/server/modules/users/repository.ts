import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.js';
import type { Queryable } from '../../db/client.js';
import { roleAssignments, users } from '../../db/schema.js';
import { escapeLike } from '../organisation/index.js';

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  version: users.version,
  lastLoginAt: users.lastLoginAt,
};

/** Users with a role in one of these municipalities ('all' = every user). */
function inScope(scope: 'all' | string[]): SQL | undefined {
  if (scope === 'all') return undefined;
  if (scope.length === 0) return sql`false`;
  return sql`EXISTS (SELECT 1 FROM ${roleAssignments} ra WHERE ra.user_id = ${users.id} AND ra.municipality_code IN ${scope})`;
}

export interface UserSearch {
  q?: string | undefined;
  role?: Role | undefined;
  municipality?: string | undefined;
  page: number;
  pageSize: number;
}

export async function searchUsers(q: Queryable, scope: 'all' | string[], s: UserSearch) {
  const where: (SQL | undefined)[] = [inScope(scope)];
  if (s.q) {
    const like = `%${escapeLike(s.q)}%`;
    where.push(or(ilike(users.name, like), ilike(users.email, like)));
  }
  if (s.role || s.municipality) {
    const conds: SQL[] = [sql`ra.user_id = ${users.id}`];
    if (s.role) conds.push(sql`ra.role = ${s.role}`);
    if (s.municipality) conds.push(sql`ra.municipality_code = ${s.municipality}`);
    // Only assignments the caller may see count, or the filter tells them of roles held elsewhere.
    if (scope !== 'all') conds.push(scope.length ? sql`ra.municipality_code IN ${scope}` : sql`false`);
    where.push(sql`EXISTS (SELECT 1 FROM ${roleAssignments} ra WHERE ${sql.join(conds, sql` AND `)})`);
  }
  const rows = await q
    .select({ ...userColumns, total: sql<number>`count(*) OVER ()::int` })
    .from(users)
    .where(and(...where))
    .orderBy(asc(users.name), asc(users.id))
    .limit(s.pageSize)
    .offset((s.page - 1) * s.pageSize);
  return { rows, total: rows[0]?.total ?? 0 };
}

export async function findUser(q: Queryable, scope: 'all' | string[], id: string) {
  const [row] = await q
    .select(userColumns)
    .from(users)
    .where(and(eq(users.id, id), inScope(scope)));
  return row ?? null;
}

export async function findUserIdByEmail(q: Queryable, email: string) {
  const [row] = await q.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id ?? null;
}

export async function allAssignmentsOfUser(q: Queryable, userId: string) {
  return q.select().from(roleAssignments).where(eq(roleAssignments.userId, userId));
}

export async function insertUser(
  q: Queryable,
  values: { email: string; name: string; passwordHash: string; mustChangePassword: boolean },
) {
  const [row] = await q.insert(users).values(values).onConflictDoNothing().returning({ id: users.id });
  return row?.id ?? null;
}

export type UserChanges = Partial<{ name: string; active: boolean; passwordHash: string; mustChangePassword: boolean }>;

export async function updateUser(
  q: Queryable,
  id: string,
  fromVersion: number,
  changes: UserChanges,
  now: Date,
): Promise<boolean> {
  const r = await q
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: now })
    .where(and(eq(users.id, id), eq(users.version, fromVersion)))
    .returning({ id: users.id });
  return r.length === 1;
}

export async function insertAssignment(
  q: Queryable,
  values: {
    userId: string;
    role: Role;
    municipalityCode: string | null;
    institutionId: string | null;
    createdBy: string | null;
  },
) {
  const [row] = await q
    .insert(roleAssignments)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: roleAssignments.id });
  return row?.id ?? null;
}

export async function deleteAssignment(q: Queryable, id: string) {
  await q.delete(roleAssignments).where(eq(roleAssignments.id, id));
}
