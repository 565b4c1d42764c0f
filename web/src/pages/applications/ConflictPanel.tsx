import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import {
  applicationKey,
  deleteConflict,
  fetchApplication,
  saveApplication,
  type Application,
  type ApplicationConflict,
} from './api.js';
import { differences, useContentSections } from './content-rows.js';
import { formatInstant } from './time.js';

interface ConflictPanelProps {
  app: Application;
  conflict: ApplicationConflict;
  names: Record<string, string>;
  onResolved: (app: Application) => void;
}

/**
 * Someone saved the application while this user was typing: the server kept
 * the refused save. Shows the fields that differ between the saved version
 * and the kept one, and lets the user choose; nothing is overwritten silently.
 */
export function ConflictPanel({ app, conflict, names, onResolved }: ConflictPanelProps) {
  const t = useT();
  const a = t.applications;
  const queryClient = useQueryClient();
  const sections = useContentSections();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rows = differences(sections(app.content, names), sections(conflict.content, names), a.none);

  useEffect(() => {
    document.getElementById('application-conflict')?.focus();
  }, [conflict.id]);

  const resolve = (keepMine: boolean) => {
    setBusy(true);
    setError(null);
    const run = async () => {
      if (keepMine) await saveApplication(app.id, app.version, conflict.content);
      await deleteConflict(app.id, conflict.id);
    };
    run()
      .catch((err: unknown) => setError(err))
      .then(() => fetchApplication(app.id))
      .then((fresh) => {
        queryClient.setQueryData(applicationKey(app.id), fresh);
        onResolved(fresh);
      })
      .catch((err: unknown) => setError(err))
      .finally(() => setBusy(false));
  };

  return (
    <Alert variant="warning" heading={a.conflictHeading} id="application-conflict">
      <p>{a.conflictText}</p>
      {error ? <ErrorAlert error={error} /> : null}
      {rows.length === 0 ? (
        <p>{a.conflictSame}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact mt-4 conflict-table">
            <caption>{a.conflictCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{a.conflictField}</th>
                <th scope="col">{a.conflictSaved(app.updatedBy ?? a.none, formatInstant(t, app.updatedAt))}</th>
                <th scope="col">{a.conflictKept(conflict.savedBy, formatInstant(t, conflict.savedAt))}</th>
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
      <div className="button-row mt-4">
        <button type="button" className="button button-primary" onClick={() => resolve(false)} disabled={busy}>
          {a.useSaved}
        </button>
        <button type="button" className="button button-secondary" onClick={() => resolve(true)} disabled={busy}>
          {a.useMine}
        </button>
        {busy ? <span role="status">{a.resolving}</span> : null}
      </div>
    </Alert>
  );
}
