import { and, asc, desc, eq, gt, ne } from 'drizzle-orm';
import type { OwnSession } from '../../../shared/contracts/auth.js';
import { writeAudit } from '../../audit/write-audit.js';
import { sessions } from '../../db/schema.js';
import type { Context } from '../../core/context.js';
import { AppError, notFound } from '../../core/errors.js';
import { describeUserAgent } from './user-agent.js';

/**
 * "Dine sessioner": the person's own open sessions (docs/adr/0028). What is
 * shown is what login already stores – when it began, when it was last used,
 * the browser and the address it logged in from – the token never. Ending
 * sessions is audited; the one in use is ended by logging out.
 */
export async function listOwnSessions(
  ctx: Context,
  currentTokenHash: string,
  idleMinutes: number,
): Promise<OwnSession[]> {
  // Sessions that have run out but wait for the hourly housekeeping are not shown: they cannot be used.
  const idleSince = new Date(ctx.now.getTime() - idleMinutes * 60_000);
  const rows = await ctx.tx
    .select({
      id: sessions.id,
      tokenHash: sessions.tokenHash,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
      activeRole: sessions.activeRole,
    })
    .from(sessions)
    .where(
      and(eq(sessions.userId, ctx.actor.userId), gt(sessions.expiresAt, ctx.now), gt(sessions.lastSeenAt, idleSince)),
    )
    .orderBy(desc(sessions.lastSeenAt), asc(sessions.id));
  return rows.map((r) => ({
    id: r.id,
    current: r.tokenHash === currentTokenHash,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
    ...describeUserAgent(r.userAgent),
    ip: r.ip,
    role: r.activeRole,
  }));
}

/** Ends one other session of the person; 404 when it is not theirs (or gone), 400 when it is the one in use. */
export async function endOwnSession(ctx: Context, currentTokenHash: string, id: string): Promise<void> {
  const [row] = await ctx.tx
    .select({ tokenHash: sessions.tokenHash })
    .from(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.userId, ctx.actor.userId)));
  if (!row) throw notFound();
  if (row.tokenHash === currentTokenHash) throw new AppError('session_is_current');
  await ctx.tx.delete(sessions).where(eq(sessions.id, id));
  await writeAudit(ctx.tx, ctx.actor, {
    action: 'auth.session_ended',
    entityType: 'session',
    entityId: id,
    details: { sessions: 1, all: false },
  });
}

/** Ends every session of the person but the one in use. */
export async function endOtherOwnSessions(ctx: Context, currentTokenHash: string): Promise<number> {
  const ended = await ctx.tx
    .delete(sessions)
    .where(and(eq(sessions.userId, ctx.actor.userId), ne(sessions.tokenHash, currentTokenHash)))
    .returning({ id: sessions.id });
  await writeAudit(ctx.tx, ctx.actor, {
    action: 'auth.session_ended',
    entityType: 'user',
    entityId: ctx.actor.userId,
    details: { sessions: ended.length, all: true },
  });
  return ended.length;
}
