import { useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { useTrial, useUpdateTrialStatus, type Trial, type TrialStatus } from './api.js';
import { TrialLogForm } from './TrialLogForm.js';
import { TrialLogList } from './TrialLogList.js';
import { TrialSummary } from './TrialSummary.js';

function TrialLogs({ trial }: { trial: Trial }) {
  const query = useTrial(trial.id, true);
  if (!query.data) return <QueryStatus query={query} />;
  return <TrialLogList logs={query.data.logs} total={query.data.logCount} />;
}

/** Status changes for those who may edit the trial: complete, drop, reopen. */
function StatusButtons({ trial, onChanged }: { trial: Trial; onChanged: (status: TrialStatus) => void }) {
  const t = useT();
  const m = t.meetings;
  const update = useUpdateTrialStatus(trial.courseId, trial.id);
  const go = (status: TrialStatus) =>
    update.mutate({ version: trial.version, status }, { onSuccess: () => onChanged(status) });
  return (
    <>
      {update.error ? <ErrorAlert error={update.error} /> : null}
      {trial.status === 'open' ? (
        <>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => go('completed')}
            disabled={update.isPending}
          >
            {m.markCompleted}
          </button>
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => go('dropped')}
            disabled={update.isPending}
          >
            {m.drop}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => go('open')}
          disabled={update.isPending}
        >
          {m.reopen}
        </button>
      )}
    </>
  );
}

/** One trial on the course's trial page: its summary, its logs on request, the log form and status buttons as allowed. */
export function TrialItem({ trial }: { trial: Trial }) {
  const t = useT();
  const m = t.meetings;
  const [showLogs, setShowLogs] = useState(false);
  const [logging, setLogging] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const logsId = `trial-${trial.id}-logs`;
  return (
    <TrialSummary trial={trial} linkMeeting>
      {message ? <Alert variant="success" heading={message} /> : null}
      <div className="button-row mt-4">
        {trial.logCount > 0 ? (
          <button
            type="button"
            className="button button-tertiary"
            aria-expanded={showLogs}
            aria-controls={logsId}
            onClick={() => setShowLogs((s) => !s)}
          >
            {showLogs ? m.hideLogs : m.showLogs(trial.logCount)}
          </button>
        ) : null}
        {trial.allowed.log ? (
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={logging}
            onClick={() => {
              setMessage(null);
              setLogging((s) => !s);
            }}
          >
            {logging ? m.closeForm : m.logTrial}
          </button>
        ) : null}
        {trial.allowed.edit ? (
          <StatusButtons trial={trial} onChanged={(status) => setMessage(m.statusSaved(m.trialStatuses[status]))} />
        ) : null}
      </div>
      {logging ? (
        <TrialLogForm
          trial={trial}
          onDone={() => {
            setLogging(false);
            setShowLogs(true);
            setMessage(m.logged);
          }}
        />
      ) : null}
      <div id={logsId}>{showLogs ? <TrialLogs trial={trial} /> : null}</div>
    </TrialSummary>
  );
}
