import { useT } from '../../i18n/i18n.js';
import type { Course } from './api.js';

/** The plan in words: "6 sparringsmøder med tovholderen", the working groups by name, the theme day … */
export function PlanSummary({ course }: { course: Course }) {
  const t = useT();
  const c = t.courses;
  const { plan } = course;
  return (
    <section aria-labelledby="course-plan-heading" className="mt-8">
      <h2 id="course-plan-heading">{c.planHeading}</h2>
      <ul>
        <li>{c.kickoff}</li>
        <li>{c.sparringText(plan.sparring)}</li>
        <li>{c.steeringText(plan.steering)}</li>
        <li>{c.leaderSparringText(plan.leaderSparring)}</li>
        {plan.workingGroups.length === 0 ? (
          <li>{c.noWorkingGroups}</li>
        ) : (
          <li>
            {c.workingGroupsText(plan.workingGroups.length)}:
            <ul>
              {plan.workingGroups.map((g) => (
                <li key={g.key}>{c.groupText(g.name, g.meetings, g.institutionIds.length)}</li>
              ))}
            </ul>
          </li>
        )}
        <li>{plan.themeDay ? c.themeDayText : c.noThemeDay}</li>
        <li>{c.conferencesText(plan.conferences)}</li>
        {plan.extra.length > 0 ? (
          <li>
            {c.extraText(plan.extra.length)}:
            <ul>
              {plan.extra.map((e, i) => (
                <li key={`${i}:${e.title}`}>{e.title}</li>
              ))}
            </ul>
          </li>
        ) : null}
      </ul>
      <p>
        <strong>{c.totalText(course.meetings.length)}</strong>
      </p>
    </section>
  );
}
