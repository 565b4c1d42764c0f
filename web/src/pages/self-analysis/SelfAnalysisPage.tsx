import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { ReadersPanel } from '../access/ReadersPanel.js';
import { formatInstant } from '../applications/time.js';
import { useCourse } from '../courses/api.js';
import { CourseHeader } from '../courses/CourseHeader.js';
import { selfAnalysisPdfUrl, useSelfAnalysis, type SelfAnalysis } from './api.js';
import { ConflictPanel } from './ConflictPanel.js';
import { ReopenPanel } from './ReopenPanel.js';
import { SelfAnalysisEditor } from './SelfAnalysisEditor.js';
import { SelfAnalysisView } from './SelfAnalysisView.js';
import { PrintButton } from '../../components/PrintButton.js';

const NEWS_ID = 'self-analysis-news';
const STATUS_BADGE: Record<SelfAnalysis['status'], string> = {
  not_started: 'badge',
  draft: 'badge badge-warning',
  presented: 'badge badge-success',
};

function SelfAnalysisFacts({ sa }: { sa: SelfAnalysis }) {
  const t = useT();
  const s = t.selfAnalysis;
  return (
    <dl className="facts" aria-label={s.factsLabel}>
      <dt>{s.status}</dt>
      <dd>
        <span className={STATUS_BADGE[sa.status]}>{s.statuses[sa.status]}</span>
      </dd>
      {sa.presentedAt ? (
        <>
          <dt>{s.presentedAt}</dt>
          <dd>{s.byWhen(sa.presentedBy ?? s.none, formatInstant(t, sa.presentedAt))}</dd>
        </>
      ) : null}
      {sa.updatedAt ? (
        <>
          <dt>{s.lastSaved}</dt>
          <dd>{s.byWhen(sa.updatedBy ?? s.none, formatInstant(t, sa.updatedAt))}</dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * A course's self-analysis (egenanalyse): the template filled in as it is
 * typed by those who may write (the course's consultant, the coordinator and
 * the head of daycare), presented and reopened by them, read by everyone
 * else who sees the course, and downloaded as a PDF presentation.
 */
export function SelfAnalysisPage() {
  const t = useT();
  const s = t.selfAnalysis;
  const { id = '' } = useParams();
  const course = useCourse(id);
  const query = useSelfAnalysis(id);
  const sa = query.data;
  const [news, setNews] = useState<'presented' | 'reopened' | null>(null);
  // The form or the view has just replaced the other: the news takes focus so it is heard.
  useEffect(() => {
    if (news) document.getElementById(NEWS_ID)?.focus();
  }, [news]);
  usePageTitle(course.data ? s.pageTitle(course.data.municipalityName) : null, t.courses.title);
  if (!course.data) return <QueryStatus query={course} />;
  if (!sa) return <QueryStatus query={query} />;
  const presented = sa.status === 'presented';
  return (
    <>
      <CourseHeader course={course.data} heading={s.title} />
      <PrintButton page="self-analysis" />
      <p className="mt-5">{s.intro}</p>
      <SelfAnalysisFacts sa={sa} />
      <p>
        <a className="button button-secondary" href={selfAnalysisPdfUrl(sa.courseId)} download>
          {presented ? s.downloadPdf : s.downloadPdfDraft}
        </a>
      </p>
      {news === 'presented' && presented ? (
        <Alert variant="success" heading={s.presented} className="mt-4" id={NEWS_ID} />
      ) : null}
      {news === 'reopened' && !presented ? (
        <Alert variant="success" heading={s.reopened} className="mt-4" id={NEWS_ID} />
      ) : null}
      {sa.allowed.edit ? (
        <div className="mt-6">
          <SelfAnalysisEditor key={sa.courseId} sa={sa} onPresented={() => setNews('presented')} />
        </div>
      ) : (
        <>
          {news === 'presented' ? null : (
            <Alert variant="info" heading={presented ? s.presentedNotice : s.readOnly} className="mt-4" />
          )}
          {sa.conflicts[0] && sa.allowed.resolveConflicts ? (
            <ConflictPanel key={sa.conflicts[0].id} sa={sa} conflict={sa.conflicts[0]} onResolved={() => undefined} />
          ) : null}
          {sa.allowed.reopen ? <ReopenPanel sa={sa} onReopened={() => setNews('reopened')} /> : null}
          <SelfAnalysisView sa={sa} />
        </>
      )}
      <ReadersPanel kind="self_analysis" id={sa.courseId} />
    </>
  );
}
