import { useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { useChangeStatus, type Meeting, type MeetingStatus } from './api.js';

/**
 * Marks the meeting held (from its day), cancels it (after a confirmation)
 * or plans it again. The server keeps the rules and says why it refuses.
 */
export function StatusActions({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  const change = useChangeStatus(meeting.id);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<MeetingStatus | null>(null);
  const go = (status: MeetingStatus) => {
    setDone(null);
    change.mutate(
      // Cancelling is asked about below (naming who is invited), so it goes confirmed.
      { version: meeting.version, status, ...(status === 'cancelled' ? { confirmed: true } : {}) },
      {
        onSuccess: (saved) => setDone(saved.status),
        onSettled: () => setConfirming(false),
      },
    );
  };
  return (
    <section aria-labelledby="meeting-status-heading" className="mt-6 no-print">
      <h2 id="meeting-status-heading" className="h3">
        {m.statusHeading}
      </h2>
      {done ? <Alert variant="success" heading={m.statusChanged(t.courses.statuses[done])} /> : null}
      {change.error ? <ErrorAlert error={change.error} /> : null}
      {meeting.status === 'planned' ? <p className="form-hint">{m.heldHint}</p> : null}
      <div className="button-row">
        {meeting.status === 'planned' ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => go('held')}
              disabled={change.isPending}
            >
              {m.markHeld}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => setConfirming(true)}
              disabled={change.isPending}
            >
              {m.cancel}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => go('planned')}
            disabled={change.isPending}
          >
            {m.replan}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        heading={m.cancelHeading}
        confirmLabel={m.cancelConfirm}
        onConfirm={() => go('cancelled')}
        onClose={() => setConfirming(false)}
        busy={change.isPending}
      >
        <p>{m.cancelText}</p>
        {meeting.date !== null && meeting.participants.length > 0 ? (
          <p>{m.cancelInvited(meeting.participants.length)}</p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
