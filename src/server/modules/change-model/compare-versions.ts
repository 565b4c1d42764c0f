import {
  ITEM_SECTIONS,
  TEXT_SECTIONS,
  type ChangeModelComparison,
  type ChangeModelContent,
  type ChangeModelItem,
  type Indicator,
  type IndicatorChange,
  type ItemChange,
} from '../../../shared/contracts/change-model.js';
import { notFound } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { presentVersionSummary } from './presenter.js';
import * as repo from './repository.js';
import { parseStoredContent } from './stored-content.js';
import { textDiff } from './text-diff.js';
import type { Context } from '../../core/context.js';

/** Two saved versions of the course's change model, field by field. */
export async function compareVersions(
  ctx: Context,
  courseId: string,
  from: number,
  to: number,
): Promise<ChangeModelComparison> {
  const { tx } = ctx;
  await loadVisibleCourse(ctx, courseId);
  const before = await repo.findVersion(tx, courseId, from);
  const after = await repo.findVersion(tx, courseId, to);
  if (!before || !after) throw notFound();
  return {
    from: presentVersionSummary(before),
    to: presentVersionSummary(after),
    ...compareContent(parseStoredContent(before.content), parseStoredContent(after.content)),
  };
}

/**
 * The differences between two contents: the texts that changed (word by
 * word), per item section the items added, removed, changed (text) or moved
 * (order), and per indicator (by key) the fields that changed.
 */
export function compareContent(
  before: ChangeModelContent,
  after: ChangeModelContent,
): Omit<ChangeModelComparison, 'from' | 'to'> {
  const texts = TEXT_SECTIONS.filter((s) => before[s] !== after[s]).map((section) => ({
    section,
    before: before[section],
    after: after[section],
    diff: textDiff(before[section], after[section]),
  }));
  const sections = ITEM_SECTIONS.map((section) => ({
    section,
    changes: compareItems(before[section], after[section]),
  })).filter((s) => s.changes.length > 0);
  const indicators = compareIndicators(before, after);
  const changeCount = texts.length + sections.reduce((n, s) => n + s.changes.length, 0) + indicators.length;
  return { texts, sections, indicators, changeCount };
}

function compareItems(before: ChangeModelItem[], after: ChangeModelItem[]): ItemChange[] {
  const afterIds = new Set(after.map((i) => i.id));
  const beforeById = new Map(before.map((item, index) => [item.id, { item, index }]));
  // An item moved when its place among the items both versions have changed.
  const keptBefore = before.filter((i) => afterIds.has(i.id)).map((i) => i.id);
  const keptAfter = after.filter((i) => beforeById.has(i.id)).map((i) => i.id);
  const changes: ItemChange[] = [];
  after.forEach((item, index) => {
    const old = beforeById.get(item.id);
    if (!old) {
      changes.push({
        kind: 'added',
        id: item.id,
        before: null,
        after: item.text,
        diff: null,
        fromPosition: null,
        toPosition: index + 1,
      });
      return;
    }
    const moved = keptBefore.indexOf(item.id) !== keptAfter.indexOf(item.id);
    if (old.item.text !== item.text) {
      changes.push({
        kind: 'changed',
        id: item.id,
        before: old.item.text,
        after: item.text,
        diff: textDiff(old.item.text, item.text),
        fromPosition: old.index + 1,
        toPosition: index + 1,
      });
    } else if (moved) {
      changes.push({
        kind: 'moved',
        id: item.id,
        before: old.item.text,
        after: item.text,
        diff: null,
        fromPosition: old.index + 1,
        toPosition: index + 1,
      });
    }
  });
  before.forEach((item, index) => {
    if (!afterIds.has(item.id)) {
      changes.push({
        kind: 'removed',
        id: item.id,
        before: item.text,
        after: null,
        diff: null,
        fromPosition: index + 1,
        toPosition: null,
      });
    }
  });
  return changes;
}

type FieldChange = IndicatorChange['fields'][number];

function compareIndicators(before: ChangeModelContent, after: ChangeModelContent): IndicatorChange[] {
  const outcomeText = (content: ChangeModelContent, id: string | null) =>
    id === null
      ? null
      : ([...content.shortTermOutcomes, ...content.longTermOutcomes].find((o) => o.id === id)?.text ?? null);
  const fieldsOf = (
    content: ChangeModelContent,
    i: Indicator,
  ): Record<FieldChange['field'], FieldChange['before']> => ({
    name: i.name,
    outcome: outcomeText(content, i.outcomeId),
    dataSource: i.dataSource,
    baseline: i.baseline,
    target: i.target,
    unit: i.unit,
    whenText: i.measuredWhen.text,
    whenDates: i.measuredWhen.dates,
  });
  const diffFields = (
    a: Record<FieldChange['field'], FieldChange['before']> | null,
    b: Record<FieldChange['field'], FieldChange['before']> | null,
  ) => {
    const keys = Object.keys(a ?? b ?? {}) as FieldChange['field'][];
    return keys
      .map((field) => ({ field, before: a?.[field] ?? null, after: b?.[field] ?? null }))
      .filter((f) => JSON.stringify(f.before) !== JSON.stringify(f.after));
  };
  const beforeByKey = new Map(before.indicators.map((i) => [i.key, i]));
  const afterKeys = new Set(after.indicators.map((i) => i.key));
  const changes: IndicatorChange[] = [];
  for (const i of after.indicators) {
    const old = beforeByKey.get(i.key);
    const fields = diffFields(old ? fieldsOf(before, old) : null, fieldsOf(after, i));
    if (!old) changes.push({ kind: 'added', key: i.key, name: i.name, fields });
    else if (fields.length > 0) changes.push({ kind: 'changed', key: i.key, name: i.name, fields });
  }
  for (const i of before.indicators) {
    if (!afterKeys.has(i.key))
      changes.push({ kind: 'removed', key: i.key, name: i.name, fields: diffFields(fieldsOf(before, i), null) });
  }
  return changes;
}
