import type { FieldError } from '../../api/client.js';
import type { ChangeModelMessages } from '../../i18n/change-model.da.js';
import type { LIMITS as ContractLimits } from '../../../../src/shared/contracts/change-model.js';
import type { ChangeModelContent, Indicator, ItemSection } from './api.js';
import { unitRange } from '../../../../src/shared/contracts/indicator-units.js';

/** Why a number is outside its indicator's unit (0–100 for per cent, not below 0 for counts), or undefined. */
export function unitProblem(n: number, unit: string, m: ChangeModelMessages): string | undefined {
  const range = unitRange(unit);
  if (!range || (n >= range.min && (range.max === null || n <= range.max))) return undefined;
  return range.kind === 'percent' ? m.percentRange : m.notNegative(unit.trim());
}

/**
 * The change-model editor's state and its checks. The contract's limits are
 * repeated here (the browser bundle takes no Zod code); the compiler checks
 * that they are the same numbers.
 */
export const LIMITS: typeof ContractLimits = {
  text: 2000,
  item: 500,
  items: 20,
  indicators: 30,
  name: 200,
  dataSource: 300,
  unit: 40,
  when: 300,
  dates: 12,
  note: 500,
  versionsListed: 50,
  measurementsListed: 50,
  magnitude: 1_000_000_000,
};

export const ITEM_SECTIONS = [
  'activities',
  'outputs',
  'shortTermOutcomes',
  'longTermOutcomes',
  'assumptions',
] as const satisfies readonly ItemSection[];

export interface ItemValues {
  id: string;
  text: string;
}
export interface DateValues {
  uid: string;
  date: string;
}
export interface IndicatorValues {
  uid: string;
  /** The stable key once saved; new indicators get one from their name when saved. */
  key: string | null;
  name: string;
  outcomeId: string;
  dataSource: string;
  baseline: string;
  target: string;
  unit: string;
  whenText: string;
  whenDates: DateValues[];
}
export interface EditorValues {
  problem: string;
  targetGroup: string;
  activities: ItemValues[];
  outputs: ItemValues[];
  shortTermOutcomes: ItemValues[];
  longTermOutcomes: ItemValues[];
  assumptions: ItemValues[];
  indicators: IndicatorValues[];
  note: string;
}

/** A random id for a new item (the server keeps it: comparisons follow items by id). */
export function newId(prefix = 'p'): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const numberText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export function valuesOf(content: ChangeModelContent): EditorValues {
  return {
    problem: content.problem,
    targetGroup: content.targetGroup,
    activities: content.activities.map((i) => ({ ...i })),
    outputs: content.outputs.map((i) => ({ ...i })),
    shortTermOutcomes: content.shortTermOutcomes.map((i) => ({ ...i })),
    longTermOutcomes: content.longTermOutcomes.map((i) => ({ ...i })),
    assumptions: content.assumptions.map((i) => ({ ...i })),
    indicators: content.indicators.map(indicatorValues),
    note: '',
  };
}

function indicatorValues(i: Indicator): IndicatorValues {
  return {
    uid: newId('i'),
    key: i.key,
    name: i.name,
    outcomeId: i.outcomeId ?? '',
    dataSource: i.dataSource,
    baseline: numberText(i.baseline),
    target: numberText(i.target),
    unit: i.unit,
    whenText: i.measuredWhen.text,
    whenDates: i.measuredWhen.dates.map((date) => ({ uid: newId('d'), date })),
  };
}

export function emptyIndicator(): IndicatorValues {
  return {
    uid: newId('i'),
    key: null,
    name: '',
    outcomeId: '',
    dataSource: '',
    baseline: '',
    target: '',
    unit: '',
    whenText: '',
    whenDates: [],
  };
}

/** "12,5" or "12.5" → 12.5; "" → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (s === '') return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

/** A key from the name (æ → ae …), unique among `taken`. */
export function keyFor(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replaceAll('æ', 'ae')
      .replaceAll('ø', 'oe')
      .replaceAll('å', 'aa')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32)
      .replace(/-+$/, '') || 'indikator';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** The request's content and note, and what is wrong before sending (the server's field paths). */
