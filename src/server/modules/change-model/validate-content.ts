import { ITEM_SECTIONS, type ChangeModelContent } from '../../../shared/contracts/change-model.js';
import { fitsUnit, unitRangeMessage } from '../../../shared/contracts/indicator-units.js';
import { AppError, type FieldError } from '../../core/errors.js';

/**
 * What the contract cannot see field by field: item ids unique across the
 * model, indicator keys unique, an indicator's outcome one of the model's
 * outcomes, a target that differs from the baseline, baseline and target
 * within the unit's range (0–100 for per cent), planned dates once.
 */
export function contentErrors(content: ChangeModelContent): FieldError[] {
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  for (const section of ITEM_SECTIONS) {
    content[section].forEach((item, i) => {
      if (ids.has(item.id))
        errors.push({ field: `content.${section}.${i}.id`, message: 'To punkter i modellen har samme id' });
      ids.add(item.id);
    });
  }
  const outcomes = new Set([...content.shortTermOutcomes, ...content.longTermOutcomes].map((o) => o.id));
  const keys = new Set<string>();
  content.indicators.forEach((indicator, i) => {
    const field = (name: string) => `content.indicators.${i}.${name}`;
    if (keys.has(indicator.key)) errors.push({ field: field('key'), message: 'To indikatorer har samme nøgle' });
    keys.add(indicator.key);
    if (indicator.outcomeId !== null && !outcomes.has(indicator.outcomeId)) {
      errors.push({
        field: field('outcomeId'),
        message: 'Vælg et af modellens kortsigtede eller langsigtede resultater',
      });
    }
    for (const name of ['baseline', 'target'] as const) {
      const value = indicator[name];
      if (value !== null && !fitsUnit(value, indicator.unit)) {
        errors.push({
          field: field(name),
          message: unitRangeMessage(indicator.unit) ?? 'Tallet passer ikke til enheden',
        });
      }
    }
    if (indicator.baseline !== null && indicator.baseline === indicator.target) {
      errors.push({ field: field('target'), message: 'Målet skal være forskelligt fra udgangspunktet' });
    }
    const dates = indicator.measuredWhen.dates;
    dates.forEach((d, j) => {
      if (dates.indexOf(d) !== j)
        errors.push({ field: field(`measuredWhen.dates.${j}`), message: 'Datoen står der allerede' });
    });
  });
  return errors;
}

export function assertContentValid(content: ChangeModelContent): void {
  const errors = contentErrors(content);
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
}
