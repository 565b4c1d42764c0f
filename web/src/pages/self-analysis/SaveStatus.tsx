import { useT } from '../../i18n/i18n.js';
import { formatClock } from '../applications/time.js';
import type { SaveStatus as Status } from './use-self-analysis-autosave.js';

/** "Gemt kl. 10.42" / "Gemmer …", read out politely as it changes. */
export function SaveStatus({ status }: { status: Status }) {
  const t = useT();
  const s = t.selfAnalysis;
  const text =
    status.kind === 'saved'
      ? status.at
        ? s.savedAt(formatClock(t, status.at))
        : s.notSavedYet
      : status.kind === 'saving'
        ? s.savingNow
        : status.kind === 'pending'
          ? s.unsaved
          : status.kind === 'conflict'
            ? s.savePaused
            : s.saveFailed;
  return (
    <p className="mb-0" aria-live="polite" aria-atomic="true" id="self-analysis-save-status">
      <span className="sr-only">{s.saveStatus}: </span>
      <span className={status.kind === 'saved' && status.at ? 'weight-semibold' : undefined}>{text}</span>
    </p>
  );
}
