import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.js';

/** The ids a hint and an error message get, for aria-describedby. */
function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  const t = useT();
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

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
  maxLength?: number;
}

/** A dkfds textarea with its label, hint and error message. */
export function TextAreaField({ id, label, value, onChange, hint, error, required, rows = 5, maxLength }: TextAreaFieldProps) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
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
    </div>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  label: string;
}

interface RadioGroupProps<V extends string> {
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  options: RadioOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The id of a radio group's first option: where an error summary links to. */
export function radioId(groupId: string, value: string): string {
  return `${groupId}-${value}`;
}

/** A dkfds radio group: a fieldset whose legend names the question; hint and error are announced with it. */
export function RadioGroup<V extends string>({ id, legend, legendClassName = 'form-label', options, value, onChange, hint, error }: RadioGroupProps<V>) {
  return (
    <fieldset className={`form-group${error ? ' form-error' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend className={legendClassName}>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {options.map((o) => (
        <div className="form-group-radio" key={o.value}>
          <input
            id={radioId(id, o.value)}
            type="radio"
            className="form-radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            aria-invalid={error ? true : undefined}
          />
          <label className="form-label" htmlFor={radioId(id, o.value)}>
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
