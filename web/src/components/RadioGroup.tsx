import type { ReactNode } from 'react';
import { describedBy, FieldMessages } from './fields.js';

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
export function RadioGroup<V extends string>({
  id,
  legend,
  legendClassName = 'form-label',
  options,
  value,
  onChange,
  hint,
  error,
}: RadioGroupProps<V>) {
  return (
    <fieldset className={`form-group${error ? ' form-error' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend className={legendClassName}>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
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
