import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { institutions, municipalities, roleAssignments, users } from '../../db/schema.js';

// What logging in and the session need of an account: its role assignments and its password.

/** Assignments of several users in one query; scoped to municipalities unless 'all'. */
export async function assignmentsOf(q: Queryable, scope: 'all' | string[], userIds: string[]) {
  if (userIds.length === 0) return [];
  const where: SQL[] = [inArray(roleAssignments.userId, userIds)];
  if (scope !== 'all') where.push(scope.length ? inArray(roleAssignments.municipalityCode, scope) : sql`false`);
  return q
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      municipalityCode: roleAssignments.municipalityCode,
      municipalityName: municipalities.name,
      institutionId: roleAssignments.institutionId,
      institutionName: institutions.name,
    })
    .from(roleAssignments)
    .leftJoin(municipalities, eq(municipalities.code, roleAssignments.municipalityCode))
    .leftJoin(institutions, eq(institutions.id, roleAssignments.institutionId))
    .where(and(...where))
    .orderBy(asc(roleAssignments.role), asc(municipalities.name), asc(institutions.name));
}

/** The stored hash, for checking a user's current password when they change it. */
export async function passwordHashOf(q: Queryable, id: string) {
  const [row] = await q.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash ?? null;
}

/** A user's own new password: no longer one someone else set. */
export async function setOwnPassword(q: Queryable, id: string, passwordHash: string) {
  await q
    .update(users)
    .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, id));
}
