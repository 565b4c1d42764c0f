import type { FormEvent, ReactNode } from 'react';
import { useCoreT } from '../i18n/i18n.js';

interface FilterFormProps {
  onSubmit: () => void;
  /** The button's text; "Søg" unless given. */
  submitLabel?: string;
  /** A search landmark (role="search"); off for a form that only narrows a list. */
  search?: boolean;
  children: ReactNode;
}

/** The filter bar above a list: its fields side by side, then the submit button. */
export function FilterForm({ onSubmit, submitLabel, search = true, children }: FilterFormProps) {
  const t = useCoreT();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="filter-bar" onSubmit={submit} role={search ? 'search' : undefined}>
      {children}
      <button type="submit" className="button button-secondary">
        {submitLabel ?? t.common.search}
      </button>
    </form>
  );
}
