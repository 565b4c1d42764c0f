import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { CourseMeeting } from './api.js';

const STATUS_BADGE: Record<CourseMeeting['status'], string> = { planned: 'badge', held: 'badge badge-success', cancelled: 'badge badge-warning' };

function When({ meeting }: { meeting: CourseMeeting }) {
  const t = useT();
  const c = t.courses;
  if (!meeting.date) return <span className="text-muted">{c.notScheduled}</span>;
  const date = formatDate(t, meeting.date);
  return <>{meeting.start && meeting.end ? c.timeRange(date, meeting.start.slice(0, 5), meeting.end.slice(0, 5)) : date}</>;
}

/** The course's meetings in the server's order (dated ones by date, then the plan's order). */
export function MeetingsTable({ meetings }: { meetings: CourseMeeting[] }) {
  const t = useT();
  const c = t.courses;
  return (
    <section aria-labelledby="course-meetings-heading" className="mt-8">
      <h2 id="course-meetings-heading">{c.meetingsHeading}</h2>
      <ResponsiveTable caption={c.meetingsCaption}>
        <thead>
          <tr>
            <th scope="col">{c.meetingTitle}</th>
            <th scope="col">{c.kind}</th>
            <th scope="col">{c.when}</th>
            <th scope="col">{c.status}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.title}</th>
              <td>{c.kinds[m.kind]}</td>
              <td>
                <When meeting={m} />
              </td>
              <td>
                <span className={STATUS_BADGE[m.status]}>{c.statuses[m.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </ResponsiveTable>
    </section>
  );
}
