import { isApiError } from '../api/client.js';
import type { CoreMessages } from '../i18n/da.core.js';
import { useCoreT } from '../i18n/i18n.js';
import { Alert } from './Alert.js';

/** The words for a failed request: the server's Danish title (or its translation), or a network message. */
export function problemText(t: CoreMessages, error: unknown): { title: string; detail: string | undefined } {
  if (!isApiError(error)) return { title: t.common.unknownError, detail: undefined };
  if (error.status === 0) return { title: t.common.networkError, detail: undefined };
  const title = t.errors.problems[error.code] ?? error.title;
  // A detail that only repeats the title adds nothing.
  const detail = error.detail && error.detail !== error.title && t.locale === 'da' ? error.detail : undefined;
  return { title: title || t.common.unknownError, detail };
}

interface ErrorAlertProps {
  error: unknown;
  /** Prefix of the form's input ids, so field errors can link to their fields (`${idPrefix}-${field}`). */
  idPrefix?: string;
  /** The form's labels by field name, so the summary says which field each message is about. */
  fieldLabels?: Record<string, string>;
  onRetry?: () => void;
}

/** A dkfds error alert for a failed request, listing field errors as links to their inputs. */
export function ErrorAlert({ error, idPrefix, fieldLabels, onRetry }: ErrorAlertProps) {
  const t = useCoreT();
  const { title, detail } = problemText(t, error);
  const fieldErrors = isApiError(error) ? error.fieldErrors : [];
  const correlationId = isApiError(error) ? error.correlationId : undefined;
  return (
    <Alert variant="error" heading={title}>
      {detail ? <p>{detail}</p> : null}
      {fieldErrors.length > 0 ? (
        <ul className="error-summary-list">
          {fieldErrors.map((fe) => {
            const name = fe.field.split('.').pop() ?? fe.field;
            const label = fieldLabels?.[name];
            const text = label ? `${label}: ${fe.message}` : fe.message;
            return (
              <li key={`${fe.field}:${fe.message}`}>{idPrefix ? <a href={`#${idPrefix}-${name}`}>{text}</a> : text}</li>
            );
          })}
        </ul>
      ) : null}
      {correlationId ? <p className="small-text">{t.common.correlationId(correlationId)}</p> : null}
      {onRetry ? (
        <button type="button" className="button button-secondary mt-4" onClick={onRetry}>
          {t.common.tryAgain}
        </button>
      ) : null}
    </Alert>
  );
}
