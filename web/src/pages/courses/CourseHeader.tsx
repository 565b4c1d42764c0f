import { NavLink } from 'react-router';
import { Breadcrumbs, type Crumb } from '../../components/Breadcrumbs.js';
import { useT } from '../../i18n/i18n.js';

export type CourseTab = 'overview' | 'meetings' | 'trials' | 'selfAnalysis' | 'changeModel' | 'plan';

/** Where each of a course's pages lives, below /forloeb/:id. */
export const COURSE_TAB_PATHS: Record<CourseTab, string> = {
  overview: '',
  meetings: 'moeder',
  trials: 'afproevninger',
  selfAnalysis: 'egenanalyse',
  changeModel: 'forandringsmodel',
  plan: 'plan',
};

export function coursePath(courseId: string, tab: CourseTab = 'overview'): string {
  const sub = COURSE_TAB_PATHS[tab];
  return sub ? `/forloeb/${courseId}/${sub}` : `/forloeb/${courseId}`;
}

interface CourseHeaderProps {
  course: { id: string; municipalityName: string; roundName: string };
  /** The page's own heading; the course's overview uses the course's. */
  heading?: string;
  /** Crumbs between the course and the current page (e.g. Møder on a meeting's page). */
  trail?: Crumb[];
  /** Read by invitation only (a meeting's guest): no way into the rest of the course, which they do not read. */
  guest?: boolean;
}

/**
 * The top of every course page: breadcrumbs, heading and the course's
 * sub-navigation, so the coordinator and the consultant move between the
 * overview, meetings, trials, self-analysis, change model and plan in one click.
 */
export function CourseHeader({ course, heading, trail = [], guest = false }: CourseHeaderProps) {
  const t = useT();
  const c = t.courses;
  const courseHeading = c.heading(course.municipalityName);
  if (guest) {
    return (
      <>
        <h1>{heading ?? courseHeading}</h1>
        <p className="font-lead">{`${course.municipalityName} · ${course.roundName}`}</p>
        <p className="guest-note">{c.guestNote}</p>
      </>
    );
  }
  const crumbs: Crumb[] = [{ label: c.title, to: '/forloeb' }];
  if (heading) crumbs.push({ label: courseHeading, to: coursePath(course.id) }, ...trail, { label: heading });
  else crumbs.push({ label: courseHeading });
  const tabs = Object.keys(COURSE_TAB_PATHS) as CourseTab[];
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <h1>{heading ?? courseHeading}</h1>
      <p className="font-lead">{heading ? `${course.municipalityName} · ${course.roundName}` : course.roundName}</p>
      <nav className="course-nav" aria-label={c.navLabel}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab}>
              <NavLink to={coursePath(course.id, tab)} end>
                {c.tabs[tab]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
