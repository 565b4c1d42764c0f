import { Alert } from '../components/Alert.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useT } from '../i18n/i18n.js';
import { formatClock } from '../pages/applications/time.js';
import type { Notice, SaveStatus as Status } from './use-versioned-document.js';

interface SaveStatusProps {
  status: Status;
  /** The id of the status line (a test or a form may point at it). */
  id: string;
  notice?: Notice;
  onRetry?: () => void;
  /** Field ids of the server's errors start with this (ErrorAlert links to them). */
  idPrefix?: string;
  /** The form's labels by field name, so a refused save names its fields. */
  fieldLabels?: Record<string, string>;
}

/**
 * The one save status of a versioned document: "Gemt kl. 10.42" / "Gemmer …"
 * read out politely as it changes; a quiet note when another person's save
 * was merged in; the error with a "Gem nu" button when a save failed.
 */
export function SaveStatus({ status, id, notice = null, onRetry, idPrefix, fieldLabels }: SaveStatusProps) {
  const t = useT();
  const v = t.versions;
  const text =
    status.kind === 'saved'
      ? status.at
        ? v.savedAt(formatClock(t, status.at))
        : ''
      : status.kind === 'saving'
        ? v.saving
        : status.kind === 'pending'
          ? v.unsaved
          : status.kind === 'conflict'
            ? v.paused
            : v.failed;
  return (
    <>
      <p className="mb-0" aria-live="polite" aria-atomic="true" id={id}>
        <span className="sr-only">{v.saveStatus}: </span>
        <span className={status.kind === 'saved' ? 'weight-semibold' : undefined}>{text}</span>
      </p>
      {notice === 'merged' ? (
        <p className="form-hint mt-2" role="status">
          {v.merged(v.someoneElse)}
        </p>
      ) : null}
      {notice === 'resolved' && status.kind === 'saved' ? <Alert variant="success" heading={v.resolved} /> : null}
      {status.kind === 'error' ? (
        <div className="mt-4">
          <ErrorAlert
            error={status.error}
            {...(idPrefix ? { idPrefix } : {})}
            {...(fieldLabels ? { fieldLabels } : {})}
          />
          {onRetry ? (
            <button type="button" className="button button-secondary" onClick={onRetry}>
              {v.saveNow}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
