import type {
  ChangeModelVersionSummary,
  IndicatorWithMeasurements,
  Indicator,
  Measurement,
} from '../../../shared/contracts/change-model.js';
import type { Access, CourseFacts } from '../../access/index.js';
import { progressOf } from './indicator-progress.js';
import type { MeasurementRow } from './repository.js';

export function presentVersionSummary(row: {
  version: number;
  note: string;
  savedAt: Date;
  savedBy: string;
}): ChangeModelVersionSummary {
  return { version: row.version, note: row.note, savedAt: row.savedAt.toISOString(), savedBy: row.savedBy };
}

export function presentMeasurement(access: Access, course: CourseFacts, row: MeasurementRow): Measurement {
  return {
    id: row.id,
    indicatorKey: row.indicatorKey,
    measuredOn: row.measuredOn,
    value: row.value,
    note: row.note,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
    deletable: access.may('measurement.delete', { course, recordedBy: row.recordedById }),
  };
}

/** Each indicator with its progress and its newest measurements (rows newest first, any keys). */
export function presentIndicators(
  access: Access,
  course: CourseFacts,
  indicators: Indicator[],
  rows: MeasurementRow[],
  today: string,
): IndicatorWithMeasurements[] {
  return indicators.map((indicator) => {
    const own = rows.filter((r) => r.indicatorKey === indicator.key);
    return {
      ...progressOf(indicator, own, today),
      measurements: own.map((r) => presentMeasurement(access, course, r)),
      measurementCount: own[0]?.total ?? 0,
    };
  });
}
