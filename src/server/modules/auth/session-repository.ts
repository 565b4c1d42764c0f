import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.js';
import type { Db, Queryable } from '../../db/client.js';
import { roleAssignments, sessions, users } from '../../db/schema.js';
import { scopeOfSessionSql, type FirstStatement } from '../../core/transaction.js';

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

/** The active role's assignments of a session's user, as a JSON array (the order is the table's). */
const ASSIGNMENTS = sql<
  Scope | string
>`coalesce((SELECT json_agg(json_build_object('municipalityCode', ra.municipality_code, 'institutionId', ra.institution_id))
  FROM ${roleAssignments} ra WHERE ra.user_id = ${sessions.userId} AND ra.role = ${sessions.activeRole}), '[]'::json)`;

function toSession(row: Record<string, unknown>): LoadedSession {
  const scope = row['scope'] as Scope | string;
  return {
    tokenHash: row['tokenHash'] as string,
    userId: row['userId'] as string,
    activeRole: row['activeRole'] as Role,
    csrfToken: row['csrfToken'] as string,
    lastSeenAt: new Date(row['lastSeenAt'] as Date | string),
    expiresAt: new Date(row['expiresAt'] as Date | string),
    name: row['name'] as string,
    email: row['email'] as string,
    userActive: row['userActive'] as boolean,
    mustChangePassword: row['mustChangePassword'] as boolean,
    scope: typeof scope === 'string' ? (JSON.parse(scope) as Scope) : scope,
  };
}

/**
 * The session lookup of a write (or a public route), prepared once per
 * database: Drizzle builds its SQL once, and on PostgreSQL it is a named
 * statement each pooled connection parses and plans once (ADR 20). The
 * session, its user and the active role's assignments come back in one row.
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
      scope: ASSIGNMENTS,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('indsats_load_session');
}

const loadSessionStatements = new WeakMap<Db, ReturnType<typeof prepareLoadSession>>();

/** One read: the session, its user and the active role's assignments. */
export async function loadSession(db: Db, tokenHash: string): Promise<LoadedSession | null> {
  let statement = loadSessionStatements.get(db);
  if (!statement) {
    statement = prepareLoadSession(db);
    loadSessionStatements.set(db, statement);
  }
  const [row] = await statement.execute({ tokenHash });
  return row ? toSession(row) : null;
}

/**
 * A read's first statement (ADR 25): the same row as loadSession, and the
 * scope derived from it in SQL – so the session lookup, BEGIN and the scope
 * are one round trip. No row, no scope: the caller then rolls back. The
 * assignments are aggregated once (OFFSET 0 keeps the planner from copying
 * the subquery into each use), and the scope's municipality and institutions
 * are read from that same array in its order, as actorOfRole reads them.
 */
export function sessionScopeStatement(tokenHash: string): FirstStatement {
  const found = sql`SELECT ${sessions.tokenHash} AS "tokenHash", ${sessions.userId} AS "userId",
      ${sessions.activeRole} AS "activeRole", ${sessions.csrfToken} AS "csrfToken",
      ${sessions.lastSeenAt} AS "lastSeenAt", ${sessions.expiresAt} AS "expiresAt",
      ${users.name} AS name, ${users.email} AS email, ${users.active} AS "userActive",
      ${users.mustChangePassword} AS "mustChangePassword", ${ASSIGNMENTS} AS scope
    FROM ${sessions} JOIN ${users} ON ${users.id} = ${sessions.userId}
    WHERE ${sessions.tokenHash} = ${tokenHash} OFFSET 0`;
  const withScope = sql`SELECT s.*,
      coalesce((SELECT e.v->>'municipalityCode' FROM json_array_elements(s.scope) WITH ORDINALITY AS e(v, n)
        WHERE e.v->>'municipalityCode' IS NOT NULL ORDER BY e.n LIMIT 1), '') AS municipality,
      coalesce((SELECT string_agg(e.v->>'institutionId', ',' ORDER BY e.n) FROM json_array_elements(s.scope) WITH ORDINALITY AS e(v, n)
        WHERE e.v->>'institutionId' IS NOT NULL), '') AS institutions
    FROM (${found}) s OFFSET 0`;
  const settings = scopeOfSessionSql({
    role: sql`f."activeRole"`,
    municipality: sql`f.municipality`,
    institutions: sql`f.institutions`,
    userId: sql`f."userId"`,
  });
  return { name: 'indsats_session_scope', query: sql`SELECT f.*, ${settings} FROM (${withScope}) f` };
}

/** The session a first statement found, if any. */
export function sessionOfRows(rows: Record<string, unknown>[]): LoadedSession | null {
  const [row] = rows;
  return row ? toSession(row) : null;
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
