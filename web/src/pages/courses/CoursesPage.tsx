import { Link } from 'react-router';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useCourses, type CourseListItem } from './api.js';

function Row({ course }: { course: CourseListItem }) {
  const t = useT();
  const c = t.courses;
  return (
    <tr>
      <th scope="row">
        <Link to={`/forloeb/${course.id}`}>{course.municipalityName}</Link>
      </th>
      <td>{course.roundName}</td>
      <td>{t.rounds.periodText(formatDate(t, course.periodStart), formatDate(t, course.periodEnd))}</td>
      <td>{course.consultantName ?? <span className="text-muted">{c.noConsultant}</span>}</td>
      <td>{formatNumber(t, course.meetingCount)}</td>
    </tr>
  );
}

/** The courses the user may see: all for the agency, their own for a consultant, the municipality's own otherwise. */
export function CoursesPage() {
  const t = useT();
  const c = t.courses;
  usePageTitle(c.title);
  const { query, items } = useCourses();
  return (
    <>
      <h1>{c.title}</h1>
      <p className="font-lead">{c.intro}</p>
      {!items ? (
        <QueryStatus query={query} />
      ) : items.length === 0 ? (
        <p>{c.noCourses}</p>
      ) : (
        <ResponsiveTable caption={c.caption}>
          <thead>
            <tr>
              <th scope="col">{c.municipality}</th>
              <th scope="col">{c.round}</th>
              <th scope="col">{c.period}</th>
              <th scope="col">{c.consultant}</th>
              <th scope="col">{c.meetingCount}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((course) => (
              <Row key={course.id} course={course} />
            ))}
          </tbody>
        </ResponsiveTable>
      )}
      {items && items.length > 0 ? <LoadMore query={query} shown={items.length} /> : null}
    </>
  );
}
