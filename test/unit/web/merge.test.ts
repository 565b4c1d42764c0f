import { describe, expect, it } from 'vitest';
import { EMPTY_APPLICATION, type ApplicationContent } from '../../../src/shared/contracts/applications.js';
import { EMPTY_CHANGE_MODEL, type ChangeModelContent } from '../../../src/shared/contracts/change-model.js';
import type { MinutesContent } from '../../../src/shared/contracts/meetings.js';
import {
  emptyInstitutionCapacity,
  emptySelfAnalysis,
  type SelfAnalysisContent,
} from '../../../src/shared/contracts/self-analysis.js';
import { da } from '../../../web/src/i18n/da.js';
import { applicationFields } from '../../../web/src/pages/applications/application-fields.js';
import { changeModelFields } from '../../../web/src/pages/change-model/change-model-fields.js';
import { minutesFields, minutesText } from '../../../web/src/pages/meetings/minutes-fields.js';
import { selfAnalysisFields } from '../../../web/src/pages/self-analysis/self-analysis-fields.js';
import {
  applyChoices,
  field,
  mergeVersions,
  sameValue,
  uncovered,
  valueAt,
  withValueAt,
} from '../../../web/src/versions/merge.js';

/** The client's three-way merge of kept versions (ADR 22), alone and with each document's field list. */
describe('mergeVersions', () => {
  const fields = [field(['a'], 'A'), field(['b'], 'B'), field(['n', 'x'], 'N x'), field(['n', 'y'], 'N y')];
  const base = { a: '1', b: '1', n: { x: 1, y: 1 } };

  it('takes the field only I changed and the field only they changed, without asking', () => {
    const mine = { ...base, a: 'mine', n: { x: 2, y: 1 } };
    const theirs = { ...base, b: 'theirs', n: { x: 1, y: 3 } };
    expect(mergeVersions(base, mine, theirs, fields)).toEqual({
      merged: { a: 'mine', b: 'theirs', n: { x: 2, y: 3 } },
      conflicts: [],
    });
  });

  it('asks for a field both changed differently, once per field, and keeps theirs there until chosen', () => {
    const mine = { ...base, a: 'mine', b: 'mine too' };
    const theirs = { ...base, a: 'theirs', b: 'theirs too' };
    const { merged, conflicts } = mergeVersions(base, mine, theirs, fields);
    expect(conflicts.map((f) => f.key)).toEqual(['a', 'b']);
    expect(merged).toEqual(theirs);
    expect(applyChoices(merged, mine, theirs, conflicts, { a: 'mine', b: 'theirs' })).toEqual({
      ...base,
      a: 'mine',
      b: 'theirs too',
    });
  });

  it('is no conflict when both made the same change', () => {
    const both = { ...base, a: 'same', n: { x: 1, y: 9 } };
    expect(mergeVersions(base, { ...both }, { ...both, n: { y: 9, x: 1 } }, fields).conflicts).toEqual([]);
  });

  it('without a known base asks for every field the two differ in', () => {
    const mine = { ...base, a: 'mine' };
    expect(mergeVersions(null, mine, base, fields).conflicts.map((f) => f.key)).toEqual(['a']);
    expect(mergeVersions(null, base, base, fields).conflicts).toEqual([]);
  });

  it('reads and writes paths without touching other branches', () => {
    const next = withValueAt(base, ['n', 'x'], 5);
    expect(next).toEqual({ a: '1', b: '1', n: { x: 5, y: 1 } });
    expect(base.n.x).toBe(1);
    expect(valueAt(next, ['n', 'z', 'q'])).toBeUndefined();
    expect(withValueAt({ r: { k: 1, l: 2 } }, ['r', 'k'], undefined)).toEqual({ r: { l: 2 } });
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});

describe('each document merges per field', () => {
  it('application: different fields merge, the same field asks once', () => {
    const base: ApplicationContent = EMPTY_APPLICATION;
    const fields = applicationFields(da);
    expect(uncovered(base, fields)).toEqual([]);
    const mine = { ...base, contactName: 'Min', motivation: 'Min motivation' };
    const theirs = { ...base, contactPhone: '12345678', motivation: 'Hendes motivation' };
    const { merged, conflicts } = mergeVersions(base, mine, theirs, fields);
    expect(conflicts.map((f) => f.label)).toEqual([da.applications.motivation]);
    expect(merged).toMatchObject({ contactName: 'Min', contactPhone: '12345678' });
    expect(mergeVersions(base, { ...base, contactName: 'Min' }, theirs, fields).conflicts).toEqual([]);
  });

  it('minutes: the text and the decisions are separate fields', () => {
    const base: MinutesContent = { minutesHtml: '<p>Start</p>', decisions: [] };
    const fields = minutesFields(da);
    expect(uncovered(base, fields)).toEqual([]);
    const mine = { ...base, decisions: ['Vi gør det'] };
    const theirs = { ...base, minutesHtml: '<p>Start &amp; mere</p>' };
    expect(mergeVersions(base, mine, theirs, fields)).toEqual({
      merged: { minutesHtml: '<p>Start &amp; mere</p>', decisions: ['Vi gør det'] },
      conflicts: [],
    });
    const clash = mergeVersions(base, { ...mine, minutesHtml: '<p>Mit</p>' }, theirs, fields).conflicts;
    expect(clash.map((f) => [f.label, f.show?.('<p>Start &amp; mere</p>')])).toEqual([
      [da.meetings.minutesLabel, 'Start & mere'],
    ]);
    expect(minutesText('<ul><li>a</li><li>b</li></ul>')).toBe('a\nb');
  });

  it('self-analysis: each answer, figure and institution is its own field', () => {
    const inst = '11111111-1111-4111-8111-111111111111';
    const base: SelfAnalysisContent = {
      ...emptySelfAnalysis(),
      capacity: { ...emptySelfAnalysis().capacity, institutions: { [inst]: emptyInstitutionCapacity() } },
    };
    const fields = selfAnalysisFields(da, [base], { [inst]: 'Solsikken' });
    expect(uncovered(base, fields)).toEqual([]);
    const mine = { ...base, leadership: { ...base.leadership, backing: 'Mit svar' } };
    const theirs = { ...base, leadership: { ...base.leadership, data: 'Hendes svar' }, strengths: ['Godt'] };
    const merged = mergeVersions(base, mine, theirs, fields);
    expect(merged.conflicts).toEqual([]);
    expect(merged.merged.leadership).toMatchObject({ backing: 'Mit svar', data: 'Hendes svar' });
    expect(merged.merged.strengths).toEqual(['Godt']);
    const both = mergeVersions(
      base,
      { ...mine, strengths: ['Mit'] },
      { ...theirs, leadership: mine.leadership },
      fields,
    );
    expect(both.conflicts.map((f) => f.label)).toEqual([da.selfAnalysis.lists.strengths.heading]);
    const note = (n: string) => ({
      ...base,
      capacity: { ...base.capacity, institutions: { [inst]: { ...emptyInstitutionCapacity(), note: n } } },
    });
    expect(mergeVersions(base, note('a'), note('b'), fields).conflicts.map((f) => f.label)).toEqual([
      `${da.selfAnalysis.capacityHeading}: Solsikken`,
    ]);
  });

  it('change model: each section is a field', () => {
    const base: ChangeModelContent = { ...EMPTY_CHANGE_MODEL, activities: [{ id: 'a-1', text: 'Leg' }] };
    const fields = changeModelFields(da);
    expect(uncovered(base, fields)).toEqual([]);
    const mine = { ...base, problem: 'Mit problem' };
    const theirs = { ...base, activities: [...base.activities, { id: 'a-2', text: 'Sang' }] };
    const { merged, conflicts } = mergeVersions(base, mine, theirs, fields);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({ ...theirs, problem: 'Mit problem' });
    const clash = mergeVersions(base, { ...mine, activities: [] }, { ...theirs, problem: 'Hendes' }, fields);
    expect(clash.conflicts.map((f) => f.label)).toEqual([
      da.changeModel.sections.problem,
      da.changeModel.sections.activities,
    ]);
  });
});
