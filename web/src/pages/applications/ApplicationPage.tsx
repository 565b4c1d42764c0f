import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { Flash } from '../../components/Flash.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { ReadersPanel } from '../access/ReadersPanel.js';
import { useApplication, type Application } from './api.js';
import { OutcomeBadge, StatusBadge } from './ApplicationBadges.js';
import { ApplicationEditor } from './ApplicationEditor.js';
import { ApplicationView } from './ApplicationView.js';
import { AgreementPanel } from './AgreementPanel.js';
import { DecisionPanel } from './DecisionPanel.js';
import { ReceiptPanel } from './ReceiptPanel.js';
import { formatInstant, isPast } from './time.js';
import { PrintButton } from '../../components/PrintButton.js';

function ApplicationFacts({ app }: { app: Application }) {
  const t = useT();
  const a = t.applications;
  return (
    <dl className="facts">
      <dt>{a.round}</dt>
      <dd>
        <Link to={`/runder/${app.roundId}`}>{app.roundName}</Link>
      </dd>
      <dt>{a.period}</dt>
      <dd>{t.rounds.periodText(formatDate(t, app.courseStart), formatDate(t, app.courseEnd))}</dd>
      <dt>{a.deadline}</dt>
      <dd>{a.deadlineValue(formatInstant(t, app.deadline))}</dd>
      <dt>{a.status}</dt>
      <dd>
        <StatusBadge status={app.status} /> {app.outcome ? <OutcomeBadge outcome={app.outcome} /> : null}{' '}
        {app.readyForCourse ? <span className="badge badge-success">{a.readyForCourse}</span> : null}
      </dd>
    </dl>
  );
}

/**
 * One application. The coordinator fills in the draft (saved as it is
 * typed); everyone else, and everyone after submission, reads it. Then the
 * receipt, the published decision and the collaboration agreement.
 */
export function ApplicationPage() {
  const t = useT();
  const a = t.applications;
  const { id = '' } = useParams();
  const query = useApplication(id);
  const app = query.data;
  const [justSubmitted, setJustSubmitted] = useState(false);
  usePageTitle(app ? a.pageTitle(app.municipalityName, app.roundName) : null, a.title);
  if (!app) return <QueryStatus query={query} />;
  const late = app.status === 'draft' && isPast(app.deadline);
  return (
    <>
      <Breadcrumbs items={[{ label: a.title, to: '/ansoegninger' }, { label: a.heading(app.municipalityName) }]} />
      <Flash />
      <h1>{a.heading(app.municipalityName)}</h1>
      <PrintButton page="application" />
      <p className="font-lead">{app.roundName}</p>
      <ApplicationFacts app={app} />
      {late ? (
        <Alert variant="warning" heading={a.deadlinePassed} className="mt-6">
          <p>{a.deadlinePassedDraft}</p>
        </Alert>
      ) : null}
      <DecisionPanel app={app} />
      <AgreementPanel app={app} />
      <ReceiptPanel app={app} justSubmitted={justSubmitted} />
      {app.allowed.edit && app.status === 'draft' ? (
        <div className="mt-6">
          <ApplicationEditor key={app.id} app={app} onSubmitted={() => setJustSubmitted(true)} />
        </div>
      ) : (
        <ApplicationView app={app} />
      )}
      <ReadersPanel kind="application" id={app.id} />
    </>
  );
}
