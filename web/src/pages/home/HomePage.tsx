import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { navItemsFor } from '../../app/navigation.js';
import { useSession } from '../../auth/session.js';
import { Flash } from '../../components/Flash.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { GROUP_ORDER, myTasksQuery, TASK_GROUPS, type Task } from './tasks-api.js';

function TaskItem({ task }: { task: Task }) {
  const t = useT();
  const words = t.home.task[task.kind](task, { date: (iso) => formatDate(t, iso) });
  return (
    <li className="task-item">
      <Link to={task.link} className="weight-semibold">
        {words.title}
      </Link>
      {task.overdue ? <span className="badge badge-warning ml-3">{t.home.overdue}</span> : null}
      {words.detail ? <p className="mt-1 mb-0">{words.detail}</p> : null}
    </li>
  );
}

/** "Mine opgaver", every role's start page: what to do now, grouped, each linked to where it is done. */
export function HomePage() {
  const t = useT();
  usePageTitle(t.home.title);
  const session = useSession();
  // Fresh every time the page is opened: a task done elsewhere is gone when the person comes back.
  const tasks = useQuery({ ...myTasksQuery(session.user.id, session.role), staleTime: 0 });
  const shortcuts = navItemsFor(session.permissions).filter((item) => item.key !== 'home');
  const here = session.assignments.filter((a) => a.role === session.role);
  const institutions = here.filter((a) => a.institutionId && a.institutionName);
  const list = tasks.data?.tasks ?? [];

  return (
    <>
      <Flash />
      <h1>{t.home.title}</h1>
      <p className="font-lead">{t.home.welcome(session.user.name, t.roles[session.role])}</p>

      <div className="row mt-6">
        <div className="col-12 col-lg-8">
          {tasks.data ? (
            list.length === 0 ? (
              <div className="alert alert-success" role="status">
                <div className="alert-body">
                  <p className="alert-heading">{t.home.nothing}</p>
                  <p className="alert-text">{t.home.nothingMore}</p>
                </div>
              </div>
            ) : (
              <>
                <p>{t.home.intro}</p>
                {GROUP_ORDER.map((group) => {
                  const inGroup = list.filter((task) => TASK_GROUPS[task.kind] === group);
                  if (inGroup.length === 0) return null;
                  return (
                    <section key={group} aria-labelledby={`tasks-${group}`} className="mt-6">
                      <h2 id={`tasks-${group}`} className="h3">
                        {t.home.groups[group]}
                      </h2>
                      <ul className="nobullet-list task-list">
                        {inGroup.map((task) => (
                          <TaskItem key={`${task.kind}:${task.id}`} task={task} />
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </>
            )
          ) : (
            <QueryStatus query={tasks} />
          )}
        </div>

        <aside className="col-12 col-lg-4" aria-labelledby="home-shortcuts">
          <div className="home-aside">
            <h2 id="home-shortcuts" className="h3">
              {t.home.shortcuts}
            </h2>
            <ul className="nobullet-list">
              {shortcuts.map((item) => (
                <li key={item.key}>
                  <Link to={item.to}>{t.nav[item.key]}</Link>
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
            {session.roles.length > 1 ? (
              <>
                <h3 className="h4">{t.home.yourRoles}</h3>
                <ul className="nobullet-list">
                  {session.roles.map((r) => (
                    <li key={r}>
                      {t.roles[r]}
                      {r === session.role ? <span className="sr-only"> ({t.header.roleLabel})</span> : null}
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
