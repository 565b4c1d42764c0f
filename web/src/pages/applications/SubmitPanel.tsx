import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type MouseEvent } from 'react';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert, problemText } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import {
  applicationKey,
  applicationQueries,
  fetchApplication,
  submitApplication,
  type Application,
  type ChecklistKey,
} from './api.js';
import { checklistTarget, focusField } from './application-form.js';
import { CHECKLIST_KEYS } from '../../../../src/shared/contracts/applications.js';

const isChecklistKey = (key: string): key is ChecklistKey => (CHECKLIST_KEYS as readonly string[]).includes(key);

interface SubmitPanelProps {
  app: Application;
  /** Saves what is typed; resolves when it is saved. */
  flush: () => Promise<void>;
  /** The version the last save returned. */
  version: () => number;
  onSubmitted: (app: Application) => void;
  disabled: boolean;
  /** Fields that cannot be saved as typed (too long, unreadable): submission waits until they are corrected. */
  invalid: SummaryItem[];
}

interface Gap {
  key: string;
  target: string;
  text: string;
}

const SUMMARY_ID = 'application-submit-errors';

/**
 * "Indsend ansøgningen": saves first, lists what is missing or cannot be saved
 * (as links to the fields) or asks for confirmation, then submits with the
 * saved version. The list follows the form: an item goes as soon as it is done,
 * and the list with it when nothing is left (never a stale list).
 * A passed deadline says plainly that the draft is kept.
 */
export function SubmitPanel({ app, flush, version, onSubmitted, disabled, invalid }: SubmitPanelProps) {
  const t = useT();
  const a = t.applications;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** Set when "Indsend" found something to do: the list is then drawn from the form and checklist as they are now. */
  const [asked, setAsked] = useState(0);
  const [serverGaps, setServerGaps] = useState<Gap[] | null>(null);

  const latest = () => queryClient.getQueryData(applicationKey(app.id)) ?? app;
  const labelOf = (key: string) => (isChecklistKey(key) ? a.checklistLabels[key] : key);
  const current = latest();
  const gapsNow = (): Gap[] => [
    ...invalid.map((f) => ({ key: f.target, target: f.target, text: `${f.label}: ${f.message}` })),
    ...current.checklist
      .filter((c) => !c.done)
      .map((c) => ({ key: c.key, target: checklistTarget(c.key, current.content), text: a.checklistLabels[c.key] })),
  ];
  const gaps = serverGaps ?? (asked > 0 ? gapsNow() : []);
  const showGaps = gaps.length > 0;

  // The list goes away with its last item; a later "Indsend" draws it again.
  useEffect(() => {
    if (asked > 0 && !showGaps) setAsked(0);
  }, [asked, showGaps]);
  // Focus moves to the list (or the error) when "Indsend" shows it, not while it shrinks under the person's typing.
  useEffect(() => {
    if (asked > 0 || error || serverGaps) document.getElementById(SUMMARY_ID)?.focus();
  }, [asked, error, serverGaps]);

  const start = () => {
    setError(null);
    setServerGaps(null);
    setAsked(0);
    setBusy(true);
    void flush()
      .then(() => {
        if (invalid.length > 0 || latest().checklist.some((c) => !c.done)) setAsked((n) => n + 1);
        else setOpen(true);
      })
      .finally(() => setBusy(false));
  };

  const confirm = () => {
    setBusy(true);
    submitApplication(app.id, version())
      .then(async (submitted) => {
        queryClient.setQueryData(applicationKey(app.id), submitted);
        setOpen(false);
        onSubmitted(submitted);
        await queryClient.invalidateQueries({ queryKey: applicationQueries.all });
      })
      .catch(async (err: unknown) => {
        setOpen(false);
        if (isApiError(err, 400) && err.fieldErrors.length > 0) {
          setServerGaps(
            err.fieldErrors.map((fe) => ({
              key: fe.field,
              target: isChecklistKey(fe.field) ? checklistTarget(fe.field, latest().content) : '',
              text: isChecklistKey(fe.field) ? labelOf(fe.field) : fe.message,
            })),
          );
          return;
        }
        setError(err);
        if (isApiError(err, 409)) queryClient.setQueryData(applicationKey(app.id), await fetchApplication(app.id));
      })
      .finally(() => setBusy(false));
  };

  const go = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    focusField(id);
  };
  const deadlinePassed = isApiError(error, 409) && error.code === 'deadline_passed';
  return (
    <section aria-labelledby="application-submit-heading" className="mt-6">
      <h2 id="application-submit-heading" className="h3">
        {a.submitHeading}
      </h2>
      {showGaps ? (
        <Alert variant="error" heading={a.submitMissingHeading} id={SUMMARY_ID}>
          <p>{invalid.length > 0 ? a.submitFix : a.submitMissing}</p>
          <ul className="error-summary-list">
            {gaps.map((g) => (
              <li key={`${g.key}:${g.text}`}>
                {g.target ? (
                  <a href={`#${g.target}`} onClick={go(g.target)}>
                    {g.text}
                  </a>
                ) : (
                  g.text
                )}
              </li>
            ))}
          </ul>
        </Alert>
      ) : deadlinePassed ? (
        <Alert variant="error" heading={problemText(t, error).title} id={SUMMARY_ID}>
          <p>{a.deadlinePassedSubmit}</p>
        </Alert>
      ) : error ? (
        <div id={SUMMARY_ID} tabIndex={-1}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <button type="button" className="button button-primary" onClick={start} disabled={busy || disabled}>
        {busy && !open ? a.submitting : a.submit}
      </button>
      <ConfirmDialog
        open={open}
        heading={a.submitHeading}
        confirmLabel={a.submit}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
        busy={busy}
      >
        <p>{a.submitConfirm}</p>
      </ConfirmDialog>
    </section>
  );
}
