import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useRounds } from './api.js';
import { RoundStatus } from './RoundStatus.js';
import { formatDeadline } from './time.js';

/** The application rounds the role may see, newest course first; the agency may create one. */
export function RoundsPage() {
  const t = useT();
  usePageTitle(t.rounds.title);
  const session = useSession();
  const { query, items: rounds } = useRounds();
  return (
    <>
      <h1>{t.rounds.title}</h1>
      <p className="font-lead">{t.rounds.intro}</p>
      {session.permissions.includes('round.manage') ? (
        <p>
          <Link to="/runder/ny" className="button button-primary">
            {t.rounds.create}
          </Link>
        </p>
      ) : null}
      {!rounds ? (
        <QueryStatus query={query} />
      ) : rounds.length === 0 ? (
        <p>{t.rounds.noRounds}</p>
      ) : (
        <ResponsiveTable caption={t.rounds.caption}>
          <thead>
            <tr>
              <th scope="col">{t.rounds.name}</th>
              <th scope="col">{t.rounds.period}</th>
              <th scope="col">{t.rounds.deadline}</th>
              <th scope="col">{t.rounds.capacity}</th>
              <th scope="col">{t.rounds.status}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/runder/${r.id}`}>{r.name}</Link>
                </th>
                <td>{t.rounds.periodText(formatDate(t, r.courseStart), formatDate(t, r.courseEnd))}</td>
                <td>{formatDeadline(t.intlLocale, r.deadline)}</td>
                <td>{r.capacity}</td>
                <td>
                  <RoundStatus status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
      {rounds && rounds.length > 0 ? <LoadMore query={query} shown={rounds.length} /> : null}
    </>
  );
}
