import type { ReactNode } from 'react';
import { useCoreT } from '../i18n/i18n.js';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/** A field's hint and error message, with the ids aria-describedby points at. */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const t = useCoreT();
  return (
    <>
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
    </>
  );
}

/** dkfds form-group: label, hint, error message (announced with the field via aria-describedby). */
function FieldShell({ id, label, hint, error, optional, className, children }: FieldShellProps) {
  const t = useCoreT();
  return (
    <div className={`form-group${error ? ' form-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional ? <span className="weight-normal">{t.common.optional}</span> : null}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function describedBy(id: string, hint?: string, error?: string): string | undefined {
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
  /** The keyboard a phone shows, e.g. 'decimal' for a share in per cent. */
  inputMode?: 'decimal' | 'numeric' | 'email' | 'tel';
  className?: string;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  required,
  optional,
  autoComplete,
  width,
  inputMode,
  className,
}: TextFieldProps) {
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
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  optional?: boolean;
  rows?: number;
  maxLength?: number;
}

/** A dkfds textarea with its label, hint and error message. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  required,
  optional,
  rows = 5,
  maxLength,
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        name={id}
        className="form-input input-width-xl"
        rows={rows}
        value={value}
        maxLength={maxLength}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-required={required ? true : undefined}
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

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  hint,
  error,
  required,
  optional,
  className,
}: SelectFieldProps) {
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
