import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDate } from '../../i18n/format.js';
import { word } from '../../../../src/shared/contracts/messages.js';
import { useT } from '../../i18n/i18n.js';
import { useApplyCourseProposal, useCourseProposal, type CourseSchedule } from './api.js';
import { LeftMeetings } from './LeftMeetings.js';
import { ProposalTable } from './ProposalTable.js';

const HEADING_ID = 'course-proposal-heading';
const RESULT_ID = 'course-proposal-result';

/**
 * "Foreslå datoer" → the proposal (nothing stored) → "Brug forslaget" stores
 * exactly what is shown, with the course version it was made for. A refusal
 * (409: the meetings changed meanwhile) says so and drops the proposal. Focus
 * moves to each new result, so a screen reader reads it out.
 */
export function CourseProposalPanel({ schedule }: { schedule: CourseSchedule }) {
  const t = useT();
  const s = t.schedule;
  const courseId = schedule.course.id;
  const propose = useCourseProposal(courseId);
  const apply = useApplyCourseProposal(courseId);
  const [appliedCount, setAppliedCount] = useState<number | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const proposal = propose.data;
  const focusKey = `${propose.status}:${apply.status}:${appliedCount ?? ''}`;
  useEffect(() => {
    if (propose.isSuccess || propose.isError || apply.isError || appliedCount !== null) result.current?.focus();
  }, [focusKey, propose.isSuccess, propose.isError, apply.isError, appliedCount]);

  const run = () => {
    setAppliedCount(null);
    apply.reset();
    propose.mutate();
  };
  const use = () => {
    if (!proposal?.feasible) return;
    const meetings = proposal.meetings.map(({ id, date, start, end }) => ({ id, date, start, end }));
    apply.mutate(
      { courseVersion: proposal.courseVersion, meetings },
      {
        onSuccess: () => {
          setAppliedCount(meetings.length);
          propose.reset();
        },
        onError: (err) => {
          if (isApiError(err, 409)) propose.reset();
        },
      },
    );
  };

  return (
    <section aria-labelledby={HEADING_ID} className="mt-6">
      <h2 id={HEADING_ID}>{s.proposeHeading}</h2>
      <p>{schedule.undatedCount > 0 ? s.undated(schedule.undatedCount) : s.allDated}</p>
      <div id={RESULT_ID} ref={result} tabIndex={-1}>
        {appliedCount !== null ? <Alert variant="success" heading={s.applied(appliedCount)} /> : null}
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
        {proposal?.feasible ? (
          <>
            <p>{s.proposalText(proposal.meetings.length)}</p>
            {proposal.themeDay ? <p>{s.proposalThemeDay(formatDate(t, proposal.themeDay))}</p> : null}
            <LeftMeetings left={proposal.left} />
            <ProposalTable meetings={proposal.meetings} />
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
      {schedule.undatedCount > 0 && !proposal?.feasible ? (
        <button type="button" className="button button-primary mt-4" onClick={run} disabled={propose.isPending}>
          {propose.isPending ? s.proposing : s.propose}
        </button>
      ) : null}
    </section>
  );
}
