import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { useT } from '../../i18n/i18n.js';
import { useApplications, type ApplicationListItem } from './api.js';
import { OutcomeBadge, StatusBadge } from './ApplicationBadges.js';
import { formatInstant } from './time.js';

function Row({ app, byMunicipality }: { app: ApplicationListItem; byMunicipality: boolean }) {
  const t = useT();
  const a = t.applications;
  const to = `/ansoegninger/${app.id}`;
  return (
    <tr>
      <th scope="row">
        <Link to={to}>{byMunicipality ? app.municipalityName : app.roundName}</Link>
        {byMunicipality ? <span className="small-text"> · {app.regionName}</span> : null}
      </th>
      <td>{byMunicipality ? app.roundName : app.municipalityName}</td>
      <td>
        <StatusBadge status={app.status} />
      </td>
      <td>{app.submittedAt ? formatInstant(t, app.submittedAt) : a.notSubmitted}</td>
      <td>
        {app.outcome ? <OutcomeBadge outcome={app.outcome} /> : a.notDecided}
        {app.readyForCourse ? (
          <>
            {' '}
            <span className="badge badge-success">{a.readyForCourse}</span>
          </>
        ) : null}
      </td>
    </tr>
  );
}

/** The applications the role may see: the municipality's own, or (for the agency) all, newest round first. */
export function ApplicationsPage() {
  const t = useT();
  const a = t.applications;
  usePageTitle(a.title);
  const session = useSession();
  const { query, items } = useApplications();
  const byMunicipality = session.municipality === null;
  return (
    <>
      <h1>{a.title}</h1>
      <p className="font-lead">{byMunicipality ? a.introAgency : a.intro}</p>
      {!items ? (
        <QueryStatus query={query} />
      ) : items.length === 0 ? (
        <p>
          {a.noApplications} <Link to="/runder">{a.seeRounds}</Link>
        </p>
      ) : (
        <ResponsiveTable caption={a.caption}>
          <thead>
            <tr>
              <th scope="col">{byMunicipality ? a.municipality : a.round}</th>
              <th scope="col">{byMunicipality ? a.round : a.municipality}</th>
              <th scope="col">{a.status}</th>
              <th scope="col">{a.submittedAt}</th>
              <th scope="col">{a.outcome}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((app) => (
              <Row key={app.id} app={app} byMunicipality={byMunicipality} />
            ))}
          </tbody>
        </ResponsiveTable>
      )}
      {items && items.length > 0 ? <LoadMore query={query} shown={items.length} /> : null}
    </>
  );
}
