import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runWithStdin } from '../helpers/cli.js';
import { ScheduleInput, ScheduleProposal } from '../../src/shared/contracts/schedule.js';
import { brokenRules } from './schedule-rules.js';
import { word } from '../../src/shared/contracts/messages.js';
import { scheduleReasonsDa } from '../../web/src/i18n/schedule-messages.da.js';

const run = promisify(execFile);

const propose = (stdin: string) => runWithStdin(['schedule', 'propose'], stdin);

/** The example input. */
const example = {
  period: { start: '2027-08-01', end: '2028-06-30' },
  holidayWeeks: [{ from: '2027-10-18', to: '2027-10-22' }],
  maxMeetingsPerConsultantPerDay: 2,
  consultants: [{ id: 'k1', unavailable: ['2027-09-01'] }],
  courses: [
    {
      id: '0820',
      consultant: 'k1',
      meetings: [
        { id: 'm1', kind: 'kickoff' },
        { id: 's1', kind: 'steering' },
        { id: 's2', kind: 'steering' },
        { id: 's3', kind: 'steering' },
        { id: 'w1', kind: 'working_group', group: 'inst-1' },
        { id: 'p1', kind: 'sparring' },
        { id: 'l1', kind: 'leader_sparring' },
      ],
    },
  ],
  themeDay: true,
};

// Each test spawns the command (tsx) one or more times; on a loaded two-core machine a spawn takes seconds.
describe('indsats schedule propose', { timeout: 120_000 }, () => {
  it('prints a plan that keeps every rule, with the theme day', async () => {
    const { code, stdout } = await propose(JSON.stringify(example));
    expect(code).toBe(0);
    const p = ScheduleProposal.parse(JSON.parse(stdout));
    expect(p.feasible).toBe(true);
    if (!p.feasible) return;
    expect(p.meetings.map((m) => m.id).sort()).toEqual(['l1', 'm1', 'p1', 's1', 's2', 's3', 'w1']);
    expect(p.meetings[0]).toEqual({ course: '0820', id: 'm1', date: '2027-08-02', start: '09:00', end: '11:00' });
    expect(p.themeDay).toMatch(/^2028-01-/);
    expect(brokenRules(ScheduleInput.parse(example), p)).toEqual([]);
  });

  it('exits 0 with a reason code (worded in Danish by the client) when no plan exists', async () => {
    const input = { ...example, period: { start: '2027-08-02', end: '2027-08-03' }, themeDay: false };
    const { code, stdout } = await propose(JSON.stringify(input));
    expect(code).toBe(0);
    const p = ScheduleProposal.parse(JSON.parse(stdout));
    expect(p).toMatchObject({
      feasible: false,
      reason: { code: 'steering_third_no_day', params: { course: '0820', consultant: 'k1', third: 2, meeting: 's3' } },
    });
    if (p.feasible) return;
    expect(word(scheduleReasonsDa, p.reason)).toMatch(
      /^Forløbet 0820: konsulent k1 har ingen ledig arbejdsdag i periodens sidste tredjedel.*styregruppemødet s3/,
    );
  });

  it('exits 2 with a message naming the field on bad input', async () => {
    // Rules across fields (all reported at once) …
    const c = example.courses[0]!;
    const across = await propose(
      JSON.stringify({
        ...example,
        period: { start: '2028-06-30', end: '2027-08-01' },
        courses: [{ ...c, consultant: 'k9', meetings: [c.meetings[0], c.meetings[0]] }],
      }),
    );
    expect(across.code).toBe(2);
    expect(across.stderr).toMatch(/^period\.end: Periodens slutdato skal ligge efter startdatoen/m);
    expect(across.stderr).toMatch(/^courses\.0\.consultant: Konsulenten k9 findes ikke i consultants/m);
    expect(across.stderr).toMatch(/^courses\.0\.meetings\.1\.id: Mødet m1 står der to gange/m);
    // … and the shape of single fields.
    const shape = await propose(
      JSON.stringify({
        ...example,
        holidayWeeks: [{ from: '18/10/2027', to: '2027-10-22' }],
        courses: [{ ...c, meetings: [{ id: 'x', kind: 'party' }] }],
      }),
    );
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/^holidayWeeks\.0\.from: Skriv datoen som ÅÅÅÅ-MM-DD/m);
    expect(shape.stderr).toMatch(/^courses\.0\.meetings\.0\.kind: /m);
    const notJson = await propose('{ikke json');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/som JSON/);
  });

  it('keeps fixed meetings and a given theme day, and plans extra meetings', async () => {
    const c = example.courses[0]!;
    const input = {
      ...example,
      themeDayDate: '2028-01-21',
      courses: [
        {
          ...c,
          meetings: [
            ...c.meetings.map((m) =>
              m.id === 's1' ? { ...m, fixed: { date: '2027-09-06', start: '08:30', end: '10:00' } } : m,
            ),
            { id: 'x1', kind: 'extra' },
          ],
        },
      ],
    };
    const { code, stdout } = await propose(JSON.stringify(input));
    expect(code).toBe(0);
    const p = ScheduleProposal.parse(JSON.parse(stdout));
    expect(p).toMatchObject({ feasible: true, themeDay: '2028-01-21' });
    if (!p.feasible) return;
    expect(p.meetings).toContainEqual({ course: '0820', id: 's1', date: '2027-09-06', start: '08:30', end: '10:00' });
    expect(p.meetings.map((m) => m.id)).toContain('x1');
    expect(brokenRules(ScheduleInput.parse(input), p)).toEqual([]);
  });

  it('reads a file as well as standard input', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'indsats-sched-')), 'runde.json');
    writeFileSync(file, JSON.stringify(example));
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'schedule',
      'propose',
      '--input',
      file,
    ]);
    expect(JSON.parse(stdout).feasible).toBe(true);
  });
});
