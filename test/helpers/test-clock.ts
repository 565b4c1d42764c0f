import { clockFrom, type Clock } from '../../src/server/core/clock.js';
import { danishInstant } from '../../src/server/time/danish-instant.js';
import { danishToday } from '../../src/server/time/danish-today.js';

/**
 * The day the shared test template's demo is seeded on, whatever the system
 * clock says: the suite builds its world around this day and never around the
 * wall clock, so it passes with the clock moved years ahead (CI runs it once
 * more under faketime, scripts/test-shifted-clock.sh).
 */
export const TEMPLATE_SEED_DATE = '2026-11-25';

/** 10:00 Danish time on the seed day: where every test app's clock starts. */
export const TEST_START = danishInstant(TEMPLATE_SEED_DATE, '10:00');

/**
 * The test run's clock: it showed TEST_START when the test file started and
 * runs on from there at the system clock's pace (sessions age, audit rows keep
 * their order). Test apps read it unless a test pins its own; factories and
 * tests take "now" from it, never from the wall clock.
 */
export const testNow: Clock = clockFrom(TEST_START);

/** The Danish date of testNow(). */
export function testToday(): string {
  return danishToday(testNow());
}
