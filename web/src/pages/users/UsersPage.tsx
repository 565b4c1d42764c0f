import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/session.js';
import { SelectField, TextField } from '../../components/fields.js';
import { usePageTitle } from '../../components/page.js';
import { PageSummary, Pagination } from '../../components/Pagination.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useMunicipalities } from '../municipalities/api.js';
import { useUsers } from './api.js';
import { useAssignableRoles } from './AssignmentFields.js';

const PAGE_SIZE = 25;

/** Users in the actor's area: search, filter by role (and municipality for the agency), create. */
export function UsersPage() {
  const t = useT();
  usePageTitle(t.users.title);
  const session = useSession();
  const national = session.role === 'national_admin';
  const roles = useAssignableRoles();
  const [params, setParams] = useSearchParams();
  const filter = { q: params.get('q') ?? '', role: params.get('rolle') ?? '', municipality: params.get('kommune') ?? '' };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(filter);
  const municipalities = useMunicipalities();
  const query = useUsers({ q: filter.q || undefined, role: filter.role || undefined, municipality: filter.municipality || undefined, page, pageSize: PAGE_SIZE });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draft.q.trim()) next.set('q', draft.q.trim());
    if (draft.role) next.set('rolle', draft.role);
    if (draft.municipality) next.set('kommune', draft.municipality);
    setParams(next);
  };

  const data = query.data;
  return (
    <>
      <h1>{t.users.title}</h1>
      <p className="font-lead">{t.users.intro}</p>
      <p>
        <Link to="/brugere/ny" className="button button-primary">
          {t.users.create}
        </Link>
      </p>
      <form className="filter-bar" onSubmit={submit} role="search">
        <TextField id="users-q" label={t.users.search} type="search" value={draft.q} onChange={(v) => setDraft({ ...draft, q: v })} />
        <SelectField
          id="users-role"
          label={t.users.role}
          value={draft.role}
          onChange={(v) => setDraft({ ...draft, role: v })}
          options={[{ value: '', label: t.users.allRoles }, ...roles.map((r) => ({ value: r, label: t.roles[r] }))]}
        />
        {national ? (
          <SelectField
            id="users-municipality"
            label={t.users.municipality}
            value={draft.municipality}
            onChange={(v) => setDraft({ ...draft, municipality: v })}
            options={[{ value: '', label: t.users.allMunicipalities }, ...(municipalities.data ?? []).map((m) => ({ value: m.code, label: m.name }))]}
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
          {t.users.noResults}
        </p>
      ) : (
        <>
          <PageSummary page={data.page.page} pageSize={data.page.pageSize} total={data.page.total} shown={data.items.length} />
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <caption className="sr-only">{t.users.caption}</caption>
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
                {data.items.map((u) => (
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
                            {a.institutionName ?? a.municipalityName ? (
                              <span className="small-text"> · {a.institutionName ?? a.municipalityName}</span>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{u.active ? t.users.active : <strong>{t.users.inactive}</strong>}</td>
                    <td>{u.lastLoginAt ? formatDateTime(t, u.lastLoginAt) : t.users.never}</td>
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
