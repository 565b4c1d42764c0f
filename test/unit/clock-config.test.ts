import { describe, expect, it } from 'vitest';
import { clockFrom, fixedClock } from '../../src/server/core/clock.js';
import { loadConfig } from '../../src/server/config.js';

describe('INDSATS_CLOCK', () => {
  it('starts the server clock on a Danish day (09:00) or time, and lets it run on', () => {
    const before = Date.now();
    const day = loadConfig({ INDSATS_CLOCK: '2027-03-02' });
    const shown = day.clock().getTime();
    const elapsed = Date.now() - before;
    expect(shown).toBeGreaterThanOrEqual(Date.parse('2027-03-02T08:00:00Z'));
    expect(shown).toBeLessThanOrEqual(Date.parse('2027-03-02T08:00:00Z') + elapsed + 1000);
    expect(day.clockSetting).toBe('2027-03-02');
    // Summer time: 14:30 in Copenhagen is 12:30 UTC in July.
    const time = loadConfig({ INDSATS_CLOCK: '2028-07-15T14:30' }).clock().getTime();
    expect(time - Date.parse('2028-07-15T12:30:00Z')).toBeLessThan(1000 + elapsed);
    expect(time).toBeGreaterThanOrEqual(Date.parse('2028-07-15T12:30:00Z'));
  });

  it('uses the system clock when unset', () => {
    const config = loadConfig({});
    expect(config.clockSetting).toBeUndefined();
    expect(Math.abs(config.clock().getTime() - Date.now())).toBeLessThan(5000);
  });

  it.each(['2027-02-30', '2027-13-01', '2027-03-02T24:00', '2.3.2027', 'i morgen'])(
    'refuses %s with a message naming the variable',
    (value) => {
      expect(() => loadConfig({ INDSATS_CLOCK: value })).toThrow(/INDSATS_CLOCK/);
    },
  );

  it('is refused in production unless that is said explicitly', () => {
    expect(() => loadConfig({ INDSATS_CLOCK: '2027-03-02', NODE_ENV: 'production' })).toThrow(
      /INDSATS_CLOCK_IN_PRODUCTION/,
    );
    expect(
      loadConfig({ INDSATS_CLOCK: '2027-03-02', NODE_ENV: 'production', INDSATS_CLOCK_IN_PRODUCTION: '1' })
        .clockSetting,
    ).toBe('2027-03-02');
  });
});

describe('clocks', () => {
  it('a clock from a start keeps the system clock pace', () => {
    let system = Date.parse('2026-12-05T10:00:00Z');
    const clock = clockFrom(new Date('2030-01-01T00:00:00Z'), () => new Date(system));
    expect(clock().toISOString()).toBe('2030-01-01T00:00:00.000Z');
    system += 90_000;
    expect(clock().toISOString()).toBe('2030-01-01T00:01:30.000Z');
  });

  it('a fixed clock stands still and hands out copies', () => {
    const clock = fixedClock('2027-03-02T09:00:00Z');
    const first = clock();
    first.setFullYear(1999);
    expect(clock().toISOString()).toBe('2027-03-02T09:00:00.000Z');
  });
});
