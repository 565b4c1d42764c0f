import { Link } from 'react-router';
import { INSTITUTION_KINDS } from '../../../../src/shared/roles.js';
import { useSession } from '../../auth/session.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FilterForm } from '../../components/FilterForm.js';
import { useFilterParams } from '../../components/filter-params.js';
import { usePageTitle } from '../../components/page.js';
import { PagedResults } from '../../components/PagedResults.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { MunicipalitySelect } from '../municipalities/MunicipalitySelect.js';
import { useInstitutions } from './api.js';

const PAGE_SIZE = 20;
const PARAMS = { kind: 'type', q: 'q', municipality: 'kommune' };

/** The institutions the role may see: filter by kind (and municipality for the agency), search, pages. */
export function InstitutionsPage() {
  const t = useT();
  usePageTitle(t.institutions.title);
  const session = useSession();
  const national = session.role === 'national_admin';
  const { filter, page, draft, set, submit } = useFilterParams(PARAMS);
  const query = useInstitutions({ ...filter, page, pageSize: PAGE_SIZE });

  return (
    <>
      <h1>{t.institutions.title}</h1>
      <p className="font-lead">{t.institutions.intro}</p>
      <FilterForm onSubmit={submit}>
        <TextField
          id="institutions-q"
          label={t.institutions.search}
          type="search"
          value={draft.q}
          onChange={set('q')}
        />
        <SelectField
          id="institutions-kind"
          label={t.institutions.kind}
          value={draft.kind}
          onChange={set('kind')}
          options={[
            { value: '', label: t.institutions.allKinds },
            ...INSTITUTION_KINDS.map((k) => ({ value: k, label: t.kinds[k] })),
          ]}
        />
        {national ? (
          <MunicipalitySelect
            id="institutions-municipality"
            label={t.institutions.municipality}
            allLabel={t.institutions.allMunicipalities}
            value={draft.municipality}
            onChange={set('municipality')}
          />
        ) : null}
      </FilterForm>

      <PagedResults query={query} noResults={t.institutions.noResults}>
        {(items) => (
          <ResponsiveTable caption={t.institutions.caption}>
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
              {items.map((i) => (
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
          </ResponsiveTable>
        )}
      </PagedResults>
    </>
  );
}
