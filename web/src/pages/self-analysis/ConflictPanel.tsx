import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { formatInstant } from '../applications/time.js';
import {
  deleteSelfAnalysisConflict,
  fetchSelfAnalysis,
  saveSelfAnalysis,
  selfAnalysisKey,
  type SelfAnalysis,
  type SelfAnalysisConflict,
} from './api.js';
import { contentParts, differences } from './content-rows.js';
import { CONFLICT_ID } from './self-analysis-form.js';

interface ConflictPanelProps {
  sa: SelfAnalysis;
  conflict: SelfAnalysisConflict;
  onResolved: (sa: SelfAnalysis) => void;
}

/**
 * Someone saved the self-analysis while this user was typing (or it was
 * presented meanwhile): the server kept the refused save. Shows the fields
 * that differ and lets the user choose; nothing is overwritten silently.
 */
export function ConflictPanel({ sa, conflict, onResolved }: ConflictPanelProps) {
  const t = useT();
  const s = t.selfAnalysis;
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rows = differences(contentParts(t, sa, sa.content), contentParts(t, sa, conflict.content));
  const canChoose = sa.allowed.resolveConflicts;
  const canTakeMine = sa.allowed.edit;

  useEffect(() => {
    document.getElementById(CONFLICT_ID)?.focus();
  }, [conflict.id]);

  const resolve = (keepMine: boolean) => {
    setBusy(true);
    setError(null);
    const run = async () => {
      if (keepMine) await saveSelfAnalysis(sa.courseId, sa.version, conflict.content);
      await deleteSelfAnalysisConflict(sa.courseId, conflict.id);
    };
    run()
      .catch((err: unknown) => setError(err))
      .then(() => fetchSelfAnalysis(sa.courseId))
      .then((fresh) => {
        queryClient.setQueryData(selfAnalysisKey(sa.courseId), fresh);
        onResolved(fresh);
      })
      .catch((err: unknown) => setError(err))
      .finally(() => setBusy(false));
  };

  return (
    <Alert variant="warning" heading={s.conflictHeading} id={CONFLICT_ID} className="mt-4">
      <p>{canChoose ? s.conflictText : s.conflictReadOnly}</p>
      {error ? <ErrorAlert error={error} /> : null}
      {rows.length === 0 ? (
        <p>{s.conflictSame}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact mt-4 conflict-table">
            <caption>{s.conflictCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.conflictField}</th>
                <th scope="col">
                  {s.conflictSaved(sa.updatedBy ?? s.none, sa.updatedAt ? formatInstant(t, sa.updatedAt) : s.none)}
                </th>
                <th scope="col">{s.conflictKept(conflict.savedBy, formatInstant(t, conflict.savedAt))}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="differs">
                  <th scope="row">{r.label}</th>
                  <td>{r.saved}</td>
                  <td>{r.kept}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canChoose ? (
        <div className="button-row mt-4">
          <button type="button" className="button button-primary" onClick={() => resolve(false)} disabled={busy}>
            {s.useSaved}
          </button>
          {canTakeMine ? (
            <button type="button" className="button button-secondary" onClick={() => resolve(true)} disabled={busy}>
              {s.useMine}
            </button>
          ) : null}
          {busy ? <span role="status">{s.resolving}</span> : null}
        </div>
      ) : null}
    </Alert>
  );
}
