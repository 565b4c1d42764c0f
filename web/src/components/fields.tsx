import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.js';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/** dkfds form-group: label, hint, error message (announced with the field via aria-describedby). */
function FieldShell({ id, label, hint, error, optional, className, children }: FieldShellProps) {
  const t = useT();
  return (
    <div className={`form-group${error ? ' form-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional ? <span className="weight-normal">{t.common.optional}</span> : null}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t.common.errorPrefix}</span>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  required?: boolean;
  /** Marks the label "(frivilligt)" in a form where most fields are required. */
  optional?: boolean;
  autoComplete?: string;
  width?: 'xs' | 's' | 'm' | 'l' | 'xl';
  className?: string;
}

export function TextField({ id, label, value, onChange, hint, error, type = 'text', required, optional, autoComplete, width, className }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <input
        id={id}
        name={id}
        type={type}
        className={`form-input${width ? ` input-width-${width}` : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  optional?: boolean;
  className?: string;
}

export function SelectField({ id, label, value, onChange, options, hint, error, required, optional, className }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <select
        id={id}
        name={id}
        className="form-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
