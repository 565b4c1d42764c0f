import { useRef, useState, type ReactNode } from 'react';
import { useSession } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert, problemText } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { localFileProblem, uploadPdf } from './upload.js';

interface PdfUploadProps<T> {
  id: string;
  label: string;
  /** States the limit ("højst 10 MB, kun PDF"). */
  hint: string;
  /** API path of the PUT, relative to /api/v1. */
  path: string;
  onUploaded: (result: T) => void;
  /** What is uploaded already (a link to it). */
  current?: ReactNode;
  disabled?: boolean;
}

/**
 * A PDF upload: choose the file, then "Upload". Files that are too large or
 * not PDF are refused before sending; the server's refusals (413, 415) are
 * shown in an error alert and next to the field.
 */
export function PdfUpload<T>({ id, label, hint, path, onUploaded, current, disabled }: PdfUploadProps<T>) {
  const t = useT();
  const a = t.applications;
  const session = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    setDone(null);
    const problem = chosen ? localFileProblem(chosen) : null;
    setLocalError(problem === 'tooLarge' ? a.fileTooLarge : problem === 'notPdf' ? a.notPdf : null);
  };

  const upload = () => {
    setDone(null);
    if (!file) {
      setLocalError(a.chooseFile);
      input.current?.focus();
      return;
    }
    if (localError) {
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    uploadPdf<T>(path, file, session.csrfToken)
      .then((result) => {
        setDone(a.uploaded(file.name));
        setFile(null);
        if (input.current) input.current.value = '';
        onUploaded(result);
      })
      .catch((err: unknown) => setError(err))
      .finally(() => setBusy(false));
  };

  const message = localError ?? (error ? problemText(t, error).title : null);
  const describedBy = [`${id}-hint`, message ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="mt-4">
      {error ? <ErrorAlert error={error} /> : null}
      {done ? <Alert variant="success" heading={done} /> : null}
      {current}
      <div className={`form-group${message ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
        {message ? (
          <span className="form-error-message" id={`${id}-error`}>
            <span className="sr-only">{t.common.errorPrefix}</span>
            {message}
          </span>
        ) : null}
        <input
          ref={input}
          id={id}
          name={id}
          type="file"
          accept="application/pdf"
          disabled={disabled || busy}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
      </div>
      <button type="button" className="button button-secondary" onClick={upload} disabled={disabled || busy}>
        {busy ? a.uploading : a.upload}
      </button>
    </div>
  );
}
