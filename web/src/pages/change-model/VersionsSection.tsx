import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { SelectField } from '../../components/fields.js';
import { Loading } from '../../components/Loading.js';
import { useT } from '../../i18n/i18n.js';
import { formatInstant } from '../applications/time.js';
import { useComparison, type ChangeModel } from './api.js';
import { ComparisonView } from './ComparisonView.js';

/** The saved versions, newest first, and a comparison of any two of them. */
export function VersionsSection({ model }: { model: ChangeModel }) {
  const t = useT();
  const m = t.changeModel;
  const items = model.versions.items;
  const [from, setFrom] = useState(String(items[1]?.version ?? ''));
  const [to, setTo] = useState(String(items[0]?.version ?? ''));
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const comparison = useComparison(model.courseId, pair);
  useEffect(() => {
    if (comparison.data) document.getElementById('cm-comparison')?.focus();
  }, [comparison.data]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPair({ from: Number(from), to: Number(to) });
  };
  const options = items.map((v) => ({
    value: String(v.version),
    label: m.versionOption(v.version, formatInstant(t, v.savedAt)),
  }));
  return (
    <section aria-labelledby="cm-versions-heading" className="mt-8 cm-no-print">
      <h2 id="cm-versions-heading">{m.versionsHeading}</h2>
      {items.length === 0 ? (
        <p>{m.noVersions}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{m.versionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.version}</th>
                <th scope="col">{m.savedAt}</th>
                <th scope="col">{m.savedBy}</th>
                <th scope="col">{m.note}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.version}>
                  <th scope="row">{v.version}</th>
                  <td>{formatInstant(t, v.savedAt)}</td>
                  <td>{v.savedBy}</td>
                  <td className="cm-pre">{v.note || t.common.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {model.versions.total > items.length ? (
        <p className="form-hint">{m.moreVersions(items.length, model.versions.total)}</p>
      ) : null}
      <h3 className="mt-6">{m.compareHeading}</h3>
      {items.length < 2 ? (
        <p>{m.needTwoVersions}</p>
      ) : (
        <form onSubmit={submit} className="cm-compare-form" aria-label={m.compareHeading}>
          <SelectField id="cm-compare-from" label={m.compareFrom} value={from} onChange={setFrom} options={options} />
          <SelectField id="cm-compare-to" label={m.compareTo} value={to} onChange={setTo} options={options} />
          <button type="submit" className="button button-secondary">
            {m.compare}
          </button>
        </form>
      )}
      {pair && comparison.isPending ? <Loading /> : null}
      {comparison.isError ? <ErrorAlert error={comparison.error} /> : null}
      {comparison.data ? <ComparisonView comparison={comparison.data} /> : null}
    </section>
  );
}
