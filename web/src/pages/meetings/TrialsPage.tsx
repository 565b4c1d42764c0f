import './meetings.css';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { FilterForm } from '../../components/FilterForm.js';
import { SelectField } from '../../components/fields.js';
import { PagedResults } from '../../components/PagedResults.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { CourseHeader } from '../courses/CourseHeader.js';
import { useCourse } from '../courses/api.js';
import { useCourseTrials, type TrialStatus } from './api.js';
import { TrialItem } from './TrialItem.js';

const STATUSES: TrialStatus[] = ['open', 'completed', 'dropped'];
const statusOf = (value: string | null): TrialStatus | undefined => STATUSES.find((s) => s === value);

/**
 * The course's trials: open ones first, a filter by status, a page at a time;
 * staff and leaders log the trials of their own working groups (and the
 * course-wide ones) here between meetings.
 */
export function TrialsPage() {
  const t = useT();
  const m = t.meetings;
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('status'));
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [chosen, setChosen] = useState<string>(status ?? '');
  const course = useCourse(id);
  const trials = useCourseTrials(id, status, page);
  usePageTitle(m.pageHeading, course.data ? t.courses.heading(course.data.municipalityName) : null, t.courses.title);
  if (!course.data) return <QueryStatus query={course} />;
  const apply = () => {
    const next = new URLSearchParams();
    if (chosen) next.set('status', chosen);
    setParams(next);
  };
  return (
    <>
      <CourseHeader course={course.data} heading={m.pageHeading} />
      <p>{m.pageIntro}</p>
      <FilterForm onSubmit={apply} submitLabel={m.filterButton} search={false}>
        <SelectField
          id="trials-status"
          label={m.statusFilter}
          value={chosen}
          onChange={setChosen}
          options={[
            { value: '', label: m.allStatuses },
            ...STATUSES.map((s) => ({ value: s, label: m.trialStatuses[s] })),
          ]}
        />
      </FilterForm>
      <PagedResults query={trials} noResults={m.noneFound}>
        {(items) => (
          <>
            <h2 className="sr-only" id="trial-list-heading">
              {m.listCaption}
            </h2>
            <ul className="nobullet-list trial-list" aria-labelledby="trial-list-heading">
              {items.map((trial) => (
                <li key={trial.id}>
                  <TrialItem trial={trial} />
                </li>
              ))}
            </ul>
          </>
        )}
      </PagedResults>
    </>
  );
}
