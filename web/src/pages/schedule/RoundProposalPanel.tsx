import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDate } from '../../i18n/format.js';
import { word } from '../../../../src/shared/contracts/messages.js';
import { useT } from '../../i18n/i18n.js';
import { useApplyRoundProposal, useRoundProposal } from './api.js';
import { LeftMeetings } from './LeftMeetings.js';
import { ProposalTable } from './ProposalTable.js';

const HEADING_ID = 'round-proposal-heading';

/** The admin plans every course of the round at once: the proposal, then "Brug forslaget" stores all of it or none. */
export function RoundProposalPanel({ roundId }: { roundId: string }) {
  const t = useT();
  const s = t.schedule;
  const propose = useRoundProposal(roundId);
  const apply = useApplyRoundProposal(roundId);
  const [applied, setApplied] = useState<{ applied: number; courses: number } | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const proposal = propose.data;
  useEffect(() => {
    if (propose.isSuccess || propose.isError || apply.isError || applied !== null) result.current?.focus();
  }, [propose.isSuccess, propose.isError, apply.isError, applied]);

  const use = () => {
    if (!proposal?.feasible) return;
    apply.mutate(
      { meetings: proposal.meetings.map(({ id, date, start, end }) => ({ id, date, start, end })) },
      {
        onSuccess: (done) => {
          setApplied(done);
          propose.reset();
        },
        onError: (err) => {
          if (isApiError(err, 409)) propose.reset();
        },
      },
    );
  };
  return (
    <section aria-labelledby={HEADING_ID} className="mt-8">
      <h2 id={HEADING_ID}>{s.roundProposeHeading}</h2>
      <div ref={result} tabIndex={-1}>
        {applied ? <Alert variant="success" heading={s.roundApplied(applied.applied, applied.courses)} /> : null}
        {isApiError(apply.error, 409) ? (
          <Alert variant="warning" heading={s.proposalStale} />
        ) : apply.error ? (
          <ErrorAlert error={apply.error} />
        ) : null}
        {propose.error ? <ErrorAlert error={propose.error} /> : null}
        {proposal && !proposal.feasible ? (
          <Alert variant="warning" heading={s.infeasibleHeading}>
            <p>{word(s.reasonText, proposal.reason)}</p>
          </Alert>
        ) : null}
        {proposal?.feasible && proposal.meetings.length === 0 ? <p>{s.roundNothingToPlace}</p> : null}
        {proposal?.feasible && proposal.meetings.length > 0 ? (
          <>
            <p>{s.proposalText(proposal.meetings.length)}</p>
            {proposal.themeDay ? <p>{s.proposalThemeDay(formatDate(t, proposal.themeDay))}</p> : null}
            <LeftMeetings left={proposal.left} />
            <ProposalTable meetings={proposal.meetings} showMunicipality />
            <div className="mt-4">
              <button type="button" className="button button-primary" onClick={use} disabled={apply.isPending}>
                {apply.isPending ? s.applying : s.useProposal}
              </button>{' '}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => propose.reset()}
                disabled={apply.isPending}
              >
                {s.discard}
              </button>
            </div>
          </>
        ) : null}
      </div>
      {!(proposal?.feasible && proposal.meetings.length > 0) ? (
        <button
          type="button"
          className="button button-primary mt-4"
          onClick={() => {
            setApplied(null);
            apply.reset();
            propose.mutate();
          }}
          disabled={propose.isPending}
        >
          {propose.isPending ? s.proposing : s.roundPropose}
        </button>
      ) : null}
    </section>
  );
}
