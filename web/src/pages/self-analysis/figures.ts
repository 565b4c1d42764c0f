import type { FigureUnit } from '../../../../src/shared/contracts/self-analysis.js';
import { formatDate } from '../../i18n/format.js';
import type { Messages } from '../../i18n/da.js';
import type { PrefilledFigure } from './api.js';

/** A figure in words: '1.234', '37,5 %', '2,5 årsværk'; 'Ikke oplyst' when empty. */
export function figureText(t: Messages, value: number | null, unit: FigureUnit): string {
  if (value === null) return t.selfAnalysis.notGiven;
  const n = new Intl.NumberFormat(t.intlLocale, { maximumFractionDigits: unit === 'count' ? 0 : 2 }).format(value);
  return t.selfAnalysis.figureValue[unit](n);
}

/**
 * A prefilled figure as the tables show it: its value, whether it is marked
 * "Fra Indsats", and where and when it was read – or, for the well-being
 * figures, that they follow with the well-being assessments.
 */
export function prefilledText(
  t: Messages,
  figure: PrefilledFigure | undefined,
  unit: FigureUnit,
): { value: string; fromIndsats: boolean; detail: string } {
  const s = t.selfAnalysis;
  if (!figure || figure.source === 'well_being')
    return { value: s.none, fromIndsats: false, detail: s.wellBeingPending };
  const date = figure.asOf ? formatDate(t, figure.asOf) : s.none;
  if (figure.source === 'application') {
    return {
      value: figure.value === null ? s.notInApplication : figureText(t, figure.value, unit),
      fromIndsats: true,
      detail: s.applicationOn(date),
    };
  }
  return { value: figureText(t, figure.value, unit), fromIndsats: true, detail: s.readOn(date) };
}
