import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MinutesContent } from '../../../../src/shared/contracts/meetings.js';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { SaveStatus } from '../../versions/SaveStatus.js';
import { useVersionedDocument, type Saved } from '../../versions/use-versioned-document.js';
import { VersionConflict } from '../../versions/VersionConflict.js';
import { formatInstant } from '../applications/time.js';
import { deleteMinutesConflict, saveMinutes, useApproveMinutes, useMeetingChanged, type Meeting } from './api.js';
import { DecisionsField, decisionId } from './DecisionsField.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { MinutesEditor } from './MinutesEditor.js';
import { minutesFields } from './minutes-fields.js';
import { MinutesView } from './MinutesView.js';
import { useUnsavedPart } from './unsaved-changes.js';

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

interface MinutesValues {
  html: string;
  decisions: string[];
}

const minutesOf = (meeting: Meeting): Saved<MinutesContent> => ({
  version: meeting.minutes.version,
  content: { minutesHtml: meeting.minutes.html, decisions: meeting.decisions },
  savedAt: null,
});
const valuesOf = (c: MinutesContent): MinutesValues => ({ html: c.minutesHtml, decisions: c.decisions });
const contentOf = (v: MinutesValues): MinutesContent => ({
  minutesHtml: v.html,
  decisions: v.decisions.map((d) => d.trim()).filter((d) => d !== ''),
});

/**
 * Writes the minutes (during or after the meeting), saved as they are typed
 * and on "Gem referat" (useVersionedDocument). A colleague's save of the other
 * field (text or decisions) is merged in without asking; when both changed the
 * same field, the person chooses per field (VersionConflict).
 */
function MinutesForm({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  const changed = useMeetingChanged();
  const doc = useVersionedDocument<MinutesValues, MinutesContent>({
    saved: minutesOf(meeting),
    kept: meeting.conflicts,
    valuesOf,
    contentOf,
    fields: () => minutesFields(t),
    parse: (content) => MinutesContent.safeParse(content).data ?? null,
    save: async (version, content) => {
      const saved = await saveMinutes(meeting.id, version, content);
      await changed(saved);
      return minutesOf(saved);
    },
    dismiss: (conflictId) => deleteMinutesConflict(meeting.id, conflictId),
  });
  const { values, change, status, flush, pending, resolve, notice } = doc;
  useUnsavedPart('minutes', doc.unsaved);

  // The rich-text editor is uncontrolled: start it again when its text comes from elsewhere (a merge, a choice).
  const typed = useRef(values.html);
  const [editorKey, setEditorKey] = useState(0);
  useEffect(() => {
    if (values.html === typed.current) return;
    typed.current = values.html;
    setEditorKey((k) => k + 1);
  }, [values.html]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void flush();
  };
  const error = status.kind === 'error' ? status.error : null;
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
  const locked = pending !== null;
  return (
    <>
      {pending ? (
        <VersionConflict key={pending.conflictId} pending={pending} onResolve={(c) => void resolve(c)} />
      ) : null}
      <form onSubmit={submit} onBlur={() => void flush()} noValidate aria-labelledby="meeting-minutes-heading">
        <ErrorSummary id="minutes-errors" heading={m.minutesErrorHeading} items={fieldErrors} />
        <fieldset disabled={locked} className="mt-0">
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
              initialHtml={values.html}
              onChange={(html) => {
                typed.current = html;
                change({ ...values, html });
              }}
              invalid={fieldErrors.some((f) => f.target === 'meeting-minutes')}
            />
          </div>
          <DecisionsField
            decisions={values.decisions}
            onChange={(decisions) => change({ ...values, decisions })}
            errorOf={(i) => fieldErrors.find((f) => f.target === decisionId(i))?.message}
          />
        </fieldset>
        <div className="button-row mt-6">
          <button type="submit" className="button button-primary" disabled={status.kind === 'saving' || locked}>
            {m.saveMinutes}
          </button>
          <SaveStatus
            id="minutes-save-status"
            status={fieldErrors.length > 0 ? { kind: 'pending' } : status}
            notice={notice}
          />
        </div>
      </form>
      <ApproveButton
        meeting={meeting}
        disabledReason={status.kind === 'pending' || status.kind === 'saving' ? m.approveUnsaved : null}
      />
    </>
  );
}
