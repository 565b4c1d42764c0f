import { Link } from 'react-router';
import { formatDate } from '../../../i18n/format.js';
import { useT } from '../../../i18n/i18n.js';
import { coursePath } from '../CourseHeader.js';
import type { OwedItem } from './api.js';
import { meetingPath } from './meeting-time.js';
import { missingText } from '../../self-analysis/missing-text.js';

function OwedText({ courseId, item }: { courseId: string; item: OwedItem }) {
  const t = useT();
  const d = t.dashboard;
  switch (item.kind) {
    case 'self_analysis':
      return (
        <>
          {item.status === 'not_started' ? d.owedSelfAnalysisNotStarted : d.owedSelfAnalysisDraft}
          {item.missing.length > 0
            ? ` ${d.owedSelfAnalysisMissing(item.missing.map((m) => missingText(t, m)).join(', '))}`
            : null}{' '}
          <Link to={coursePath(courseId, 'selfAnalysis')}>{d.goToSelfAnalysis}</Link>
        </>
      );
    case 'minutes': {
      const text = item.minutesStatus === 'none' ? d.owedMinutesNone : d.owedMinutesDraft;
      return <Link to={meetingPath(courseId, item.meetingId)}>{text(item.title, formatDate(t, item.date))}</Link>;
    }
    case 'change_model':
      return (
        <>
          {d.owedChangeModel} <Link to={coursePath(courseId, 'changeModel')}>{d.goToChangeModel}</Link>
        </>
      );
    case 'measurement':
      return <Link to={coursePath(courseId, 'changeModel')}>{d.owedMeasurement(item.name)}</Link>;
  }
}

/** What the municipality still owes: self-analysis, minutes, the change model and due measurements. */
export function OwedList({ courseId, owed }: { courseId: string; owed: OwedItem[] }) {
  const t = useT();
  const d = t.dashboard;
  return (
    <section aria-labelledby="dashboard-owed-heading" className="mt-6">
      <h2 id="dashboard-owed-heading">{d.owedHeading}</h2>
      {owed.length === 0 ? (
        <p>{d.owedNothing}</p>
      ) : (
        <ul>
          {owed.map((item, i) => (
            <li key={`${item.kind}-${i}`}>
              <OwedText courseId={courseId} item={item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
