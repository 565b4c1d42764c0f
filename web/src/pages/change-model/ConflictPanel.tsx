import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import type { Messages } from '../../i18n/da.js';
import { formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { formatInstant } from '../applications/time.js';
import {
  changeModelKey,
  dismissConflict,
  saveChangeModel,
  type ChangeModel,
  type ChangeModelConflict,
  type ChangeModelContent,
} from './api.js';
import { ITEM_SECTIONS } from './editor-form.js';

interface ConflictPanelProps {
  model: ChangeModel;
  conflict: ChangeModelConflict;
  /** Fetch the kept edit into the editor, to merge by hand. */
  onEdit: (conflict: ChangeModelConflict) => void;
}

type Section = keyof Messages['changeModel']['sections'];

/** A section of a model as lines of text, to set two versions side by side. */
function linesOf(t: Messages, content: ChangeModelContent, section: Section): string[] {
  if (section === 'problem' || section === 'targetGroup') return content[section] ? [content[section]] : [];
  if (section === 'indicators') {
    const n = (x: number | null) => (x === null ? t.common.none : formatNumber(t, x));
    return content.indicators.map((i) => `${i.name}: ${n(i.baseline)} → ${n(i.target)}${i.unit ? ` ${i.unit}` : ''}`);
  }
  return content[section].map((i) => i.text);
}

function Lines({ lines, empty }: { lines: string[]; empty: string }) {
  if (lines.length === 0) return <>{empty}</>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="mt-0">
      {lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

/**
 * A save that came in on top of someone else's, kept by the server. Shows the
 * sections where it differs from the saved version and lets the user keep
 * the saved version, save the kept one as a new version, or fetch it into the
 * editor to merge by hand. Nothing is thrown away without a choice.
 */
export function ConflictPanel({ model, conflict, onEdit }: ConflictPanelProps) {
  const t = useT();
  const m = t.changeModel;
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const panelId = `cm-conflict-${conflict.id}`;
  useEffect(() => {
    document.getElementById(panelId)?.focus();
  }, [panelId]);

  const sections: Section[] = ['problem', 'targetGroup', ...ITEM_SECTIONS, 'indicators'];
  const rows = sections
    .map((section) => ({
      section,
      saved: linesOf(t, model.content, section),
      kept: linesOf(t, conflict.content.model, section),
    }))
    .filter((r) => JSON.stringify(r.saved) !== JSON.stringify(r.kept));

  const resolve = (useKept: boolean) => {
    setBusy(true);
    setError(null);
    const run = async () => {
      if (useKept) {
        const note = conflict.content.note || m.keptNote(conflict.baseVersion);
        await saveChangeModel(model.courseId, { baseVersion: model.version, content: conflict.content.model, note });
      }
      await dismissConflict(model.courseId, conflict.id);
    };
    run()
      .catch((err: unknown) => setError(err))
      .finally(() => {
        setBusy(false);
        void queryClient.invalidateQueries({ queryKey: changeModelKey(model.courseId) });
      });
  };

  return (
    <Alert variant="warning" heading={m.conflictHeading} id={panelId}>
      <p>{m.conflictText(conflict.savedBy, formatInstant(t, conflict.savedAt), conflict.baseVersion)}</p>
      {error ? <ErrorAlert error={error} /> : null}
      {rows.length === 0 ? (
        <p>{m.conflictSame}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact mt-4 conflict-table">
            <caption>{m.conflictCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.conflictField}</th>
                <th scope="col">{m.conflictCurrent(model.version)}</th>
                <th scope="col">{m.conflictKept}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.section} className="differs">
                  <th scope="row">{m.sections[r.section]}</th>
                  <td>
                    <Lines lines={r.saved} empty={m.empty} />
                  </td>
                  <td>
                    <Lines lines={r.kept} empty={m.empty} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row mt-4">
        <button type="button" className="button button-primary" onClick={() => resolve(false)} disabled={busy}>
          {m.keepSaved}
        </button>
        <button type="button" className="button button-secondary" onClick={() => resolve(true)} disabled={busy}>
          {m.useKept}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onEdit(conflict)} disabled={busy}>
          {m.editKept}
        </button>
        {busy ? <span role="status">{m.resolving}</span> : null}
      </div>
    </Alert>
  );
}
