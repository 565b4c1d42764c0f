import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FilterForm } from '../../components/FilterForm.js';
import { useFilterParams } from '../../components/filter-params.js';
import { usePageTitle } from '../../components/page.js';
import { PagedResults } from '../../components/PagedResults.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { MunicipalitySelect } from '../municipalities/MunicipalitySelect.js';
import { useUsers } from './api.js';
import { useAssignableRoles } from './AssignmentFields.js';

const PAGE_SIZE = 25;
const PARAMS = { q: 'q', role: 'rolle', municipality: 'kommune' };

/** Users in the actor's area: search, filter by role (and municipality for the agency), create. */
export function UsersPage() {
  const t = useT();
  usePageTitle(t.users.title);
  const session = useSession();
  const national = session.role === 'national_admin';
  const roles = useAssignableRoles();
  const { filter, page, draft, set, submit } = useFilterParams(PARAMS);
  const query = useUsers({
    q: filter.q || undefined,
    role: filter.role || undefined,
    municipality: filter.municipality || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <>
      <h1>{t.users.title}</h1>
      <p className="font-lead">{t.users.intro}</p>
      <p>
        <Link to="/brugere/ny" className="button button-primary">
          {t.users.create}
        </Link>
      </p>
      <FilterForm onSubmit={submit}>
        <TextField id="users-q" label={t.users.search} type="search" value={draft.q} onChange={set('q')} />
        <SelectField
          id="users-role"
          label={t.users.role}
          value={draft.role}
          onChange={set('role')}
          options={[{ value: '', label: t.users.allRoles }, ...roles.map((r) => ({ value: r, label: t.roles[r] }))]}
        />
        {national ? (
          <MunicipalitySelect
            id="users-municipality"
            label={t.users.municipality}
            allLabel={t.users.allMunicipalities}
            value={draft.municipality}
            onChange={set('municipality')}
          />
        ) : null}
      </FilterForm>
      <PagedResults query={query} noResults={t.users.noResults}>
        {(items) => (
          <ResponsiveTable caption={t.users.caption}>
            <thead>
              <tr>
                <th scope="col">{t.users.name}</th>
                <th scope="col">{t.users.email}</th>
                <th scope="col">{t.users.roles}</th>
                <th scope="col">{t.users.status}</th>
                <th scope="col">{t.users.lastLogin}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <Link to={`/brugere/${u.id}`}>{u.name}</Link>
                  </th>
                  <td>{u.email}</td>
                  <td>
                    <ul className="nobullet-list mb-0">
                      {u.assignments.map((a) => (
                        <li key={a.id}>
                          {t.roles[a.role]}
                          {(a.institutionName ?? a.municipalityName) ? (
                            <span className="small-text"> · {a.institutionName ?? a.municipalityName}</span>
                          ) : null}
                        </li>
                      ))}
                      {u.rolesElsewhere ? <li className="small-text">{t.account.reach.rolesElsewhere}</li> : null}
                    </ul>
                  </td>
                  <td>{u.active ? t.users.active : <strong>{t.users.inactive}</strong>}</td>
                  <td>{u.lastLoginAt ? formatDateTime(t, u.lastLoginAt) : t.users.never}</td>
                </tr>
              ))}
            </tbody>
          </ResponsiveTable>
        )}
      </PagedResults>
    </>
  );
}
