import { describe, expect, it } from 'vitest';
import { blockSecondsAfter, THROTTLE } from '../../src/server/modules/auth/throttle.js';

describe('login throttle delays', () => {
  it('allows the free attempts, then doubles the wait up to the cap', () => {
    const free = THROTTLE.freeFailures.email;
    expect(blockSecondsAfter(free - 1, free)).toBe(0);
    expect([0, 1, 2, 3].map((n) => blockSecondsAfter(free + n, free))).toEqual([1, 2, 4, 8]);
    expect(blockSecondsAfter(free + 30, free)).toBe(THROTTLE.maxBlockSeconds);
  });
});
