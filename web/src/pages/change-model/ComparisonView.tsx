import type { Messages } from '../../i18n/da.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { ChangeModelComparison } from './api.js';
import { TextDiffView } from './TextDiffView.js';

type FieldValue = ChangeModelComparison['indicators'][number]['fields'][number]['before'];

function fieldText(t: Messages, field: string, value: FieldValue): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t.common.none;
  if (typeof value === 'number') return formatNumber(t, value);
  if (Array.isArray(value)) return value.map((d) => (field === 'whenDates' ? formatDate(t, d) : d)).join(', ');
  return value;
}

/** Two versions' differences: texts word by word, items per section, indicators field by field. */
export function ComparisonView({ comparison }: { comparison: ChangeModelComparison }) {
  const t = useT();
  const m = t.changeModel;
  const { from, to } = comparison;
  return (
    <section aria-labelledby="cm-comparison-heading" className="mt-6 cm-comparison" tabIndex={-1} id="cm-comparison">
      <h3 id="cm-comparison-heading">{m.comparisonHeading(from.version, to.version)}</h3>
      <p>{m.changeCount(comparison.changeCount)}</p>
      {comparison.texts.map((x) => (
        <div key={x.section}>
          <h4>{m.sections[x.section]}</h4>
          <p>
            <TextDiffView diff={x.diff} />
          </p>
        </div>
      ))}
      {comparison.sections.map((s) => (
        <div key={s.section}>
          <h4>{m.sections[s.section]}</h4>
          <ul>
            {s.changes.map((c) => (
              <li key={`${c.kind}-${c.id}`}>
                <strong>{m.kinds[c.kind]}</strong>
                {c.kind === 'moved' && c.fromPosition !== null && c.toPosition !== null
                  ? ` ${m.movedText(c.fromPosition, c.toPosition)}`
                  : null}
                {': '}
                {c.kind === 'changed' && c.diff ? (
                  <TextDiffView diff={c.diff} />
                ) : c.kind === 'removed' ? (
                  <del>{c.before}</del>
                ) : (
                  c.after
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {comparison.indicators.length > 0 ? <h4>{m.sections.indicators}</h4> : null}
      {comparison.indicators.map((c) => (
        <div key={`${c.kind}-${c.key}`} className="mb-4">
          <p className="mb-2">
            <strong>{m.kinds[c.kind]}</strong>: {c.name}
          </p>
          {c.kind === 'changed' ? (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="sr-only">{m.fieldCaption(c.name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.field}</th>
                    <th scope="col">{m.before}</th>
                    <th scope="col">{m.after}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.fields.map((f) => (
                    <tr key={f.field}>
                      <th scope="row">{m.indicatorFields[f.field]}</th>
                      <td>{fieldText(t, f.field, f.before)}</td>
                      <td>{fieldText(t, f.field, f.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ))}
    </section>
  );
}
