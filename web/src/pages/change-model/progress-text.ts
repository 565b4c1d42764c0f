import type { Messages } from '../../i18n/da.js';
import { formatNumber } from '../../i18n/format.js';
import type { IndicatorWithMeasurements } from './api.js';

export const valueText = (t: Messages, value: number | null, unit: string) =>
  value === null ? t.common.none : `${formatNumber(t, value)}${unit ? ` ${unit}` : ''}`;

/** The progress in words (never only a bar's length or colour). */
export function progressText(t: Messages, i: IndicatorWithMeasurements): string {
  const m = t.changeModel;
  const p = i.progressPercent;
  if (p === null) return m.progressUnknown;
  const percent = `${formatNumber(t, p)} %`;
  if (p >= 100) return m.progressReached(percent);
  if (p < 0) return m.progressAway(percent);
  return m.progressText(percent);
}

/** The bar's length: 0–100 (beyond the target is a full bar, away from it an empty one). */
export const barValue = (p: number) => Math.min(100, Math.max(0, p));
