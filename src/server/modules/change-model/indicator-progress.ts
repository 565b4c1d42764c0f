import type { Indicator, IndicatorProgress } from '../../../shared/contracts/change-model.js';
import type { Queryable } from '../../db/client.js';
import { parseStoredContent } from './stored-content.js';
import * as repo from './repository.js';

/**
 * How far `latest` has come from `baseline` towards `target`, in per cent with
 * one decimal: 0 at the baseline, 100 at the target, over 100 beyond it and
 * negative when the value moved away. The same formula serves a target below
 * the baseline (fewer absences, say): both differences are then negative.
 * Null when a number is missing or baseline and target are equal.
 */
export function progressPercent(baseline: number | null, target: number | null, latest: number | null): number | null {
  if (baseline === null || target === null || latest === null || target === baseline) return null;
  const percent = ((latest - baseline) / (target - baseline)) * 100;
  return Math.round(percent * 10) / 10 + 0; // + 0 turns -0 into 0
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * Whether a measurement is due: the latest planned date that has passed
 * (on or before today) has no measurement for it. A measurement counts for a
 * planned date when it was taken after the halfway point from the previous
 * planned date (so one taken a little early counts, the previous round's does
 * not); for the first planned date any measurement counts.
 */
export function isDue(plannedDates: string[], measuredOn: string[], today: string): boolean {
  const passed = [...new Set(plannedDates)].filter((d) => d <= today).sort();
  const last = passed.at(-1);
  if (last === undefined) return false;
  const previous = passed.at(-2);
  const from = previous === undefined ? -Infinity : (dayNumber(previous) + dayNumber(last)) / 2;
  return !measuredOn.some((d) => dayNumber(d) > from);
}

/** One indicator's progress from its measurements, newest first. */
export function progressOf(
  indicator: Indicator,
  newestFirst: { value: number; measuredOn: string }[],
  today: string,
): IndicatorProgress {
  const latest = newestFirst[0] ?? null;
  return {
    key: indicator.key,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    target: indicator.target,
    latest: latest ? { value: latest.value, measuredOn: latest.measuredOn } : null,
    progressPercent: progressPercent(indicator.baseline, indicator.target, latest?.value ?? null),
    due: isDue(
      indicator.measuredWhen.dates,
      newestFirst.map((m) => m.measuredOn),
      today,
    ),
  };
}

/**
 * Each indicator of the course's current change model with its latest
 * measurement against baseline and target – for the course dashboard. Empty
 * while no model is saved. The caller has checked that the course is visible.
 */
export async function indicatorProgress(q: Queryable, courseId: string, today: string): Promise<IndicatorProgress[]> {
  // The newest measurement of each indicator decides both its progress and whether one is due.
  // Both reads go together (db/batching-client.ts); a measurement of an indicator since removed is left out below.
  const [current, rows] = await Promise.all([
    repo.currentVersion(q, courseId),
    repo.recentMeasurements(q, courseId, null, 1),
  ]);
  if (!current) return [];
  const { indicators } = parseStoredContent(current.content);
  return indicators.map((i) =>
    progressOf(
      i,
      rows.filter((r) => r.indicatorKey === i.key),
      today,
    ),
  );
}
