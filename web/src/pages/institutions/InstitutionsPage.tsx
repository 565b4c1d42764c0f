import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { INSTITUTION_KINDS } from '../../../../src/shared/roles.js';
import { useSession } from '../../auth/session.js';
import { SelectField, TextField } from '../../components/fields.js';
import { usePageTitle } from '../../components/page.js';
import { PageSummary, Pagination } from '../../components/Pagination.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useMunicipalities } from '../municipalities/api.js';
import { useInstitutions } from './api.js';

const PAGE_SIZE = 20;

/** The institutions the role may see: filter by kind (and municipality for the agency), search, pages. */
export function InstitutionsPage() {
  const t = useT();
  usePageTitle(t.institutions.title);
  const session = useSession();
  const national = session.role === 'national_admin';
  const [params, setParams] = useSearchParams();
  const filter = {
    kind: params.get('type') ?? '',
    q: params.get('q') ?? '',
    municipality: params.get('kommune') ?? '',
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(filter);
  const municipalities = useMunicipalities();
  const query = useInstitutions({ ...filter, page, pageSize: PAGE_SIZE });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draft.kind) next.set('type', draft.kind);
    if (draft.q.trim()) next.set('q', draft.q.trim());
    if (draft.municipality) next.set('kommune', draft.municipality);
    setParams(next);
  };

  const data = query.data;
  return (
    <>
      <h1>{t.institutions.title}</h1>
      <p className="font-lead">{t.institutions.intro}</p>
      <form className="filter-bar" onSubmit={submit} role="search">
        <TextField id="institutions-q" label={t.institutions.search} type="search" value={draft.q} onChange={(v) => setDraft({ ...draft, q: v })} />
        <SelectField
          id="institutions-kind"
          label={t.institutions.kind}
          value={draft.kind}
          onChange={(v) => setDraft({ ...draft, kind: v })}
          options={[{ value: '', label: t.institutions.allKinds }, ...INSTITUTION_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))]}
        />
        {national ? (
          <SelectField
            id="institutions-municipality"
            label={t.institutions.municipality}
            value={draft.municipality}
            onChange={(v) => setDraft({ ...draft, municipality: v })}
            options={[
              { value: '', label: t.institutions.allMunicipalities },
              ...(municipalities.data ?? []).map((m) => ({ value: m.code, label: m.name })),
            ]}
          />
        ) : null}
        <button type="submit" className="button button-secondary">
          {t.common.search}
        </button>
      </form>

      {!data ? (
        <QueryStatus query={query} />
      ) : data.items.length === 0 ? (
        <p className="mt-6" role="status">
          {t.institutions.noResults}
        </p>
      ) : (
        <>
          <PageSummary page={data.page.page} pageSize={data.page.pageSize} total={data.page.total} shown={data.items.length} />
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <caption className="sr-only">{t.institutions.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.institutions.name}</th>
                  <th scope="col">{t.institutions.kind}</th>
                  <th scope="col">{t.institutions.address}</th>
                  <th scope="col">{t.institutions.municipality}</th>
                  <th scope="col" className="numeric">
                    {t.institutions.groups}
                  </th>
                  <th scope="col" className="numeric">
                    {t.institutions.children}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((i) => (
                  <tr key={i.id}>
                    <th scope="row">
                      <Link to={`/dagtilbud/${i.id}`}>{i.name}</Link>
                    </th>
                    <td>{t.kinds[i.kind]}</td>
                    <td>{i.address}</td>
                    <td>{i.municipalityName}</td>
                    <td className="numeric">{formatNumber(t, i.groupCount)}</td>
                    <td className="numeric">{formatNumber(t, i.childCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={data.page.page} pageSize={data.page.pageSize} total={data.page.total} />
        </>
      )}
    </>
  );
}
