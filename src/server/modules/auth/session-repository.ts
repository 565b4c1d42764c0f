import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.js';
import { queryRows, type Db, type Queryable } from '../../db/client.js';
import { sessions } from '../../db/schema.js';

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

interface SessionRow extends Record<string, unknown> {
  token_hash: string;
  user_id: string;
  active_role: Role;
  csrf_token: string;
  last_seen_at: string | Date;
  expires_at: string | Date;
  name: string;
  email: string;
  active: boolean;
  must_change_password: boolean;
  scope: { municipalityCode: string | null; institutionId: string | null }[] | string;
}

/** One read per request: the session, its user and the active role's assignments. */
export async function loadSession(db: Db, tokenHash: string): Promise<LoadedSession | null> {
  const [row] = await queryRows<SessionRow>(
    db,
    sql`
    SELECT s.token_hash, s.user_id, s.active_role, s.csrf_token, s.last_seen_at, s.expires_at,
      u.name, u.email, u.active, u.must_change_password,
      coalesce((SELECT json_agg(json_build_object('municipalityCode', ra.municipality_code, 'institutionId', ra.institution_id))
        FROM role_assignments ra WHERE ra.user_id = s.user_id AND ra.role = s.active_role), '[]'::json) AS scope
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ${tokenHash}`);
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    activeRole: row.active_role,
    csrfToken: row.csrf_token,
    lastSeenAt: new Date(row.last_seen_at),
    expiresAt: new Date(row.expires_at),
    name: row.name,
    email: row.email,
    userActive: row.active,
    mustChangePassword: row.must_change_password,
    scope: typeof row.scope === 'string' ? (JSON.parse(row.scope) as LoadedSession['scope']) : row.scope,
  };
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
