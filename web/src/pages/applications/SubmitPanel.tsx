import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type MouseEvent } from 'react';
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
}

interface Gap {
  key: ChecklistKey;
  text: string;
}

const SUMMARY_ID = 'application-submit-errors';

/**
 * "Indsend ansøgningen": saves first, lists what is missing (as links to the
 * fields) or asks for confirmation, then submits with the saved version.
 * A passed deadline says plainly that the draft is kept.
 */
export function SubmitPanel({ app, flush, version, onSubmitted, disabled }: SubmitPanelProps) {
  const t = useT();
  const a = t.applications;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [gaps, setGaps] = useState<Gap[] | null>(null);

  useEffect(() => {
    if (error || gaps) document.getElementById(SUMMARY_ID)?.focus();
  }, [error, gaps]);

  const latest = () => queryClient.getQueryData(applicationKey(app.id)) ?? app;
  const labelOf = (key: string) => (isChecklistKey(key) ? a.checklistLabels[key] : key);

  const start = () => {
    setError(null);
    setGaps(null);
    setBusy(true);
    void flush()
      .then(() => {
        const missing = latest().checklist.filter((c) => !c.done);
        if (missing.length > 0) setGaps(missing.map((c) => ({ key: c.key, text: a.checklistLabels[c.key] })));
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
          setGaps(
            err.fieldErrors.map((fe) => ({
              key: fe.field as ChecklistKey,
              text: `${labelOf(fe.field)}: ${fe.message}`,
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
      {gaps ? (
        <Alert variant="error" heading={a.submitMissingHeading} id={SUMMARY_ID}>
          <p>{a.submitMissing}</p>
          <ul className="error-summary-list">
            {gaps.map((g) => {
              const target = checklistTarget(g.key, latest().content);
              return (
                <li key={`${g.key}:${g.text}`}>
                  <a href={`#${target}`} onClick={go(target)}>
                    {g.text}
                  </a>
                </li>
              );
            })}
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
