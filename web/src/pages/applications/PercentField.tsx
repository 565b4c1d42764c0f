import { useT } from '../../i18n/i18n.js';
import { parsePercent } from './application-form.js';

interface PercentFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A message from the server for this field, if any. */
  serverError?: string | undefined;
}

/** A share in per cent (0–100, comma or point), checked as it is typed. */
export function PercentField({ id, label, value, onChange, serverError }: PercentFieldProps) {
  const t = useT();
  const a = t.applications;
  const error = parsePercent(value) === 'invalid' ? a.invalidPercent : serverError;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {a.percentHint}
      </span>
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t.common.errorPrefix}</span>
          {error}
        </span>
      ) : null}
      <input
        id={id}
        name={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className="form-input input-width-xs"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  );
}
