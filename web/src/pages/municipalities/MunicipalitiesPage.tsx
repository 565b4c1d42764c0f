import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Municipality } from '../../api/contracts.js';
import { SelectField, TextField } from '../../components/fields.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useMunicipalities, useRegions } from './api.js';

function matches(m: Municipality, region: string, q: string): boolean {
  if (region && m.regionCode !== region) return false;
  if (!q) return true;
  const needle = q.toLocaleLowerCase('da');
  return m.name.toLocaleLowerCase('da').includes(needle) || m.code.includes(needle);
}

/** All 98 municipalities, grouped by region; filter by region and search by name or code. */
export function MunicipalitiesPage() {
  const t = useT();
  usePageTitle(t.municipalities.title);
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? '';
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState({ region, q });
  const regions = useRegions();
  const municipalities = useMunicipalities();

  const groups = useMemo(() => {
    const shown = (municipalities.data ?? []).filter((m) => matches(m, region, q.trim()));
    const byRegion = new Map<string, { name: string; items: Municipality[] }>();
    for (const m of shown) {
      const g = byRegion.get(m.regionCode) ?? { name: m.regionName, items: [] };
      g.items.push(m);
      byRegion.set(m.regionCode, g);
    }
    return { count: shown.length, list: [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b)) };
  }, [municipalities.data, region, q]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draft.region) next.set('region', draft.region);
    if (draft.q.trim()) next.set('q', draft.q.trim());
    setParams(next);
  };

  return (
    <>
      <h1>{t.municipalities.title}</h1>
      <p className="font-lead">{t.municipalities.intro}</p>
      <form className="filter-bar" onSubmit={submit} role="search">
        <SelectField
          id="municipalities-region"
          label={t.municipalities.region}
          value={draft.region}
          onChange={(v) => setDraft((d) => ({ ...d, region: v }))}
          options={[
            { value: '', label: t.municipalities.allRegions },
            ...(regions.data ?? []).map((r) => ({ value: r.code, label: r.name })),
          ]}
        />
        <TextField
          id="municipalities-q"
          label={t.municipalities.search}
          hint={t.municipalities.searchHint}
          type="search"
          value={draft.q}
          onChange={(v) => setDraft((d) => ({ ...d, q: v }))}
        />
        <button type="submit" className="button button-secondary">
          {t.common.search}
        </button>
      </form>

      {municipalities.data ? (
        <>
          <p aria-live="polite" aria-atomic="true" className="mt-5">
            {groups.count === 0 ? t.municipalities.noResults : t.municipalities.results(groups.count)}
          </p>
          {groups.list.map(([code, g]) => (
            <section key={code} aria-labelledby={`region-${code}`} className="mt-7">
              <h2 id={`region-${code}`} className="h3">
                {t.municipalities.caption(g.name, g.items.length)}
              </h2>
              <div className="table--responsive-scroll">
              <table className="table table--zebra table--compact">
                <caption className="sr-only">{t.municipalities.caption(g.name, g.items.length)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.municipalities.name}</th>
                    <th scope="col">{t.municipalities.code}</th>
                    <th scope="col" className="numeric">
                      {t.municipalities.population}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {g.items.map((m) => (
                    <tr key={m.code}>
                      <th scope="row">
                        <Link to={`/kommuner/${m.code}`}>{m.name}</Link>
                      </th>
                      <td>{m.code}</td>
                      <td className="numeric">{formatNumber(t, m.population)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            </section>
          ))}
        </>
      ) : (
        <QueryStatus query={municipalities} />
      )}
    </>
  );
}
