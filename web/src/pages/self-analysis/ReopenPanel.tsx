import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { fetchSelfAnalysis, reopenSelfAnalysis, selfAnalysisKey, type SelfAnalysis } from './api.js';

/** "Genåbn": a presented self-analysis becomes a draft again, after a confirmation. */
export function ReopenPanel({ sa, onReopened }: { sa: SelfAnalysis; onReopened: (sa: SelfAnalysis) => void }) {
  const t = useT();
  const s = t.selfAnalysis;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirm = () => {
    setBusy(true);
    setError(null);
    reopenSelfAnalysis(sa.courseId, sa.version)
      .then((reopened) => {
        setOpen(false);
        queryClient.setQueryData(selfAnalysisKey(sa.courseId), reopened);
        onReopened(reopened);
      })
      .catch(async (err: unknown) => {
        setOpen(false);
        setError(err);
        if (isApiError(err, 409))
          queryClient.setQueryData(selfAnalysisKey(sa.courseId), await fetchSelfAnalysis(sa.courseId));
      })
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="self-analysis-reopen-heading" className="mt-6">
      <h2 id="self-analysis-reopen-heading" className="h3">
        {s.reopenHeading}
      </h2>
      <p>{s.reopenText}</p>
      {error ? <ErrorAlert error={error} /> : null}
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)} disabled={busy}>
        {busy ? s.reopening : s.reopen}
      </button>
      <ConfirmDialog
        open={open}
        heading={s.reopenHeading}
        confirmLabel={s.reopen}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
        busy={busy}
      >
        <p>{s.reopenConfirm}</p>
      </ConfirmDialog>
    </section>
  );
}
