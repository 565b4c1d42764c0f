import { Link } from 'react-router';
import { formatDate } from '../../../i18n/format.js';
import { useT } from '../../../i18n/i18n.js';
import { coursePath } from '../CourseHeader.js';
import type { CourseDashboard } from './api.js';

export function OpenTrials({ courseId, trials }: { courseId: string; trials: CourseDashboard['openTrials'] }) {
  const t = useT();
  const d = t.dashboard;
  return (
    <section aria-labelledby="dashboard-trials-heading" className="mt-6">
      <h2 id="dashboard-trials-heading">{d.trialsHeading}</h2>
      {trials.items.length === 0 ? (
        <p>{d.noTrials}</p>
      ) : (
        <ul className="nobullet-list">
          {trials.items.map((trial) => (
            <li key={trial.id} className="mb-4">
              <strong>{trial.description}</strong>
              <br />
              {d.trialResponsible(trial.responsible)} · {d.trialAgreed(trial.meetingTitle)}
              <br />
              <span className="text-muted">
                {d.trialLogs(trial.logCount, trial.lastLoggedOn ? formatDate(t, trial.lastLoggedOn) : null)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {trials.total > trials.items.length ? <p>{d.trialsMore(trials.items.length, trials.total)}</p> : null}
      <p>
        <Link to={coursePath(courseId, 'trials')}>{d.allTrials}</Link>
      </p>
    </section>
  );
}
