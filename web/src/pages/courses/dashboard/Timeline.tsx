import { Link } from 'react-router';
import { formatMonth } from '../../../i18n/format.js';
import { undated } from '../MeetingsTable.js';
import { useT } from '../../../i18n/i18n.js';
import type { DashboardMeeting } from './api.js';
import { meetingPath, meetingTime } from './meeting-time.js';

const STATUS_BADGE: Record<DashboardMeeting['status'], string> = {
  planned: 'badge',
  held: 'badge badge-success',
  cancelled: 'badge badge-warning',
};

function monthOf(t: ReturnType<typeof useT>, isoDate: string): string {
  return formatMonth(t, isoDate);
}

function Entry({ courseId, meeting, today }: { courseId: string; meeting: DashboardMeeting; today: string }) {
  const t = useT();
  const d = t.dashboard;
  const c = t.courses;
  const past = meeting.status === 'held' || (meeting.date !== null && meeting.date < today);
  const minutes = { approved: d.minutesApproved, draft: d.minutesDraft, none: d.minutesNone }[meeting.minutesStatus];
  return (
    <li className={past ? 'timeline__item timeline__item--past' : 'timeline__item'}>
      <Link to={meetingPath(courseId, meeting.id)}>{meeting.title}</Link>
      <br />
      {meetingTime(t, meeting)}
      {undated(meeting) ? null : (
        <>
          {' · '}
          <span className={STATUS_BADGE[meeting.status]}>{c.statuses[meeting.status]}</span>
        </>
      )}
      {past && meeting.status !== 'cancelled' ? <span className="text-muted"> · {minutes}</span> : null}
    </li>
  );
}

/** The course's meetings month by month; undated ones last. */
export function Timeline({
  courseId,
  timeline,
  today,
}: {
  courseId: string;
  timeline: DashboardMeeting[];
  today: string;
}) {
  const t = useT();
  const d = t.dashboard;
  const months = new Map<string, DashboardMeeting[]>();
  const undated: DashboardMeeting[] = [];
  for (const m of timeline) {
    if (!m.date) undated.push(m);
    else months.set(m.date.slice(0, 7), [...(months.get(m.date.slice(0, 7)) ?? []), m]);
  }
  return (
    <section aria-labelledby="dashboard-timeline-heading" className="mt-8">
      <h2 id="dashboard-timeline-heading">{d.timelineHeading}</h2>
      <p>{d.timelineIntro}</p>
      {[...months].map(([month, meetings]) => (
        <div key={month}>
          <h3 className="h4">{monthOf(t, `${month}-01`)}</h3>
          <ol className="timeline">
            {meetings.map((m) => (
              <Entry key={m.id} courseId={courseId} meeting={m} today={today} />
            ))}
          </ol>
        </div>
      ))}
      {undated.length > 0 ? (
        <div>
          <h3 className="h4">{d.undatedHeading}</h3>
          <ol className="timeline">
            {undated.map((m) => (
              <Entry key={m.id} courseId={courseId} meeting={m} today={today} />
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
