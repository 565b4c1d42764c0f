import { describe, expect, it } from 'vitest';
import {
  ChangeModelContent,
  EMPTY_CHANGE_MODEL,
  LIMITS as CONTRACT_LIMITS,
} from '../../../src/shared/contracts/change-model.js';
import { changeModelDa } from '../../../web/src/i18n/change-model.da.js';
import {
  contentOf,
  emptyIndicator,
  ids,
  keyFor,
  LIMITS,
  locate,
  move,
  parseNumber,
  valuesOf,
  type EditorValues,
} from '../../../web/src/pages/change-model/editor-form.js';

const m = changeModelDa;

const saved: ChangeModelContent = {
  ...EMPTY_CHANGE_MODEL,
  problem: 'For få børn deltager i fællesskaber',
  targetGroup: 'Børn i udsatte positioner',
  activities: [{ id: 'a-1', text: 'Legegrupper' }],
  shortTermOutcomes: [{ id: 's-1', text: 'Flere børn leger med andre' }],
  indicators: [
    {
      key: 'deltagelse',
      name: 'Deltagelse',
      outcomeId: 's-1',
      dataSource: 'Observation',
      baseline: 12.5,
      target: 20,
      unit: '%',
      measuredWhen: { text: 'Hvert kvartal', dates: ['2027-03-01'] },
    },
  ],
};

describe('change-model editor form', () => {
  it('repeats the contract’s limits', () => {
    expect(LIMITS).toEqual(CONTRACT_LIMITS);
  });

  it('gives back the saved content unchanged when nothing is edited, and it passes the contract', () => {
    const values = valuesOf(saved);
    expect(values.indicators[0]?.baseline).toBe('12,5');
    const { content, note, errors } = contentOf(values, m);
    expect(errors).toEqual([]);
    expect(note).toBe('');
    expect(content).toEqual(saved);
    expect(ChangeModelContent.safeParse(content).success).toBe(true);
  });

  it('trims texts, reads Danish decimals and gives a new indicator a key from its name, unique among the taken', () => {
    const values: EditorValues = valuesOf(saved);
    values.problem = '  Nyt problem  ';
    values.indicators.push({ ...emptyIndicator(), name: 'Deltagelse', baseline: '1,5', target: ' 3 ' });
    values.indicators.push({ ...emptyIndicator(), name: 'Trivsel i børnehøjde – æøå' });
    const { content, errors } = contentOf(values, m);
    expect(errors).toEqual([]);
    expect(content.problem).toBe('Nyt problem');
    expect(content.indicators.map((i) => i.key)).toEqual([
      'deltagelse',
      'deltagelse-2',
      'trivsel-i-boernehoejde-aeoeaa',
    ]);
    expect(content.indicators[1]).toMatchObject({ baseline: 1.5, target: 3, outcomeId: null });
    expect(ChangeModelContent.safeParse(content).success).toBe(true);
  });

  it('names the server’s field paths for what is wrong before sending', () => {
    const values = valuesOf(saved);
    values.activities.push({ id: 'a-2', text: '   ' });
    values.indicators[0] = {
      ...values.indicators[0]!,
      baseline: 'ti',
      target: '20',
      whenDates: [{ uid: 'd', date: '1.3.2027' }],
    };
    values.indicators.push({ ...emptyIndicator(), baseline: '5', target: '5,0' });
    values.note = 'x'.repeat(LIMITS.note + 1);
    const byField = (a: { field: string }, b: { field: string }) => a.field.localeCompare(b.field);
    const { errors } = contentOf(values, m);
    expect([...errors].sort(byField)).toEqual(
      [
        { field: 'content.activities.1.text', message: m.required },
        { field: 'content.indicators.0.baseline', message: m.notANumber },
        { field: 'content.indicators.0.measuredWhen.dates.0', message: m.badDate },
        { field: 'content.indicators.1.target', message: m.sameAsBaseline },
        { field: 'content.indicators.1.name', message: m.required },
        { field: 'note', message: m.tooLong(LIMITS.note) },
      ].sort(byField),
    );
  });

  it('refuses numbers beyond the magnitude the server accepts', () => {
    const values = valuesOf(saved);
    values.indicators[0] = { ...values.indicators[0]!, target: String(LIMITS.magnitude + 1) };
    expect(contentOf(values, m).errors).toEqual([{ field: 'content.indicators.0.target', message: m.notANumber }]);
  });

  it('reads numbers as people type them', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber(' 1 000 ')).toBe(1000);
    expect(parseNumber('−3')).toBe(-3);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('1,2,3')).toBeNaN();
    expect(parseNumber('12 %')).toBeNaN();
  });

  it('makes keys the contract accepts, even from names without letters', () => {
    expect(keyFor('!!!', new Set())).toBe('indikator');
    expect(keyFor('a'.repeat(50), new Set())).toHaveLength(32);
    expect(keyFor('Sprog', new Set(['sprog', 'sprog-2']))).toBe('sprog-3');
  });

  it('places field errors on their inputs with the summary’s label', () => {
    const values = valuesOf(saved);
    expect(locate({ field: 'content.activities.0.text', message: 'x' }, m, values)).toEqual({
      target: ids.item('activities', 0),
      label: m.itemLabel(m.itemNames.activities, 1),
      message: 'x',
    });
    expect(locate({ field: 'content.indicators.0.measuredWhen.dates.0', message: 'x' }, m, values).target).toBe(
      ids.date(0, 0),
    );
    expect(locate({ field: 'content.indicators.0.key', message: 'x' }, m, values).target).toBe(
      ids.indicator(0, 'name'),
    );
    expect(locate({ field: 'content.indicators.0.unit', message: 'x' }, m, values).target).toBe(
      ids.indicator(0, 'unit'),
    );
    expect(locate({ field: 'content.indicators', message: 'x' }, m, values).target).toBe(ids.addIndicator);
    expect(locate({ field: 'note', message: 'x' }, m, values).target).toBe(ids.note);
    expect(locate({ field: 'content', message: 'x' }, m, values)).toEqual({
      target: null,
      label: m.refused,
      message: 'x',
    });
  });

  it('moves an item without losing or copying any', () => {
    expect(move(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(move(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    const list = ['a', 'b'];
    move(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
  });
});
