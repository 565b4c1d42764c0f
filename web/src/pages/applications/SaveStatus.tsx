import { useT } from '../../i18n/i18n.js';
import { formatClock } from './time.js';
import type { SaveStatus as Status } from './use-autosave.js';

/** "Gemt kl. 10.42" / "Gemmer …", read out politely as it changes. */
export function SaveStatus({ status }: { status: Status }) {
  const t = useT();
  const a = t.applications;
  const text =
    status.kind === 'saved'
      ? a.savedAt(formatClock(t, status.at))
      : status.kind === 'saving'
        ? a.savingNow
        : status.kind === 'pending'
          ? a.unsaved
          : status.kind === 'conflict'
            ? a.savePaused
            : a.saveFailed;
  return (
    <p className="mb-0" aria-live="polite" aria-atomic="true" id="application-save-status">
      <span className="sr-only">{a.saveStatus}: </span>
      <span className={status.kind === 'saved' ? 'weight-semibold' : undefined}>{text}</span>
    </p>
  );
}
