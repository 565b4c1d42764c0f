import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { Course } from './api.js';

/** Period, round and consultant of a course. */
export function CourseFacts({ course }: { course: Course }) {
  const t = useT();
  const c = t.courses;
  const session = useSession();
  return (
    <dl className="facts">
      <dt>{c.period}</dt>
      <dd>{t.rounds.periodText(formatDate(t, course.periodStart), formatDate(t, course.periodEnd))}</dd>
      <dt>{c.round}</dt>
      <dd>
        {session.permissions.includes('round.read') ? (
          <Link to={`/runder/${course.roundId}`}>{course.roundName}</Link>
        ) : (
          course.roundName
        )}
      </dd>
      <dt>{c.consultant}</dt>
      <dd>{course.consultant?.name ?? c.noConsultant}</dd>
    </dl>
  );
}
