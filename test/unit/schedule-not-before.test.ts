import { describe, expect, it } from 'vitest';
import { proposeSchedule } from '../../src/server/modules/scheduling/propose-schedule.js';
import { ScheduleInput } from '../../src/shared/contracts/schedule.js';
import { brokenRules } from './schedule-rules.js';
import { word } from '../../src/shared/contracts/messages.js';
import { scheduleReasonsDa } from '../../web/src/i18n/schedule-messages.da.js';

/** A course under way (Aug 2026 – Jun 2027): the kick-off and first steering meeting were held in August. */
const underWay = (notBefore?: string) =>
  ScheduleInput.parse({
    period: { start: '2026-08-01', end: '2027-06-30' },
    holidayWeeks: [{ from: '2026-10-12', to: '2026-10-16', label: 'efterårsferie' }],
    consultants: [{ id: 'k1' }],
    courses: [
      {
        id: 'c1',
        consultant: 'k1',
        meetings: [
          { id: 'kick', kind: 'kickoff', fixed: { date: '2026-08-17', start: '09:00', end: '11:00' } },
          { id: 's1', kind: 'steering', fixed: { date: '2026-08-24', start: '09:00', end: '11:00' } },
          { id: 's2', kind: 'steering' },
          { id: 's3', kind: 'steering' },
          ...[1, 2, 3, 4].map((n) => ({ id: `w${n}`, kind: 'working_group', group: 'a' })),
          { id: 'p1', kind: 'sparring' },
        ],
      },
    ],
    themeDay: true,
    ...(notBefore ? { notBefore } : {}),
  });

describe('meeting scheduler – nothing proposed before notBefore', () => {
  it('places every movable meeting and the theme day on or after notBefore, keeping the rules', () => {
    const input = underWay('2026-11-24');
    const proposal = proposeSchedule(input);
    expect(proposal.feasible).toBe(true);
    if (!proposal.feasible) return;
    const moved = proposal.meetings.filter((m) => m.id !== 'kick' && m.id !== 's1');
    expect(moved).toHaveLength(7);
    for (const m of moved) expect(m.date >= '2026-11-24', `${m.id} on ${m.date}`).toBe(true);
    expect(proposal.themeDay! >= '2026-11-24').toBe(true);
    expect(brokenRules(input, proposal)).toEqual([]);
  });

  it('without notBefore the same round may use the autumn', () => {
    const proposal = proposeSchedule(underWay());
    expect(proposal.feasible).toBe(true);
    if (proposal.feasible)
      expect(proposal.meetings.some((m) => m.id !== 'kick' && m.id !== 's1' && m.date < '2026-11-24')).toBe(true);
  });

  it('names the steering meeting whose third is over', () => {
    const proposal = proposeSchedule(underWay('2027-04-01'));
    expect(proposal).toMatchObject({ feasible: false });
    if (!proposal.feasible)
      expect(word(scheduleReasonsDa, proposal.reason)).toMatch(
        /styregruppemødet s2 skal ligge i periodens midterste tredjedel, som sluttede 2027-03-\d\d/,
      );
  });

  it('says so when the whole period is over', () => {
    const proposal = proposeSchedule(underWay('2027-07-01'));
    expect(proposal).toMatchObject({ feasible: false });
    if (!proposal.feasible) expect(proposal.reason.code).toBe('period_over');
    if (!proposal.feasible) expect(word(scheduleReasonsDa, proposal.reason)).toContain('er forbi');
  });
});
