import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Municipality } from '../../api/contracts.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FilterForm } from '../../components/FilterForm.js';
import { useFilterParams } from '../../components/filter-params.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useMunicipalities, useRegions } from './api.js';

const PARAMS = { region: 'region', q: 'q' };

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
  const { filter, draft, set, submit } = useFilterParams(PARAMS);
  const { region, q } = filter;
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

  return (
    <>
      <h1>{t.municipalities.title}</h1>
      <p className="font-lead">{t.municipalities.intro}</p>
      <FilterForm onSubmit={submit}>
        <SelectField
          id="municipalities-region"
          label={t.municipalities.region}
          value={draft.region}
          onChange={set('region')}
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
          onChange={set('q')}
        />
      </FilterForm>

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
              <ResponsiveTable
                caption={t.municipalities.caption(g.name, g.items.length)}
                className="table table--zebra table--compact"
              >
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
              </ResponsiveTable>
            </section>
          ))}
        </>
      ) : (
        <QueryStatus query={municipalities} />
      )}
    </>
  );
}
