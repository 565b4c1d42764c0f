import { Link } from 'react-router';
import { navItemsFor } from '../../app/navigation.js';
import { useSession } from '../../auth/session.js';
import { Flash } from '../../components/Flash.js';
import { usePageTitle } from '../../components/page.js';
import { useT } from '../../i18n/i18n.js';

/** Welcome by role: what the role can do now, shortcuts to its areas, and where the user belongs. */
export function HomePage() {
  const t = useT();
  usePageTitle(t.home.title);
  const session = useSession();
  const roleName = t.roles[session.role];
  const shortcuts = navItemsFor(session.permissions).filter((item) => item.key !== 'home');
  const here = session.assignments.filter((a) => a.role === session.role);
  const institutions = here.filter((a) => a.institutionId && a.institutionName);

  return (
    <>
      <Flash />
      <h1>{t.home.welcome(session.user.name)}</h1>
      <p className="font-lead">{t.home.loggedInAs(roleName)}</p>

      <div className="row mt-6">
        <div className="col-12 col-lg-8">
          <h2>{t.home.whatYouCanDo}</h2>
          <p>{t.home.roleNow[session.role]}</p>

          <h2 className="mt-7">{t.home.shortcuts}</h2>
          <ul className="card-row row mt-5">
            {shortcuts.map((item) => {
              const key = item.key as Exclude<typeof item.key, 'home'>;
              return (
                <li key={item.key} className="col-12 col-md-6">
                  <div className="card">
                    <div className="card-content">
                      <h3 className="h4 mt-0">
                        <Link to={item.to}>{t.nav[key]}</Link>
                      </h3>
                      <p className="mb-0">{t.home.shortcutText[key]}</p>
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>

        <aside className="col-12 col-lg-4" aria-labelledby="home-belongs">
          <div className="home-aside">
            <h2 id="home-belongs" className="h3">
              {t.home.yourRoles}
            </h2>
            <ul className="nobullet-list">
              {session.roles.map((r) => (
                <li key={r}>
                  {t.roles[r]}
                  {r === session.role ? <span className="sr-only"> ({t.header.roleLabel})</span> : null}
                </li>
              ))}
            </ul>
            {session.municipality ? (
              <>
                <h3 className="h4">{t.home.yourMunicipality}</h3>
                <p>
                  <Link to={`/kommuner/${session.municipality.code}`}>{session.municipality.name}</Link>
                </p>
              </>
            ) : null}
            {institutions.length > 0 ? (
              <>
                <h3 className="h4">{t.home.yourInstitutions}</h3>
                <ul className="nobullet-list">
                  {institutions.map((a) => (
                    <li key={a.institutionId}>
                      <Link to={`/dagtilbud/${a.institutionId}`}>{a.institutionName}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        </aside>
      </div>
    </>
  );
}
