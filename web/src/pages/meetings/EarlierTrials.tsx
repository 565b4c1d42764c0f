import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.js';
import { coursePath } from '../courses/CourseHeader.js';
import type { Meeting } from './api.js';
import { TrialLogList } from './TrialLogList.js';
import { TrialSummary } from './TrialSummary.js';

/** "Afprøvninger siden sidst": what the working group agreed at its earlier meetings, with what staff logged since. */
export function EarlierTrials({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  return (
    <section aria-labelledby="meeting-earlier-heading" className="mt-8">
      <h2 id="meeting-earlier-heading">{m.earlierHeading}</h2>
      <p>{m.earlierIntro}</p>
      {meeting.earlierTrials.length === 0 ? (
        <p>{m.noEarlier}</p>
      ) : (
        <ul className="nobullet-list">
          {meeting.earlierTrials.map((trial) => (
            <li key={trial.id}>
              <TrialSummary trial={trial} linkMeeting>
                <h4 className="h6 mt-4">{m.logsHeading}</h4>
                <TrialLogList logs={trial.logs} total={trial.logCount} />
              </TrialSummary>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={coursePath(meeting.course.id, 'trials')}>{m.seeAllTrials}</Link>
      </p>
    </section>
  );
}
