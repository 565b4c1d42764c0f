import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { formatClock, formatInstant } from '../applications/time.js';
import { fetchMeeting, saveMinutes, useApproveMinutes, useMeetingChanged, type Meeting } from './api.js';
import { DecisionsField, decisionId } from './DecisionsField.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { MinutesConflict } from './MinutesConflict.js';
import { MinutesEditor } from './MinutesEditor.js';
import { MinutesView } from './MinutesView.js';

type SaveState = { kind: 'saved'; at: string | null } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'failed' };

function MinutesStatus({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  const status = m.minutesStatuses[meeting.minutes.status];
  return (
    <p>
      <span className={meeting.minutes.status === 'approved' ? 'badge badge-success' : 'badge'}>{status}</span>{' '}
      {meeting.minutes.approvedBy && meeting.minutes.approvedAt
        ? m.approvedLine(meeting.minutes.approvedBy, formatInstant(t, meeting.minutes.approvedAt))
        : meeting.minutes.updatedBy
          ? m.updatedByLine(meeting.minutes.updatedBy)
          : null}
    </p>
  );
}

/** Approving exactly the saved version (the server checks it is still the same). */
function ApproveButton({ meeting, disabledReason }: { meeting: Meeting; disabledReason?: string | null }) {
  const t = useT();
  const m = t.meetings;
  const approve = useApproveMinutes(meeting.id);
  return (
    <div className="mt-6">
      {approve.isSuccess ? <Alert variant="success" heading={m.approved} /> : null}
      {approve.error ? <ErrorAlert error={approve.error} /> : null}
      {meeting.allowed.approveMinutes ? (
        <>
          {disabledReason ? <p className="form-hint">{disabledReason}</p> : null}
          <button
            type="button"
            className="button button-primary"
            onClick={() => approve.mutate(meeting.minutes.version)}
            disabled={approve.isPending || Boolean(disabledReason)}
          >
            {m.approve}
          </button>
        </>
      ) : null}
    </div>
  );
}

/** Minutes and decisions: an editor for those who run the meeting, the saved text for everyone else. */
export function MinutesSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  return (
    <section aria-labelledby="meeting-minutes-heading" className="mt-8">
      <h2 id="meeting-minutes-heading">{m.minutesHeading}</h2>
      <p>{m.minutesIntro}</p>
      <MinutesStatus meeting={meeting} />
      {meeting.allowed.editMinutes ? (
        <MinutesForm meeting={meeting} />
      ) : (
        <>
          <MinutesView html={meeting.minutes.html} decisions={meeting.decisions} />
          <ApproveButton meeting={meeting} />
        </>
      )}
    </section>
  );
}

/**
 * Writes the minutes (during or after the meeting) and saves them with the
 * version they started from. A save refused because someone else saved first
 * is kept by the server; the page then shows both and lets the user choose.
 */
function MinutesForm({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  const changed = useMeetingChanged();
  const [editorKey, setEditorKey] = useState(0);
  const [html, setHtml] = useState(meeting.minutes.html);
  const [decisions, setDecisions] = useState<string[]>(meeting.decisions);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const [error, setError] = useState<unknown>(null);
  const base = useRef(meeting.minutes.version);
  const conflict = meeting.conflicts[0] ?? null;

  /** Starts over from a saved version (another's save while nothing was typed here, or a resolved conflict). */
  const adopt = (fresh: Meeting) => {
    base.current = fresh.minutes.version;
    setHtml(fresh.minutes.html);
    setDecisions(fresh.decisions);
    setEditorKey((k) => k + 1);
    setState({ kind: 'saved', at: null });
  };

  useEffect(() => {
    if (meeting.minutes.version > base.current && state.kind === 'saved' && meeting.conflicts.length === 0)
      adopt(meeting);
  }, [meeting, state.kind]);

  const dirty = () => setState({ kind: 'dirty' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setState({ kind: 'saving' });
    const content = { minutesHtml: html, decisions: decisions.map((d) => d.trim()).filter((d) => d !== '') };
    saveMinutes(meeting.id, base.current, content)
      .then(async (saved) => {
        base.current = saved.minutes.version;
        setDecisions(saved.decisions);
        await changed(saved);
        setState({ kind: 'saved', at: new Date().toISOString() });
      })
      .catch(async (err: unknown) => {
        setState({ kind: 'failed' });
        if (isApiError(err, 409)) {
          const fresh = await fetchMeeting(meeting.id).catch(() => null);
          if (fresh) await changed(fresh);
          if (fresh && fresh.conflicts.length > 0) return;
        }
        setError(err);
      });
  };

  const fieldErrors: SummaryItem[] = isApiError(error, 400)
    ? error.fieldErrors.map((fe) => {
        const decision = /^decisions\.(\d+)$/.exec(fe.field);
        return decision
          ? {
              target: decisionId(Number(decision[1])),
              label: m.decisionLabel(Number(decision[1]) + 1),
              message: fe.message,
            }
          : { target: 'meeting-minutes', label: m.minutesLabel, message: fe.message };
      })
    : [];
  const statusText =
    state.kind === 'saved'
      ? state.at
        ? m.savedAt(formatClock(t, state.at))
        : ''
      : state.kind === 'saving'
        ? m.savingNow
        : state.kind === 'dirty'
          ? m.unsaved
          : conflict
            ? m.chooseFirst
            : m.saveFailed;
  return (
    <>
      {conflict ? <MinutesConflict meeting={meeting} conflict={conflict} onResolved={adopt} /> : null}
      <form onSubmit={submit} noValidate aria-labelledby="meeting-minutes-heading">
        <ErrorSummary id="minutes-errors" heading={m.minutesErrorHeading} items={fieldErrors} />
        {error && fieldErrors.length === 0 ? <ErrorAlert error={error} /> : null}
        <div className="form-group">
          <p className="form-label" id="meeting-minutes-label">
            {m.minutesLabel}
          </p>
          <span className="form-hint" id="meeting-minutes-hint">
            {m.minutesHint} {m.noChildNames}
          </span>
          <MinutesEditor
            key={editorKey}
            id="meeting-minutes"
            labelId="meeting-minutes-label"
            hintId="meeting-minutes-hint"
            initialHtml={html}
            onChange={(next) => {
              setHtml(next);
              dirty();
            }}
            invalid={fieldErrors.some((f) => f.target === 'meeting-minutes')}
          />
        </div>
        <DecisionsField
          decisions={decisions}
          onChange={(next) => {
            setDecisions(next);
            dirty();
          }}
          errorOf={(i) => fieldErrors.find((f) => f.target === decisionId(i))?.message}
        />
        <div className="button-row mt-6">
          <button
            type="submit"
            className="button button-primary"
            disabled={state.kind === 'saving' || conflict !== null}
          >
            {m.saveMinutes}
          </button>
          <p className="mb-0" aria-live="polite" aria-atomic="true" id="minutes-save-status">
            <span className="sr-only">{m.saveStatus}: </span>
            <span className={state.kind === 'saved' ? 'weight-semibold' : undefined}>{statusText}</span>
          </p>
        </div>
      </form>
      <ApproveButton meeting={meeting} disabledReason={state.kind === 'dirty' ? m.approveUnsaved : null} />
    </>
  );
}