export function contentOf(
  v: EditorValues,
  m: ChangeModelMessages,
): { content: ChangeModelContent; note: string; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (field: string, value: string, max: number, required: boolean) => {
    const s = value.trim();
    if (required && !s) errors.push({ field, message: m.required });
    if (s.length > max) errors.push({ field, message: m.tooLong(max) });
    return s;
  };
  const items = (section: ItemSection) =>
    v[section].map((item, i) => ({
      id: item.id,
      text: text(`content.${section}.${i}.text`, item.text, LIMITS.item, true),
    }));
  const taken = new Set(v.indicators.flatMap((i) => (i.key ? [i.key] : [])));
  const indicators = v.indicators.map((ind, i): Indicator => {
    const field = (name: string) => `content.indicators.${i}.${name}`;
    const number = (name: 'baseline' | 'target', value: string) => {
      const n = parseNumber(value);
      if (Number.isNaN(n) || (n !== null && Math.abs(n) > LIMITS.magnitude))
        errors.push({ field: field(name), message: m.notANumber });
      else if (n !== null) {
        const problem = unitProblem(n, ind.unit, m);
        if (problem) errors.push({ field: field(name), message: problem });
      }
      return Number.isNaN(n) ? null : n;
    };
    const baseline = number('baseline', ind.baseline);
    const target = number('target', ind.target);
    if (baseline !== null && baseline === target) errors.push({ field: field('target'), message: m.sameAsBaseline });
    const name = text(field('name'), ind.name, LIMITS.name, true);
    let key = ind.key;
    if (!key) {
      key = keyFor(name, taken);
      taken.add(key);
    }
    const dates = ind.whenDates.map((d, j) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date))
        errors.push({ field: field(`measuredWhen.dates.${j}`), message: m.badDate });
      return d.date;
    });
    return {
      key,
      name,
      outcomeId: ind.outcomeId || null,
      dataSource: text(field('dataSource'), ind.dataSource, LIMITS.dataSource, false),
      baseline,
      target,
      unit: text(field('unit'), ind.unit, LIMITS.unit, false),
      measuredWhen: { text: text(field('measuredWhen.text'), ind.whenText, LIMITS.when, false), dates },
    };
  });
  const content: ChangeModelContent = {
    problem: text('content.problem', v.problem, LIMITS.text, false),
    targetGroup: text('content.targetGroup', v.targetGroup, LIMITS.text, false),
    activities: items('activities'),
    outputs: items('outputs'),
    shortTermOutcomes: items('shortTermOutcomes'),
    longTermOutcomes: items('longTermOutcomes'),
    assumptions: items('assumptions'),
    indicators,
  };
  const note = text('note', v.note, LIMITS.note, false);
  return { content, note, errors };
}

/** Input ids. */
export const ids = {
  text: (section: 'problem' | 'targetGroup') => `cm-${section}`,
  section: (section: ItemSection) => `cm-${section}`,
  item: (section: ItemSection, i: number) => `cm-${section}-${i}`,
  add: (section: ItemSection) => `cm-${section}-add`,
  moveUp: (section: ItemSection, i: number) => `cm-${section}-${i}-up`,
  moveDown: (section: ItemSection, i: number) => `cm-${section}-${i}-down`,
  indicators: 'cm-indicators',
  addIndicator: 'cm-indicators-add',
  indicator: (i: number, field: string) => `cm-ind-${i}-${field}`,
  date: (i: number, j: number) => `cm-ind-${i}-date-${j}`,
  addDate: (i: number) => `cm-ind-${i}-date-add`,
  note: 'cm-note',
};

export interface EditorError {
  /** The input the message is about; null for a refusal of the model as a whole. */
  target: string | null;
  label: string;
  message: string;
}

/** Where a field error (the form's or the server's) belongs, and how the summary names it. */
export function locate(fe: FieldError, m: ChangeModelMessages, v: EditorValues): EditorError {
  const at = (target: string, label: string) => ({ target, label, message: fe.message });
  const p = fe.field.replace(/^content\.?/, '').split('.');
  const [head, index, sub, subIndex, dateIndex] = p;
  const i = Number(index);
  if (fe.field === 'note') return at(ids.note, m.versionNote);
  if (head === 'problem' || head === 'targetGroup') return at(ids.text(head), m.sections[head]);
  const section = ITEM_SECTIONS.find((s) => s === head);
  if (section && Number.isInteger(i)) return at(ids.item(section, i), m.itemLabel(m.itemNames[section], i + 1));
  if (section) return at(ids.add(section), m.sections[section]);
  if (head === 'indicators' && Number.isInteger(i)) {
    const legend = m.indicatorLegend(i + 1, v.indicators[i]?.name.trim() ?? '');
    if (sub === 'measuredWhen' && subIndex === 'dates' && dateIndex !== undefined) {
      return at(ids.date(i, Number(dateIndex)), `${legend}, ${m.whenDate(Number(dateIndex) + 1).toLowerCase()}`);
    }
    if (sub === 'measuredWhen' && subIndex === 'dates')
      return at(ids.addDate(i), `${legend}, ${m.whenDates.toLowerCase()}`);
    if (sub === 'measuredWhen') return at(ids.indicator(i, 'whenText'), `${legend}, ${m.whenText.toLowerCase()}`);
    const labels: Record<string, string> = {
      outcomeId: m.indicatorOutcome,
      dataSource: m.dataSource,
      baseline: m.baseline,
      target: m.target,
      unit: m.unit,
    };
    const label = labels[sub ?? ''];
    // The key is made from the name, so a problem with it is shown at the name.
    if (!label || !sub) return at(ids.indicator(i, 'name'), `${legend}, ${m.indicatorName.toLowerCase()}`);
    return at(ids.indicator(i, sub), `${legend}, ${label.toLowerCase()}`);
  }
  if (head === 'indicators') return at(ids.addIndicator, m.sections.indicators);
  return { target: null, label: m.refused, message: fe.message };
}

export const messageFor = (errors: EditorError[], target: string) => errors.find((e) => e.target === target)?.message;

/** Moves the element at `from` to `to` (both in range). */
export function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
