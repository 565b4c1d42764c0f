import './assess.css';
import { useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import { useApplication, useAssessment, useRoundOf, type Application, type AssessmentView } from './api.js';
import { ApplicationContentView } from './ApplicationContentView.js';
import { AssessmentDetails } from './AssessmentDetails.js';
import { AssessmentForm } from './AssessmentForm.js';
import { AssessmentStatus } from './AssessmentStatus.js';
import { ConflictDeclaration } from './ConflictDeclaration.js';
import { OtherAssessments } from './OtherAssessments.js';
import { PrintButton } from '../../components/PrintButton.js';

/** The scoring part: hidden until the assessor has declared no conflict; read-only once submitted. */
function OwnAssessment({ view, round, application }: { view: AssessmentView; round: Round; application: Application }) {
  const t = useT();
  const a = t.agency.assess;
  const own = view.own;
  if (own.status === 'submitted') {
    return (
      <section aria-labelledby="own-heading" className="mt-8">
        <h2 id="own-heading">{a.formHeading}</h2>
        <Alert variant="success" heading={a.submitted} id="assessment-submitted">
          {own.submittedAt ? <p>{a.submittedOn(formatDateTime(t, own.submittedAt))}</p> : null}
        </Alert>
        <AssessmentDetails assessment={own} round={round} />
      </section>
    );
  }
  if (own.conflict !== 'none') return null;
  return (
    <div className="mt-8">
      <AssessmentForm key={own.id} view={view} round={round} applicationId={application.id} />
    </div>
  );
}

function AssessContent({ application, round, view }: { application: Application; round: Round; view: AssessmentView }) {
  const t = useT();
  const a = t.agency.assess;
  return (
    <>
      <Breadcrumbs
        items={[{ label: t.agency.assessmentsTitle, to: '/bedoemmelser' }, { label: application.municipalityName }]}
      />
      <h1>{a.title(application.municipalityName)}</h1>
      <PrintButton page="assessment" />
      <dl className="facts">
        <dt>{a.round}</dt>
        <dd>{application.roundName}</dd>
        <dt>{a.submittedAt}</dt>
        <dd>{application.submittedAt ? formatDateTime(t, application.submittedAt) : t.common.none}</dd>
        <dt>{a.yourStatus}</dt>
        <dd>
          <AssessmentStatus status={view.own.status} conflict={view.own.conflict} />
        </dd>
      </dl>
      {/* Wide screens: the application on the left, the scoring beside it and staying in view
          (assess.css); phones: the application first, then the scoring. */}
      <div className="row assess-layout">
        <div className="col-12 col-lg-7 assess-application">
          <ApplicationContentView application={application} />
        </div>
        <div className="col-12 col-lg-5">
          <div className="assess-scoring" data-testid="assess-scoring">
            <ConflictDeclaration own={view.own} applicationId={application.id} />
            <OwnAssessment view={view} round={round} application={application} />
          </div>
        </div>
      </div>
      {view.own.conflict === 'conflict' ? null : <OtherAssessments view={view} round={round} />}
    </>
  );
}

/** `/bedoemmelser/:applicationId`: the application read-only beside the conflict declaration and the assessor's scores. */
export function AssessPage() {
  const t = useT();
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  const assessment = useAssessment(applicationId);
  const round = useRoundOf(application.data?.roundId);
  usePageTitle(
    application.data ? t.agency.assess.title(application.data.municipalityName) : undefined,
    t.agency.assessmentsTitle,
  );
  if (!application.data) return <QueryStatus query={application} />;
  if (!assessment.data) return <QueryStatus query={assessment} />;
  if (!round.data) return <QueryStatus query={round} />;
  return <AssessContent application={application.data} round={round.data} view={assessment.data} />;
}
