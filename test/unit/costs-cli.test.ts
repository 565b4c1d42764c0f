import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runWithStdin } from '../helpers/cli.js';
import { issueExample } from './costs-example.js';
import { CostEstimate } from '../../src/shared/contracts/costs.js';

const run = promisify(execFile);

describe('indsats costs estimate', { timeout: 120_000 }, () => {
  it("reads the issue's example from a file and prints the estimate as JSON", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'indsats-costs-')), 'indsats.json');
    writeFileSync(file, JSON.stringify(issueExample));
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'costs',
      'estimate',
      '--input',
      file,
    ]);
    const estimate = CostEstimate.parse(JSON.parse(stdout));
    expect(estimate.elements[0]).toEqual({
      element: 2,
      startup: 12000,
      runningPerYear: 21000,
      total: 75000,
      newMoney: 43500,
    });
    expect(estimate).toMatchObject({ total: 100800, newMoney: 69300, perChild: 1680, perFamily: 2016 });
  });

  it('reads standard input, and bad input exits 2 with Danish messages naming the line and field', async () => {
    const ok = await runWithStdin(
      ['costs', 'estimate'],
      JSON.stringify({ ...issueExample, reach: { children: 0, families: 50 } }),
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ total: 100800, perChild: null, perFamily: 2016 });

    const lines = [...issueExample.lines];
    lines[2] = { element: 12, phase: 'running', kind: 'hours', role: 'leader', hours: -3 };
    const bad = await runWithStdin(['costs', 'estimate'], JSON.stringify({ ...issueExample, lines }));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^lines\.2\.element: Linje 3, element: Elementet skal være et helt tal fra 1 til 9$/m);
    expect(bad.stderr).toMatch(/^lines\.2\.hours: Linje 3, hours: Timerne må ikke være negative$/m);
  });
});
