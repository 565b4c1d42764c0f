import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { formatInstant } from '../applications/time.js';
import { deleteMinutesConflict, fetchMeeting, meetingKey, saveMinutes, type KeptMinutes, type Meeting } from './api.js';
import { MinutesView } from './MinutesView.js';

interface MinutesConflictProps {
  meeting: Meeting;
  conflict: KeptMinutes;
  onResolved: (fresh: Meeting) => void;
}

/**
 * Someone saved the minutes while another wrote: the server kept the refused
 * save. Both versions side by side, rendered from the server's sanitised HTML;
 * the user keeps the saved one or saves the kept one on top. Nothing is lost.
 */
export function MinutesConflict({ meeting, conflict, onResolved }: MinutesConflictProps) {
  const t = useT();
  const m = t.meetings;
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    document.getElementById('minutes-conflict')?.focus();
  }, [conflict.id]);

  const resolve = (useKept: boolean) => {
    setBusy(true);
    setError(null);
    const run = async () => {
      if (useKept) await saveMinutes(meeting.id, meeting.minutes.version, conflict.content);
      await deleteMinutesConflict(meeting.id, conflict.id);
    };
    run()
      .catch((err: unknown) => setError(err))
      .then(() => fetchMeeting(meeting.id))
      .then((fresh) => {
        queryClient.setQueryData(meetingKey(meeting.id), fresh);
        onResolved(fresh);
      })
      .catch((err: unknown) => setError(err))
      .finally(() => setBusy(false));
  };

  return (
    <Alert variant="warning" heading={m.conflictHeading} id="minutes-conflict">
      <p>{m.conflictText}</p>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="versions">
        <section className="versions__item" aria-labelledby="minutes-saved-heading">
          <h3 className="h5" id="minutes-saved-heading">
            {m.conflictSaved(meeting.minutes.updatedBy)}
          </h3>
          <MinutesView html={meeting.minutes.html} decisions={meeting.decisions} />
        </section>
        <section className="versions__item" aria-labelledby="minutes-kept-heading">
          <h3 className="h5" id="minutes-kept-heading">
            {m.conflictKept(conflict.savedBy, formatInstant(t, conflict.savedAt))}
          </h3>
          <MinutesView html={conflict.content.minutesHtml} decisions={conflict.content.decisions} />
        </section>
      </div>
      <div className="button-row mt-4">
        <button type="button" className="button button-primary" onClick={() => resolve(false)} disabled={busy}>
          {m.keepSaved}
        </button>
        <button type="button" className="button button-secondary" onClick={() => resolve(true)} disabled={busy}>
          {m.useKept}
        </button>
        {busy ? <span role="status">{m.resolving}</span> : null}
      </div>
    </Alert>
  );
}
