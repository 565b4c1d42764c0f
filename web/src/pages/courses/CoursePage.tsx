import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/session.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useCourse, type Course } from './api.js';
import { ConsultantForm } from './ConsultantForm.js';
import { MeetingsTable } from './MeetingsTable.js';
import { PlanEditor } from './PlanEditor.js';
import { PlanSummary } from './PlanSummary.js';

function CourseFacts({ course }: { course: Course }) {
  const t = useT();
  const c = t.courses;
  const session = useSession();
  return (
    <dl className="facts">
      <dt>{c.period}</dt>
      <dd>{t.rounds.periodText(formatDate(t, course.periodStart), formatDate(t, course.periodEnd))}</dd>
      <dt>{c.round}</dt>
      <dd>{session.permissions.includes('round.read') ? <Link to={`/runder/${course.roundId}`}>{course.roundName}</Link> : course.roundName}</dd>
      <dt>{c.consultant}</dt>
      <dd>{course.consultant?.name ?? c.noConsultant}</dd>
    </dl>
  );
}

/**
 * One course: its facts, the plan in words and its meetings. The admin
 * assigns the consultant; the admin and the course's consultant adapt the
 * plan (the server says who may, in `allowed`).
 */
export function CoursePage() {
  const t = useT();
  const c = t.courses;
  const { id = '' } = useParams();
  const query = useCourse(id);
  const course = query.data;
  usePageTitle(course ? c.pageTitle(course.municipalityName, course.roundName) : null, c.title);
  if (!course) return <QueryStatus query={query} />;
  return (
    <>
      <Breadcrumbs items={[{ label: c.title, to: '/forloeb' }, { label: c.heading(course.municipalityName) }]} />
      <h1>{c.heading(course.municipalityName)}</h1>
      <p className="font-lead">{course.roundName}</p>
      <CourseFacts course={course} />
      {course.allowed.assignConsultant ? <ConsultantForm key={`consultant-${course.id}`} course={course} /> : null}
      <PlanSummary course={course} />
      <MeetingsTable meetings={course.meetings} />
      {course.allowed.editPlan ? <PlanEditor key={`plan-${course.id}`} course={course} /> : null}
    </>
  );
}
