import type { Measurement, RecordMeasurementRequest } from '../../../shared/contracts/change-model.js';
import { fitsUnit, unitRangeMessage } from '../../../shared/contracts/indicator-units.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden } from '../../core/errors.js';
import { danishToday } from '../../time/danish-today.js';
import { loadVisibleCourse } from '../courses/index.js';
import * as repo from './repository.js';
import { parseStoredContent } from './stored-content.js';
import type { Context } from '../../core/context.js';

/** Values are stored with four decimals (numeric(14,4)); the answer says what was stored. */
const FOUR_DECIMALS = 10_000;

/** Records a measured value of one of the current change model's indicators. */
export async function recordMeasurement(
  ctx: Context,
  courseId: string,
  key: string,
  input: RecordMeasurementRequest,
): Promise<Measurement> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  if (!ctx.access.may('measurement.record', course)) throw forbidden();
  const current = await repo.currentVersion(tx, courseId);
  const indicators = current ? parseStoredContent(current.content).indicators : [];
  const indicator = indicators.find((i) => i.key === key);
  if (!indicator) {
    throw new AppError('not_found', { detail: 'Indikatoren findes ikke i forløbets gældende forandringsmodel.' });
  }
  if (!fitsUnit(input.value, indicator.unit)) {
    throw new AppError('validation_failed', {
      errors: [{ field: 'value', message: unitRangeMessage(indicator.unit) ?? 'Tallet passer ikke til enheden' }],
    });
  }
  if (input.measuredOn > danishToday(ctx.now)) {
    throw new AppError('validation_failed', {
      errors: [{ field: 'measuredOn', message: 'Datoen for målingen kan ikke ligge i fremtiden' }],
    });
  }
  const value = Math.round(input.value * FOUR_DECIMALS) / FOUR_DECIMALS + 0;
  const id = await repo.insertMeasurement(tx, {
    courseId,
    indicatorKey: key,
    measuredOn: input.measuredOn,
    value,
    note: input.note,
    recordedBy: actor.userId,
  });
  await writeAudit(tx, actor, {
    action: 'indicator.measure',
    entityType: 'change_model',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: { indicatorKey: key, measuredOn: input.measuredOn, measurementId: id },
  });
  return {
    id,
    indicatorKey: key,
    measuredOn: input.measuredOn,
    value,
    note: input.note,
    recordedBy: actor.name,
    recordedAt: ctx.now.toISOString(),
    deletable: true,
  };
}
