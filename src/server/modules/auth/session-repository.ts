import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.js';
import type { Db, Queryable } from '../../db/client.js';
import { roleAssignments, sessions, users } from '../../db/schema.js';

export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoadedSession {
  tokenHash: string;
  userId: string;
  activeRole: Role;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  name: string;
  email: string;
  userActive: boolean;
  /** Someone else set the password: the session may only change it (http/auth-hook.ts). */
  mustChangePassword: boolean;
  /** The user's assignments of the active role. */
  scope: { municipalityCode: string | null; institutionId: string | null }[];
}

type Scope = LoadedSession['scope'];

/**
 * The session lookup every request makes, prepared once per database: Drizzle
 * builds its SQL once, and on PostgreSQL it is a named statement each pooled
 * connection parses and plans once (ADR 20). The session, its user and the
 * active role's assignments come back in one row.
 */
function prepareLoadSession(db: Db) {
  return db
    .select({
      tokenHash: sessions.tokenHash,
      userId: sessions.userId,
      activeRole: sessions.activeRole,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      name: users.name,
      email: users.email,
      userActive: users.active,
      mustChangePassword: users.mustChangePassword,
      scope: sql<
        Scope | string
      >`coalesce((SELECT json_agg(json_build_object('municipalityCode', ra.municipality_code, 'institutionId', ra.institution_id))
        FROM ${roleAssignments} ra WHERE ra.user_id = ${sessions.userId} AND ra.role = ${sessions.activeRole}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('indsats_load_session');
}

const loadSessionStatements = new WeakMap<Db, ReturnType<typeof prepareLoadSession>>();

/** One read per request: the session, its user and the active role's assignments. */
export async function loadSession(db: Db, tokenHash: string): Promise<LoadedSession | null> {
  let statement = loadSessionStatements.get(db);
  if (!statement) {
    statement = prepareLoadSession(db);
    loadSessionStatements.set(db, statement);
  }
  const [row] = await statement.execute({ tokenHash });
  if (!row) return null;
  const { scope, ...session } = row;
  return { ...session, scope: typeof scope === 'string' ? (JSON.parse(scope) as Scope) : scope };
}

export async function createSession(
  q: Queryable,
  values: { userId: string; role: Role; ip: string | null; userAgent: string | null; absoluteHours: number; now: Date },
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await q.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: values.userId,
    activeRole: values.role,
    csrfToken,
    createdAt: values.now,
    lastSeenAt: values.now,
    expiresAt: new Date(values.now.getTime() + values.absoluteHours * 3_600_000),
    ip: values.ip,
    userAgent: values.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken };
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(q: Queryable, userId: string): Promise<void> {
  await q.delete(sessions).where(eq(sessions.userId, userId));
}

/** After a password change: every other session of the user ends, the one that changed it goes on. */
export async function deleteOtherSessionsOfUser(q: Queryable, userId: string, keepTokenHash: string): Promise<void> {
  await q.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}

/** Records activity; never moves it backwards when two requests of one session race. */
export async function touchSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.tokenHash, tokenHash), lt(sessions.lastSeenAt, now)));
}

export async function setActiveRole(q: Queryable, tokenHash: string, role: Role): Promise<void> {
  await q.update(sessions).set({ activeRole: role }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Db, idleMinutes: number, now: Date): Promise<void> {
  const idleBefore = new Date(now.getTime() - idleMinutes * 60_000);
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.delete(sessions).where(lt(sessions.lastSeenAt, idleBefore));
}
