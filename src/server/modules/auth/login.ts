import { eq } from 'drizzle-orm';
import { ROLES, type Role } from '../../../shared/roles.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Db } from '../../db/client.js';
import { roleAssignments, users } from '../../db/schema.js';
import { inActorTx } from '../../core/transaction.js';
import { verifyPassword } from './password.js';
import { createSession, deleteSession } from './session-repository.js';
import { reserveAttempt, settleSuccess, throttleKeys } from './throttle.js';

export interface LoginInput {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  /** The session the browser already had, replaced so the id always changes at login. */
  previousTokenHash: string | null;
  absoluteHours: number;
}

export type LoginOutcome =
  | { ok: true; token: string; csrfToken: string }
  | { ok: false; reason: 'failed' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** Picks the role a new session starts in: the first in the brief's order. */
function defaultRole(roles: Role[]): Role | undefined {
  return ROLES.find((r) => roles.includes(r));
}

export async function login(db: Db, input: LoginInput, now: Date): Promise<LoginOutcome> {
  const caller = { ip: input.ip };
  const keys = throttleKeys(input.email, input.ip);

  // The attempt is counted before the password is checked, so parallel guesses cannot outrun the count.
  const found = await inActorTx(db, null, async (tx) => {
    const reserved = await reserveAttempt(tx, keys, now);
    if (!reserved.ok) {
      const wait = reserved.retryAfterSeconds;
      await writeAudit(tx, caller, {
        action: 'auth.login_throttled',
        details: { email: input.email, retryAfterSeconds: wait },
      });
      return { kind: 'blocked', wait } as const;
    }
    const [user] = await tx.select().from(users).where(eq(users.email, input.email));
    const assignments = user
      ? await tx
          .select({ role: roleAssignments.role, municipalityCode: roleAssignments.municipalityCode })
          .from(roleAssignments)
          .where(eq(roleAssignments.userId, user.id))
      : [];
    return { kind: 'user', user, assignments } as const;
  });
  if (found.kind === 'blocked') return { ok: false, reason: 'throttled', retryAfterSeconds: found.wait };

  const { user, assignments } = found;
  // Always verify (against a dummy hash for unknown users) so timing does not reveal accounts.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const role = defaultRole(assignments.map((a) => a.role));
  // Logins are filed under the user's municipality, so its daycare chief sees them.
  const municipalityCode = assignments.find((a) => a.role === role && a.municipalityCode)?.municipalityCode ?? null;

  if (!user || !passwordOk || !user.active || !role) {
    const reason = !user ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'inactive';
    await inActorTx(db, null, async (tx) => {
      await writeAudit(tx, caller, {
        action: 'auth.login_failed',
        entityType: user ? 'user' : null,
        entityId: user?.id ?? null,
        municipalityCode,
        details: { email: input.email, reason },
      });
    });
    return { ok: false, reason: 'failed' };
  }

  return inActorTx(db, null, async (tx) => {
    if (input.previousTokenHash) await deleteSession(tx, input.previousTokenHash);
    const created = await createSession(tx, {
      userId: user.id,
      role,
      ip: input.ip,
      userAgent: input.userAgent,
      absoluteHours: input.absoluteHours,
      now,
    });
    await settleSuccess(tx, input.email, input.ip);
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    await writeAudit(
      tx,
      { userId: user.id, role, ip: input.ip, municipalityCode },
      {
        action: 'auth.login_succeeded',
        entityType: 'user',
        entityId: user.id,
        details: { email: input.email, sessionRole: role },
      },
    );
    return { ok: true, ...created };
  });
}
