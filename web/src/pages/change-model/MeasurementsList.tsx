import { useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { formatInstant } from '../applications/time.js';
import { useDeleteMeasurement, type IndicatorWithMeasurements, type Measurement } from './api.js';
import { valueText } from './progress-text.js';

/** Each indicator's newest measurements (folded away), with delete for those the server allows. */
export function MeasurementsList({
  courseId,
  indicators,
}: {
  courseId: string;
  indicators: IndicatorWithMeasurements[];
}) {
  const t = useT();
  const m = t.changeModel;
  const remove = useDeleteMeasurement(courseId);
  const [asked, setAsked] = useState<{ indicator: IndicatorWithMeasurements; measurement: Measurement } | null>(null);
  const [deleted, setDeleted] = useState(false);
  const confirm = () => {
    if (!asked) return;
    remove.mutate(
      { key: asked.indicator.key, id: asked.measurement.id },
      {
        onSuccess: () => setDeleted(true),
        onSettled: () => setAsked(null),
      },
    );
  };
  return (
    <div className="mt-6 cm-no-print">
      {deleted ? <Alert variant="success" heading={m.deleted} /> : null}
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      {indicators.map((i) => (
        <details key={i.key} className="mt-3">
          <summary>{m.measurementsSummary(i.name, i.measurementCount)}</summary>
          {i.measurements.length === 0 ? (
            <p>{m.noMeasurements}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="sr-only">{m.measurementsCaption(i.name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.measuredOn}</th>
                    <th scope="col">{m.value}</th>
                    <th scope="col">{m.note}</th>
                    <th scope="col">{m.recordedBy}</th>
                    <th scope="col">
                      <span className="sr-only">{m.actions}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {i.measurements.map((x) => (
                    <tr key={x.id}>
                      <th scope="row">{formatDate(t, x.measuredOn)}</th>
                      <td>{valueText(t, x.value, i.unit)}</td>
                      <td className="cm-pre">{x.note || t.common.none}</td>
                      <td>
                        {x.recordedBy}, {formatInstant(t, x.recordedAt)}
                      </td>
                      <td>
                        {x.deletable ? (
                          <button
                            type="button"
                            className="button button-tertiary"
                            onClick={() => {
                              setDeleted(false);
                              setAsked({ indicator: i, measurement: x });
                            }}
                          >
                            {m.deleteMeasurement(formatDate(t, x.measuredOn))}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {i.measurementCount > i.measurements.length ? (
            <p className="form-hint">{m.olderMeasurements(i.measurements.length, i.measurementCount)}</p>
          ) : null}
        </details>
      ))}
      <ConfirmDialog
        open={asked !== null}
        heading={m.deleteHeading}
        confirmLabel={m.deleteConfirm}
        onConfirm={confirm}
        onClose={() => setAsked(null)}
        busy={remove.isPending}
      >
        {asked ? (
          <p>
            {m.deleteText(
              asked.indicator.name,
              valueText(t, asked.measurement.value, asked.indicator.unit),
              formatDate(t, asked.measurement.measuredOn),
            )}
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
