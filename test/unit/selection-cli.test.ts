import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runWithStdin } from '../helpers/cli.js';
import { SelectionProposal, type SelectionInput } from '../../src/shared/contracts/selection.js';
import { word } from '../../src/shared/contracts/messages.js';
import { selectionMessagesDa } from '../../src/shared/wording/selection.da.js';

const run = promisify(execFile);

const propose = (stdin: string) => runWithStdin(['selection', 'propose'], stdin);

const seedLike: SelectionInput = {
  capacity: 5,
  rules: {
    smallPopulationBelow: 40_000,
    minSmall: 1,
    minLarge: 1,
    minRegions: 3,
    familyDaycareShareAtLeast: 0.3,
    minFamilyDaycare: 1,
  },
  applicants: [
    {
      id: '0101',
      score: 14.5,
      eligible: true,
      population: 660_000,
      region: 'Region Hovedstaden',
      familyDaycareShare: 0.05,
    },
    {
      id: '0147',
      score: 14,
      eligible: true,
      population: 105_000,
      region: 'Region Hovedstaden',
      familyDaycareShare: 0.05,
    },
    {
      id: '0151',
      score: 13.5,
      eligible: true,
      population: 52_000,
      region: 'Region Hovedstaden',
      familyDaycareShare: 0.1,
    },
    {
      id: '0153',
      score: 13,
      eligible: true,
      population: 36_000,
      region: 'Region Hovedstaden',
      familyDaycareShare: 0.1,
    },
    {
      id: '0217',
      score: 12.5,
      eligible: true,
      population: 64_000,
      region: 'Region Hovedstaden',
      familyDaycareShare: 0.2,
    },
    {
      id: '0820',
      score: 9,
      eligible: true,
      population: 37_000,
      region: 'Region Nordjylland',
      familyDaycareShare: 0.42,
    },
    {
      id: '0860',
      score: 11,
      eligible: true,
      population: 64_000,
      region: 'Region Nordjylland',
      familyDaycareShare: 0.25,
    },
    { id: '0370', score: 10, eligible: true, population: 83_000, region: 'Region Sjælland', familyDaycareShare: 0.2 },
    {
      id: '0461',
      score: 15,
      eligible: false,
      population: 205_000,
      region: 'Region Syddanmark',
      familyDaycareShare: 0.3,
    },
  ],
};

describe('indsats selection propose', { timeout: 120_000 }, () => {
  it('prints the balanced proposal, what each rule costs, and a sentence for every applicant', async () => {
    const { code, stdout } = await propose(JSON.stringify(seedLike));
    expect(code).toBe(0);
    const p = SelectionProposal.parse(JSON.parse(stdout));
    expect(p.feasible).toBe(true);
    expect(p.unconstrained).toEqual({ selected: ['0101', '0147', '0151', '0153', '0217'], totalScore: 67.5 });
    // Three regions and one family-daycare municipality force 0820 (Nordjylland, 42 %) and 0370 (Sjælland) in.
    expect(p.selected).toEqual(['0101', '0147', '0151', '0370', '0820']);
    expect(p.totalScore).toBe(61);
    // Without the region rule: 0820 + the four best of Hovedstaden = 64; without the daycare rule: 62.5 (0153 is the small one).
    expect(p.ruleCosts).toEqual({ minSmall: 0, minLarge: 0, minRegions: 3, minFamilyDaycare: 1.5 });
    expect(Object.keys(p.explanations).sort()).toEqual(seedLike.applicants.map((a) => a.id).sort());
    expect(p.explanations['0820']).toMatchObject({ code: 'chosen_for_rules' });
    expect(p.explanations['0153']).toEqual({ code: 'not_chosen_rules', params: { score: expect.any(Number) } });
    expect(p.explanations['0461']).toEqual({ code: 'not_eligible', params: {} });
    const danish = (id: string) => word(selectionMessagesDa, p.explanations[id]!);
    expect(danish('0820')).toMatch(/^Valgt for at opfylde balancereglen om .*dagpleje/);
    expect(danish('0153')).toMatch(/^Ikke valgt: ville være med på score alene/);
    expect(danish('0461')).toMatch(/opfylder ikke alle krav/);
  });

  it('says which rule cannot be met', async () => {
    const input = { ...seedLike, capacity: 2, rules: { minRegions: 3 } };
    const { code, stdout } = await propose(JSON.stringify(input));
    expect(code).toBe(0);
    const p = SelectionProposal.parse(JSON.parse(stdout));
    expect(p.feasible).toBe(false);
    expect(p.reason).toEqual({
      code: 'no_selection',
      params: { capacity: 2, blocking: [[{ rule: 'minRegions', count: 3 }]] },
    });
    expect(word(selectionMessagesDa, p.reason!)).toMatch(/kan opfylde mindst 3 forskellige regioner\.$/);
    expect(p.selected).toEqual([]);
  });

  it('names the combination when rules only clash together', async () => {
    const input = { ...seedLike, capacity: 2, rules: { smallPopulationBelow: 40_000, minSmall: 1, minLarge: 2 } };
    const p = SelectionProposal.parse(JSON.parse((await propose(JSON.stringify(input))).stdout));
    expect(p.feasible).toBe(false);
    expect(word(selectionMessagesDa, p.reason!)).toMatch(
      /kan opfylde mindst 1 lille kommune sammen med mindst 2 store kommuner\.$/,
    );
  });

  it('exits non-zero with a message naming the field on bad input', async () => {
    const bad = await propose(JSON.stringify({ ...seedLike, capacity: 'fem' }));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^capacity: /m);
    const dup = await propose(
      JSON.stringify({ ...seedLike, applicants: [seedLike.applicants[0], seedLike.applicants[0]] }),
    );
    expect(dup.stderr).toMatch(/applicants\.1\.id: Id'et 0101 står der to gange/);
    const rule = await propose(JSON.stringify({ ...seedLike, rules: { minSmall: 1 } }));
    expect(rule.stderr).toMatch(/rules\.smallPopulationBelow: /);
    const notJson = await propose('{ikke json');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/som JSON/);
  });

  it('reads a file as well as standard input', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'indsats-sel-')), 'runde.json');
    writeFileSync(file, JSON.stringify(seedLike));
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'selection',
      'propose',
      '--input',
      file,
    ]);
    expect(JSON.parse(stdout).selected).toEqual(['0101', '0147', '0151', '0370', '0820']);
  });
});
