import { useParams } from 'react-router';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { useCourse } from './api.js';
import { ConsultantForm } from './ConsultantForm.js';
import { CourseFacts } from './CourseFacts.js';
import { CourseHeader } from './CourseHeader.js';
import { MeetingsTable } from './MeetingsTable.js';
import { PlanEditor } from './PlanEditor.js';
import { PlanSummary } from './PlanSummary.js';
import { PrintButton } from '../../components/PrintButton.js';

/**
 * The course's plan: the plan in words and the meetings it gives. The admin
 * assigns the consultant; the admin and the course's consultant adapt the
 * plan (the server says who may, in `allowed`).
 */
export function CoursePlanPage() {
  const t = useT();
  const c = t.courses;
  const { id = '' } = useParams();
  const query = useCourse(id);
  const course = query.data;
  usePageTitle(course ? `${c.tabs.plan} – ${c.pageTitle(course.municipalityName, course.roundName)}` : null, c.title);
  if (!course) return <QueryStatus query={query} />;
  return (
    <>
      <CourseHeader course={course} heading={c.planPageHeading} />
      <PrintButton page="course-plan" />
      <CourseFacts course={course} />
      {course.allowed.assignConsultant ? <ConsultantForm key={`consultant-${course.id}`} course={course} /> : null}
      <PlanSummary course={course} />
      <MeetingsTable meetings={course.meetings} />
      {course.allowed.editPlan ? <PlanEditor key={`plan-${course.id}`} course={course} /> : null}
    </>
  );
}
