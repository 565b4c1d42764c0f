import { Link } from 'react-router';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDate, formatTimeOfDay } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { Violations } from '../schedule/Violations.js';
import type { CourseMeeting } from './api.js';
import type { ScheduleViolationMessage } from '../../../../src/shared/contracts/schedule.js';

const STATUS_BADGE: Record<CourseMeeting['status'], string> = {
  planned: 'badge',
  held: 'badge badge-success',
  cancelled: 'badge badge-warning',
};

/** A planned meeting without a date says only "Ingen dato endnu", not also "Planlagt". */
export const undated = (m: { date: string | null; status: CourseMeeting['status'] }) =>
  m.date === null && m.status === 'planned';

/** A meeting as the table shows it; the schedule page adds the broken rules and whether it may be moved. */
export type MeetingRow = CourseMeeting & {
  violations?: readonly ScheduleViolationMessage[];
  allowed?: { move: boolean };
};

function When({ meeting }: { meeting: MeetingRow }) {
  const t = useT();
  const c = t.courses;
  if (!meeting.date) return <span className="text-muted">{t.common.undated}</span>;
  const date = formatDate(t, meeting.date);
  return (
    <>
      {meeting.start && meeting.end
        ? c.timeRange(date, formatTimeOfDay(t, meeting.start), formatTimeOfDay(t, meeting.end))
        : date}
    </>
  );
}

interface MeetingsTableProps {
  meetings: MeetingRow[];
  /** With the course's id, each title links to the meeting's page. */
  courseId?: string;
  /** Shows each meeting's broken rules (the schedule page). */
  showRules?: boolean;
  /** Offers "Flyt" ("Sæt dato" when undated) on the meetings whose `allowed.move` is true. */
  onMove?: (meeting: MeetingRow) => void;
  heading?: string;
}

/** The course's meetings in the server's order (dated ones by date, then the plan's order). */
export function MeetingsTable({ meetings, courseId, showRules = false, onMove, heading }: MeetingsTableProps) {
  const t = useT();
  const c = t.courses;
  const s = t.schedule;
  const movable = onMove !== undefined && meetings.some((m) => m.allowed?.move);
  return (
    <section aria-labelledby="course-meetings-heading" className="mt-8">
      <h2 id="course-meetings-heading">{heading ?? c.meetingsHeading}</h2>
      <ResponsiveTable caption={c.meetingsCaption} stackOnPhone>
        <thead>
          <tr>
            <th scope="col">{c.meetingTitle}</th>
            <th scope="col">{c.kind}</th>
            <th scope="col">{c.when}</th>
            <th scope="col">{c.status}</th>
            {showRules ? <th scope="col">{s.rules}</th> : null}
            {movable ? <th scope="col">{s.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <th scope="row" data-title={c.meetingTitle}>
                {courseId ? <Link to={`/forloeb/${courseId}/moeder/${m.id}`}>{m.title}</Link> : m.title}
              </th>
              <td data-title={c.kind}>{c.kinds[m.kind]}</td>
              <td data-title={c.when}>
                <When meeting={m} />
              </td>
              <td data-title={undated(m) ? '' : c.status}>
                {undated(m) ? null : <span className={STATUS_BADGE[m.status]}>{c.statuses[m.status]}</span>}
              </td>
              {showRules ? (
                <td data-title={s.rules}>
                  <Violations violations={m.violations ?? []} />
                </td>
              ) : null}
              {movable ? (
                <td data-title={m.allowed?.move ? s.actions : ''}>
                  {m.allowed?.move ? (
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={m.date ? s.moveLabel(m.title) : s.setDateLabel(m.title)}
                      onClick={() => onMove(m)}
                    >
                      {m.date ? s.move : s.setDate}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </ResponsiveTable>
    </section>
  );
}
