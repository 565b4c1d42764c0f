import { describe, expect, it } from 'vitest';
import { birthDate, demoId, seededRandom } from '../../src/server/seed/demo-data.js';
import { readMunicipalities } from '../../src/server/seed/reference-data.js';

describe('demo and reference data', () => {
  it('makes the same ids and children on every machine', () => {
    expect(demoId('0860-1')).toBe(demoId('0860-1'));
    expect(demoId('0860-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const r = seededRandom(1);
    for (let i = 0; i < 100; i++) {
      const d = birthDate(r, [3, 5], '2026-08-01');
      expect(d >= '2020-08-01' && d <= '2023-04-03').toBe(true);
    }
  });

  it('ships all 98 municipalities in 5 regions', () => {
    const m = readMunicipalities();
    expect(m).toHaveLength(98);
    expect(new Set(m.map((x) => x.regionCode)).size).toBe(5);
    expect(m.find((x) => x.code === '0860')).toMatchObject({ name: 'Hjørring', regionName: 'Region Nordjylland' });
  });
});
