import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { loginThrottle } from '../../db/schema.js';

/**
 * Login throttling: failures are counted per e-mail and per address in a
 * 15-minute window. After the free attempts each further failure blocks that
 * key for a doubling delay (1 s, 2 s, 4 s …) capped at 15 minutes, so guessing
 * becomes slow while a person who mistypes is never locked out for long.
 */
export const THROTTLE = {
  windowSeconds: 15 * 60,
  freeFailures: { email: 5, ip: 20 },
  maxBlockSeconds: 15 * 60,
} as const;

export type ThrottleKey = { kind: 'email' | 'ip'; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value}`;

/** Seconds until the next attempt is allowed for any of the keys (0 = allowed now). */
export async function secondsBlocked(tx: Tx, keys: ThrottleKey[], now: Date): Promise<number> {
  let wait = 0;
  for (const k of keys) {
    const [row] = await tx.select().from(loginThrottle).where(eq(loginThrottle.key, keyOf(k)));
    if (row?.blockedUntil && row.blockedUntil > now) {
      wait = Math.max(wait, Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000));
    }
  }
  return wait;
}

export function blockSecondsAfter(failures: number, free: number): number {
  if (failures <= free) return 0;
  return Math.min(2 ** (failures - free - 1), THROTTLE.maxBlockSeconds);
}

export async function recordFailure(tx: Tx, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const k of keys) {
    const windowStart = new Date(now.getTime() - THROTTLE.windowSeconds * 1000);
    const [row] = await tx
      .insert(loginThrottle)
      .values({ key: keyOf(k), failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart.toISOString()}::timestamptz THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
          windowStartedAt: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart.toISOString()}::timestamptz THEN ${now.toISOString()}::timestamptz ELSE ${loginThrottle.windowStartedAt} END`,
        },
      })
      .returning({ failures: loginThrottle.failures });
    const block = blockSecondsAfter(row?.failures ?? 1, THROTTLE.freeFailures[k.kind]);
    if (block > 0) {
      await tx
        .update(loginThrottle)
        .set({ blockedUntil: new Date(now.getTime() + block * 1000) })
        .where(eq(loginThrottle.key, keyOf(k)));
    }
  }
}

export async function clearFailures(tx: Tx, key: ThrottleKey): Promise<void> {
  await tx.delete(loginThrottle).where(eq(loginThrottle.key, keyOf(key)));
}
