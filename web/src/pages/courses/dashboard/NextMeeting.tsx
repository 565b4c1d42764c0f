import { Link } from 'react-router';
import { useT } from '../../../i18n/i18n.js';
import type { DashboardMeeting } from './api.js';
import { meetingPath, meetingTime } from './meeting-time.js';

export function NextMeeting({ courseId, next }: { courseId: string; next: DashboardMeeting | null }) {
  const t = useT();
  const d = t.dashboard;
  return (
    <section aria-labelledby="dashboard-next-heading" className="mt-6">
      <h2 id="dashboard-next-heading">{d.nextHeading}</h2>
      {next ? (
        <p>
          <strong>{next.title}</strong>
          <br />
          {meetingTime(t, next)}
          <br />
          <Link to={meetingPath(courseId, next.id)}>{d.openMeeting}</Link>
        </p>
      ) : (
        <p>{d.noNext}</p>
      )}
    </section>
  );
}
