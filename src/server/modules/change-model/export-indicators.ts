import type { Cell, Sheet } from '../../documents/index.js';
import { writeAudit } from '../../audit/write-audit.js';
import { loadVisibleCourse } from '../courses/index.js';
import { progressPercent } from './indicator-progress.js';
import * as repo from './repository.js';
import { parseStoredContent } from './stored-content.js';
import type { Context } from '../../core/context.js';

/** More than any course records per indicator in a year; the sheet stays bounded. */
const MEASUREMENTS_PER_INDICATOR = 5000;
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * The change model's indicators with their measurements as Excel (issue 11
 * point 7), for whoever reads the course: one sheet with each indicator's
 * source, unit, baseline, target, latest value and progress, one with every
 * measurement. Who recorded a measurement is named, so the export is logged.
 */
export async function exportIndicators(ctx: Context, courseId: string): Promise<{ sheets: Sheet[]; filename: string }> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  const current = await repo.currentVersion(tx, courseId);
  const indicators = current ? parseStoredContent(current.content).indicators : [];
  const rows =
    indicators.length > 0
      ? await repo.recentMeasurements(
          tx,
          courseId,
          indicators.map((i) => i.key),
          MEASUREMENTS_PER_INDICATOR,
        )
      : [];
  await writeAudit(tx, actor, {
    action: 'export.xlsx',
    entityType: 'course',
    entityId: course.id,
    municipalityCode: course.municipalityCode,
    details: { kind: 'change_model', rows: indicators.length + rows.length },
  });

  const overview: Sheet = {
    name: 'Indikatorer',
    columns: [
      { header: 'Indikator', width: 40 },
      { header: 'Datakilde', width: 30 },
      { header: 'Enhed', width: 12 },
      { header: 'Udgangspunkt', format: '0.##' },
      { header: 'Mål', format: '0.##' },
      { header: 'Seneste måling', format: '0.##' },
      { header: 'Målt den', format: 'dd-mm-yyyy' },
      { header: 'Fremskridt mod målet (%)', format: '0' },
      { header: 'Målinger' },
    ],
    rows: indicators.map((indicator): Cell[] => {
      // Newest first (the repository's order).
      const own = rows.filter((r) => r.indicatorKey === indicator.key);
      const latest = own[0] ?? null;
      return [
        indicator.name,
        indicator.dataSource,
        indicator.unit,
        indicator.baseline,
        indicator.target,
        latest?.value ?? null,
        latest ? day(latest.measuredOn) : null,
        progressPercent(indicator.baseline, indicator.target, latest?.value ?? null),
        own.length,
      ];
    }),
  };
  const nameOf = new Map(indicators.map((i) => [i.key, i] as const));
  const measurements: Sheet = {
    name: 'Målinger',
    columns: [
      { header: 'Indikator', width: 40 },
      { header: 'Dato', format: 'dd-mm-yyyy' },
      { header: 'Værdi', format: '0.##' },
      { header: 'Enhed', width: 12 },
      { header: 'Note', width: 50 },
      { header: 'Registreret af', width: 24 },
    ],
    rows: rows.map((r): Cell[] => [
      nameOf.get(r.indicatorKey)?.name ?? r.indicatorKey,
      day(r.measuredOn),
      r.value,
      nameOf.get(r.indicatorKey)?.unit ?? '',
      r.note,
      r.recordedBy,
    ]),
  };
  return { sheets: [overview, measurements], filename: 'Forandringsmodel indikatorer og målinger.xlsx' };
}
