import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.js';
import { loginThrottle } from '../../db/schema.js';
import { throttleAddressKey } from './throttle-address.js';

/**
 * Login throttling: attempts are counted per e-mail and per address in a
 * 15-minute window. The first `freeFailures` attempts of a key go through at
 * once; from then on each attempt blocks the key for a doubling delay (1 s,
 * 2 s, 4 s …) capped at 15 minutes, so guessing becomes slow while a person who
 * mistypes is never locked out for long.
 *
 * An attempt is counted as a failure *before* its password is checked
 * (`reserveAttempt`, under a row lock on each key), and given back only when
 * the password was right (`settleSuccess`). So parallel guesses are counted as
 * strictly as sequential ones: of 50 sent at once for one account, 5 are
 * checked. ADR 12 says why.
 */
export const THROTTLE = {
  windowSeconds: 15 * 60,
  freeFailures: { email: 5, ip: 20 },
  maxBlockSeconds: 15 * 60,
} as const;

export type ThrottleKey = { kind: 'email' | 'ip'; value: string };
export type Reservation = { ok: true } | { ok: false; retryAfterSeconds: number };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value}`;

/**
 * The keys an attempt for this account from this address is counted under:
 * the e-mail, and the address (an IPv6 address by its /64, see
 * throttle-address.ts). Login and changing one's own password share them.
 */
export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ kind: 'email', value: email }];
  if (ip) keys.push({ kind: 'ip', value: throttleAddressKey(ip) });
  return keys;
}

/** The wait a key gets once `failures` attempts are counted in its window. */
export function blockSecondsAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), THROTTLE.maxBlockSeconds);
}

/**
 * Refuses the attempt while any key is blocked; otherwise counts it against
 * every key. The rows are locked in key order (every login takes them in the
 * same order, so two never wait on each other crosswise) until the caller's
 * transaction ends.
 */
export async function reserveAttempt(tx: Tx, keys: ThrottleKey[], now: Date): Promise<Reservation> {
  const kinds = new Map(keys.map((k) => [keyOf(k), k.kind]));
  const ids = [...kinds.keys()].sort();
  await tx
    .insert(loginThrottle)
    .values(ids.map((key) => ({ key, failures: 0, windowStartedAt: now })))
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, ids))
    .orderBy(loginThrottle.key)
    .for('update');

  const wait = Math.max(
    0,
    ...rows.map((r) => (r.blockedUntil ? Math.ceil((r.blockedUntil.getTime() - now.getTime()) / 1000) : 0)),
  );
  if (wait > 0) return { ok: false, retryAfterSeconds: wait };

  const windowStart = now.getTime() - THROTTLE.windowSeconds * 1000;
  for (const row of rows) {
    const expired = row.windowStartedAt.getTime() < windowStart;
    const failures = expired ? 1 : row.failures + 1;
    const block = blockSecondsAfter(failures, THROTTLE.freeFailures[kinds.get(row.key) ?? 'email']);
    await tx
      .update(loginThrottle)
      .set({
        failures,
        windowStartedAt: expired ? now : row.windowStartedAt,
        blockedUntil: block > 0 ? new Date(now.getTime() + block * 1000) : null,
      })
      .where(eq(loginThrottle.key, row.key));
  }
  return { ok: true };
}

/**
 * The password was right: the account's count starts over (as before), and the
 * address gets back the one attempt reserved for it – a successful login is no
 * failure, so an office behind one address is not throttled by its own users.
 */
export async function settleSuccess(tx: Tx, email: string, ip: string | null): Promise<void> {
  await tx.delete(loginThrottle).where(eq(loginThrottle.key, keyOf({ kind: 'email', value: email })));
  if (!ip) return;
  const key = keyOf({ kind: 'ip', value: throttleAddressKey(ip) });
  await tx
    .update(loginThrottle)
    .set({
      failures: sql`greatest(${loginThrottle.failures} - 1, 0)`,
      blockedUntil: sql`CASE WHEN ${loginThrottle.failures} - 1 < ${THROTTLE.freeFailures.ip} THEN NULL ELSE ${loginThrottle.blockedUntil} END`,
    })
    .where(eq(loginThrottle.key, key));
  await tx.delete(loginThrottle).where(and(eq(loginThrottle.key, key), lte(loginThrottle.failures, 0)));
}

/** Housekeeping: rows whose window and block have both run out count for nothing. */
export async function deleteSpentThrottleRows(q: Queryable, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowSeconds * 1000);
  await q
    .delete(loginThrottle)
    .where(
      and(
        lte(loginThrottle.windowStartedAt, windowStart),
        sql`(${loginThrottle.blockedUntil} IS NULL OR ${loginThrottle.blockedUntil} <= ${now.toISOString()}::timestamptz)`,
      ),
    );
}
