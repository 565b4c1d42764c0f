import { ResponsiveTable } from '../../../components/ResponsiveTable.js';
import { formatDate, formatNumber } from '../../../i18n/format.js';
import { useT } from '../../../i18n/i18n.js';
import type { CourseDashboard } from './api.js';

type Indicator = CourseDashboard['indicators'][number];

function Progress({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const d = t.dashboard;
  if (indicator.progressPercent === null) return <span className="text-muted">{d.notMeasured}</span>;
  const percent = Math.round(indicator.progressPercent);
  return (
    <>
      <progress max={100} value={Math.max(0, Math.min(100, percent))} aria-hidden="true" />{' '}
      <span>{d.progressText(percent)}</span>
    </>
  );
}

/** Each indicator's latest measurement against its baseline and target, in numbers and words (not colour alone). */
export function IndicatorTable({ indicators }: { indicators: Indicator[] }) {
  const t = useT();
  const d = t.dashboard;
  const value = (n: number | null, unit: string) => (n === null ? '–' : `${formatNumber(t, n)} ${unit}`.trim());
  return (
    <section aria-labelledby="dashboard-indicators-heading" className="mt-6">
      <h2 id="dashboard-indicators-heading">{d.indicatorsHeading}</h2>
      {indicators.length === 0 ? (
        <p>{d.noIndicators}</p>
      ) : (
        <ResponsiveTable caption={d.indicatorCaption}>
          <thead>
            <tr>
              <th scope="col">{d.indicator}</th>
              <th scope="col">{d.baseline}</th>
              <th scope="col">{d.target}</th>
              <th scope="col">{d.latest}</th>
              <th scope="col">{d.progress}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.key}>
                <th scope="row">
                  {i.name}
                  {i.due ? (
                    <>
                      {' '}
                      <span className="badge badge-warning">{d.due}</span>
                    </>
                  ) : null}
                </th>
                <td>{value(i.baseline, i.unit)}</td>
                <td>{value(i.target, i.unit)}</td>
                <td>
                  {i.latest
                    ? `${value(i.latest.value, i.unit)} (${formatDate(t, i.latest.measuredOn)})`
                    : d.notMeasured}
                </td>
                <td>
                  <Progress indicator={i} />
                </td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
    </section>
  );
}
