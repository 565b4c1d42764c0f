import { Link } from 'react-router';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { useT } from '../../i18n/i18n.js';
import { useAssessmentTasks, type AssessmentTask } from './api.js';
import { AssessmentStatus } from './AssessmentStatus.js';

interface RoundGroup {
  roundId: string;
  roundName: string;
  tasks: AssessmentTask[];
}

/** The tasks by round, in the order the server lists them; municipalities alphabetically within a round. */
function byRound(tasks: AssessmentTask[], locale: string): RoundGroup[] {
  const groups = new Map<string, RoundGroup>();
  for (const task of tasks) {
    const group = groups.get(task.roundId) ?? { roundId: task.roundId, roundName: task.roundName, tasks: [] };
    group.tasks.push(task);
    groups.set(task.roundId, group);
  }
  for (const g of groups.values()) g.tasks.sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, locale));
  return [...groups.values()];
}

function RoundTasks({ group }: { group: RoundGroup }) {
  const t = useT();
  const w = t.agency.worklist;
  const done = group.tasks.filter((task) => task.status === 'submitted' || task.conflict === 'conflict').length;
  const headingId = `round-${group.roundId}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId}>{group.roundName}</h2>
      <p>{w.counts(done, group.tasks.length)}</p>
      <ResponsiveTable caption={w.caption(group.roundName)}>
        <thead>
          <tr>
            <th scope="col">{w.municipality}</th>
            <th scope="col">{w.status}</th>
            <th scope="col">{w.action}</th>
          </tr>
        </thead>
        <tbody>
          {group.tasks.map((task) => {
            const finished = task.status === 'submitted' || task.conflict === 'conflict';
            return (
              <tr key={task.applicationId}>
                <th scope="row">{task.municipalityName}</th>
                <td>
                  <AssessmentStatus status={task.status} conflict={task.conflict} />
                </td>
                <td>
                  <Link to={`/bedoemmelser/${task.applicationId}`}>
                    {finished ? w.view(task.municipalityName) : w.assess(task.municipalityName)}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </ResponsiveTable>
    </section>
  );
}

/** `/bedoemmelser`: the assessor's worklist, one table per round. */
export function AssessmentsPage() {
  const t = useT();
  usePageTitle(t.agency.assessmentsTitle);
  const { query, items: tasks } = useAssessmentTasks();
  return (
    <>
      <h1>{t.agency.assessmentsTitle}</h1>
      <p className="font-lead">{t.agency.worklist.intro}</p>
      {!tasks ? (
        <QueryStatus query={query} />
      ) : tasks.length === 0 ? (
        <p>{t.agency.worklist.none}</p>
      ) : (
        <>
          {byRound(tasks, t.intlLocale).map((g) => (
            <RoundTasks key={g.roundId} group={g} />
          ))}
          <LoadMore query={query} shown={tasks.length} />
        </>
      )}
    </>
  );
}
