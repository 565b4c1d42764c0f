import { Icon } from '../../components/Icon.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { IndicatorWithMeasurements } from './api.js';
import { barValue, progressText, valueText } from './progress-text.js';

/** Each indicator's latest measurement against baseline and target: numbers, a bar and the same in words. */
export function ProgressTable({ indicators }: { indicators: IndicatorWithMeasurements[] }) {
  const t = useT();
  const m = t.changeModel;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra cm-progress">
        <caption className="sr-only">{m.progressCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.indicator}</th>
            <th scope="col">{m.baseline}</th>
            <th scope="col">{m.target}</th>
            <th scope="col">{m.latest}</th>
            <th scope="col">{m.progress}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.key}>
              <th scope="row">{i.name}</th>
              <td>{valueText(t, i.baseline, i.unit)}</td>
              <td>{valueText(t, i.target, i.unit)}</td>
              <td>
                {i.latest
                  ? m.latestValue(valueText(t, i.latest.value, i.unit), formatDate(t, i.latest.measuredOn))
                  : m.notMeasured}
              </td>
              <td>
                {i.progressPercent === null ? null : (
                  <progress
                    className="cm-bar"
                    max={100}
                    value={barValue(i.progressPercent)}
                    aria-label={m.progressLabel(i.name)}
                  />
                )}
                <span className="cm-progress-text">{progressText(t, i)}</span>
                {i.progressPercent === null ? <span className="form-hint">{m.progressUnknownHint}</span> : null}
                {i.due ? (
                  <span className="cm-due">
                    <Icon name="warning" /> {m.due}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
