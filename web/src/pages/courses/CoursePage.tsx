import { useParams } from 'react-router';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { ReadersPanel } from '../access/ReadersPanel.js';
import { useCourse } from './api.js';
import { CourseFacts } from './CourseFacts.js';
import { CourseHeader } from './CourseHeader.js';
import { useCourseDashboard } from './dashboard/api.js';
import { IndicatorTable } from './dashboard/IndicatorTable.js';
import { NextMeeting } from './dashboard/NextMeeting.js';
import { OpenTrials } from './dashboard/OpenTrials.js';
import { OwedList } from './dashboard/OwedList.js';
import { Timeline } from './dashboard/Timeline.js';

/**
 * A course's overview: its facts, the next meeting, what the municipality
 * still owes, open trials, indicator progress and the timeline of meetings.
 */
export function CoursePage() {
  const t = useT();
  const c = t.courses;
  const { id = '' } = useParams();
  const query = useCourse(id);
  const dashboard = useCourseDashboard(id);
  const course = query.data;
  usePageTitle(course ? c.pageTitle(course.municipalityName, course.roundName) : null, c.title);
  if (!course) return <QueryStatus query={query} />;
  const d = dashboard.data;
  return (
    <>
      <CourseHeader course={course} />
      <div className="row">
        <div className="col-12 col-lg-6">
          <CourseFacts course={course} />
          {d ? <NextMeeting courseId={course.id} next={d.next} /> : null}
          {d ? (
            <p className="text-muted">{t.dashboard.countsText(d.meetings.held, d.meetings.dated, d.meetings.total)}</p>
          ) : null}
        </div>
        <div className="col-12 col-lg-6">{d ? <OwedList courseId={course.id} owed={d.owed} /> : null}</div>
      </div>
      {d ? (
        <>
          <div className="row">
            <div className="col-12 col-lg-6">
              <OpenTrials courseId={course.id} trials={d.openTrials} />
            </div>
            <div className="col-12 col-lg-6">
              <IndicatorTable indicators={d.indicators} />
            </div>
          </div>
          <Timeline courseId={course.id} timeline={d.timeline} today={d.today} />
        </>
      ) : (
        <QueryStatus query={dashboard} />
      )}
      <ReadersPanel kind="course" id={course.id} />
    </>
  );
}
