import { DownloadButton } from '../../components/DownloadButton.js';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import { formatDeadline } from '../rounds/time.js';
import { useRoundOf, useRoundSelection, type RoundSelectionResponse } from './api.js';
import { ApplicantsTable } from './ApplicantsTable.js';
import { DecisionForm } from './DecisionForm.js';
import { ProposalSummary } from './ProposalSummary.js';
import { PublishDecision } from './PublishDecision.js';
import { PublishedDecision } from './PublishedDecision.js';
import { ruleLines } from './rule-lines.js';
import { PrintButton } from '../../components/PrintButton.js';
import { endpointUrl } from '../../api/call.js';
import { agencyEndpoints } from '../../../../src/shared/contracts/endpoints/rounds.js';

function RoundRules({ round }: { round: Round }) {
  const t = useT();
  const s = t.agency.selection;
  const lines = ruleLines(t, round.balanceRules);
  return (
    <section aria-labelledby="rules-heading" className="mt-6">
      <h2 id="rules-heading">{s.rulesHeading}</h2>
      <p>{s.capacity(round.capacity)}</p>
      {lines.length > 0 ? (
        <ul>
          {lines.map((l) => (
            <li key={l.key}>{l.text}</li>
          ))}
        </ul>
      ) : (
        <p>{s.noRules}</p>
      )}
    </section>
  );
}

/** The decision part: the form and publishing until published, then the published outcome. */
function Decision({ round, selection }: { round: Round; selection: RoundSelectionResponse }) {
  const t = useT();
  const [dirty, setDirty] = useState(false);
  const decision = selection.decision;
  if (decision?.publishedAt) return <PublishedDecision selection={selection} decision={decision} />;
  if (round.status === 'open') {
    return (
      <section aria-labelledby="decision-heading" className="mt-8">
        <h2 id="decision-heading">{t.agency.decision.heading}</h2>
        <Alert variant="info" heading={t.agency.decision.roundOpen(formatDeadline(t.intlLocale, round.deadline))} />
      </section>
    );
  }
  return (
    <>
      <DecisionForm roundId={round.id} selection={selection} onDirtyChange={setDirty} />
      <PublishDecision round={round} selection={selection} dirty={dirty} />
    </>
  );
}

/** `/runder/:id/udvaelgelse`: the rules, the proposal and what the rules cost, every applicant, then the decision and its publication. */
export function SelectionPage() {
  const t = useT();
  const s = t.agency.selection;
  const { id = '' } = useParams();
  const round = useRoundOf(id);
  const selection = useRoundSelection(id);
  usePageTitle(s.title, round.data?.name);
  if (!round.data) return <QueryStatus query={round} />;
  if (!selection.data) return <QueryStatus query={selection} />;
  const data = selection.data;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t.nav.rounds, to: '/runder' },
          { label: round.data.name, to: `/runder/${id}` },
          { label: s.title },
        ]}
      />
      <h1>{s.title}</h1>
      <PrintButton page="selection" />
      <DownloadButton href={endpointUrl(agencyEndpoints.selectionXlsx, { params: { id } })}>
        {t.print.selectionExport}
      </DownloadButton>
      <p className="font-lead">{round.data.name}</p>
      <p>{s.intro}</p>
      {data.pendingAssessments > 0 ? <Alert variant="warning" heading={s.pending(data.pendingAssessments)} /> : null}
      <RoundRules round={round.data} />
      <ProposalSummary selection={data} round={round.data} />
      <ApplicantsTable selection={data} round={round.data} />
      <Decision round={round.data} selection={data} />
    </>
  );
}
