import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type MouseEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { fetchSelfAnalysis, presentSelfAnalysis, selfAnalysisKey, type MissingPart, type SelfAnalysis } from './api.js';
import { missingText } from './missing-text.js';
import { focusField, targetOf, type SelfAnalysisValues } from './self-analysis-form.js';

interface PresentPanelProps {
  sa: SelfAnalysis;
  values: SelfAnalysisValues;
  /** Saves what is typed; resolves when it is saved. */
  flush: () => Promise<void>;
  /** The version the last save returned. */
  version: () => number;
  onPresented: (sa: SelfAnalysis) => void;
  disabled: boolean;
}

const SUMMARY_ID = 'self-analysis-present-errors';

/**
 * "Fremlæg": saves first, lists what is missing (as links to the fields) or
 * asks for confirmation, then presents the saved version.
 */
export function PresentPanel({ sa, values, flush, version, onPresented, disabled }: PresentPanelProps) {
  const t = useT();
  const s = t.selfAnalysis;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [gaps, setGaps] = useState<MissingPart[] | null>(null);

  useEffect(() => {
    if (error || gaps) document.getElementById(SUMMARY_ID)?.focus();
  }, [error, gaps]);

  const latest = () => queryClient.getQueryData(selfAnalysisKey(sa.courseId)) ?? sa;

  const start = () => {
    setError(null);
    setGaps(null);
    setBusy(true);
    void flush()
      .then(() => {
        const current = latest();
        if (current.version === 0 || current.missing.length > 0) setGaps(current.missing);
        else setOpen(true);
      })
      .finally(() => setBusy(false));
  };

  const confirm = () => {
    setBusy(true);
    presentSelfAnalysis(sa.courseId, version())
      .then((presented) => {
        setOpen(false);
        queryClient.setQueryData(selfAnalysisKey(sa.courseId), presented);
        onPresented(presented);
      })
      .catch(async (err: unknown) => {
        setOpen(false);
        if (isApiError(err, 400) && err.fieldErrors.length > 0) {
          // Someone emptied a field since the last save: show what the server now finds missing.
          const current = await fetchSelfAnalysis(sa.courseId);
          queryClient.setQueryData(selfAnalysisKey(sa.courseId), current);
          setGaps(current.missing);
          return;
        }
        setError(err);
        if (isApiError(err, 409))
          queryClient.setQueryData(selfAnalysisKey(sa.courseId), await fetchSelfAnalysis(sa.courseId));
      })
      .finally(() => setBusy(false));
  };

  const go = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    focusField(id);
  };
  return (
    <section aria-labelledby="self-analysis-present-heading" className="mt-6">
      <h2 id="self-analysis-present-heading" className="h3">
        {s.presentHeading}
      </h2>
      <p>{s.presentText}</p>
      {gaps ? (
        <Alert variant="error" heading={s.presentMissingHeading} id={SUMMARY_ID}>
          <p>{s.presentMissing}</p>
          <ul className="error-summary-list">
            {gaps.map((g) => {
              const target = targetOf(g.field, values);
              return (
                <li key={g.field}>
                  <a href={`#${target}`} onClick={go(target)}>
                    {missingText(t, g)}
                  </a>
                </li>
              );
            })}
          </ul>
        </Alert>
      ) : error ? (
        <div id={SUMMARY_ID} tabIndex={-1}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <button type="button" className="button button-primary" onClick={start} disabled={busy || disabled}>
        {busy && !open ? s.presenting : s.present}
      </button>
      <ConfirmDialog
        open={open}
        heading={s.presentHeading}
        confirmLabel={s.present}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
        busy={busy}
      >
        <p>{s.presentConfirm}</p>
      </ConfirmDialog>
    </section>
  );
}
