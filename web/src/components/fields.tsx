import { useEffect, useRef, useState, type ReactNode } from 'react';
import { textLength, type TextKind } from '../../../src/shared/contracts/text-length.js';
import type { CoreMessages } from '../i18n/da.core.js';
import { useCoreT } from '../i18n/i18n.js';

/** How long after the last keystroke a screen reader hears the count (not on every key). */
export const COUNT_SPOKEN_AFTER_MS = 1000;

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  className?: string | undefined;
  /** A limited text's count, shown under the input. */
  count?: ReactNode;
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
function FieldShell({ id, label, hint, error, optional, className, count, children }: FieldShellProps) {
  const t = useCoreT();
  const classes = ['form-group', error ? 'form-error' : '', count ? 'form-limit' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional ? <span className="weight-normal">{t.common.optional}</span> : null}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
      {count}
    </div>
  );
}

export function describedBy(id: string, hint?: string, error?: string, limited = false): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, limited ? `${id}-count` : null].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A limited text's state: its length counted as the contract counts it, and
 * the message when it is too long. The text is never cut (no `maxLength`): it
 * stays as typed or pasted, marked invalid, until the person shortens it.
 */
export function useTextLimit(value: string, kind: TextKind, limit: number | undefined) {
  return textLimitOf(useCoreT(), value, kind, limit);
}

/** `useTextLimit` for a list of texts (one call per item, where a hook cannot be). */
export function textLimitOf(t: CoreMessages, value: string, kind: TextKind, limit: number | undefined) {
  const length = limit === undefined ? 0 : textLength(value, kind);
  const over = limit !== undefined && length > limit;
  return { length, over, message: over ? t.textLimit.tooLong(length, limit) : undefined };
}

/** "123 / 6.000 tegn" under the input, and the same read out politely once typing pauses. */
export function CharacterCount({ id, length, limit }: { id: string; length: number; limit: number }) {
  const t = useCoreT();
  const [spoken, setSpoken] = useState('');
  const first = useRef(length);
  const over = length > limit;
  useEffect(() => {
    // Nothing is read out when the page opens, only after the person changed the text.
    if (length === first.current) return;
    first.current = -1;
    const timer = window.setTimeout(() => setSpoken(t.textLimit.spoken(length, limit)), COUNT_SPOKEN_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [length, limit, t]);
  return (
    <>
      <span className={`form-hint character-limit${over ? ' limit-exceeded' : ''}`} id={`${id}-count`}>
        <span className="sr-only">{t.textLimit.limit(limit)} </span>
        {t.textLimit.count(length, limit)}
      </span>
      <span className="sr-only" aria-live="polite" id={`${id}-count-spoken`}>
        {spoken}
      </span>
    </>
  );
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
  /** The contract's most characters: shows the count, and a longer text is kept but marked invalid. */
  limit?: number | undefined;
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
  limit,
}: TextFieldProps) {
  const size = useTextLimit(value, 'single', limit);
  const shown = size.message ?? error;
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={shown}
      optional={optional}
      className={className}
      count={limit === undefined ? null : <CharacterCount id={id} length={size.length} limit={limit} />}
    >
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
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, hint, shown, limit !== undefined)}
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
  /** The contract's most characters: shows the count, and a longer text is kept but marked invalid (never cut). */
  limit?: number | undefined;
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
  limit,
}: TextAreaFieldProps) {
  const size = useTextLimit(value, 'multi', limit);
  const shown = size.message ?? error;
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={shown}
      optional={optional}
      count={limit === undefined ? null : <CharacterCount id={id} length={size.length} limit={limit} />}
    >
      <textarea
        id={id}
        name={id}
        className={`form-input input-width-xl${shown ? ' form-limit-error' : ''}`}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-required={required ? true : undefined}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, hint, shown, limit !== undefined)}
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
