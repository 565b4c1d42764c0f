import { describe, expect, it } from 'vitest';
import { blockSecondsAfter, THROTTLE } from '../../src/server/modules/auth/throttle.js';

describe('login throttle delays', () => {
  it('allows the free attempts, then doubles the wait up to the cap', () => {
    const free = THROTTLE.freeFailures.email;
    expect(blockSecondsAfter(free, free)).toBe(0);
    expect([1, 2, 3, 4].map((n) => blockSecondsAfter(free + n, free))).toEqual([1, 2, 4, 8]);
    expect(blockSecondsAfter(free + 30, free)).toBe(THROTTLE.maxBlockSeconds);
  });
});
