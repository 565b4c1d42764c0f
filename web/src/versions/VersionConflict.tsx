import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n.js';
import type { Messages } from '../i18n/da.js';
import { formatInstant } from '../pages/applications/time.js';
import { valueAt, type Choice, type DocumentField } from './merge.js';
import type { PendingChoice } from './use-versioned-document.js';

/** A field's value in words: the field's own description, or a plain one for text, lists, numbers and yes/no. */
export function describeValue(t: Messages, f: DocumentField, value: unknown): string {
  const v = t.versions;
  const text = f.show ? f.show(value) : plain(t, value);
  return text.trim() === '' ? v.empty : text;
}

function plain(t: Messages, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? t.versions.yes : t.versions.no;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Intl.NumberFormat(t.intlLocale).format(value);
  if (Array.isArray(value)) return value.map((x) => `• ${plain(t, x)}`).join('\n');
  return Object.values(value as Record<string, unknown>)
    .map((x) => plain(t, x))
    .filter((x) => x !== '')
    .join('; ');
}

interface VersionConflictProps<C> {
  pending: PendingChoice<C>;
  onResolve: (choices: Record<string, Choice>) => void;
  busy?: boolean;
}

/**
 * The one place a person chooses between two saves of a document (ADR 22):
 * only the fields both changed, each a fieldset with the two versions side by
 * side as radio buttons. Focus moves here when it appears.
 */
export function VersionConflict<C>({ pending, onResolve, busy = false }: VersionConflictProps<C>) {
  const t = useT();
  const v = t.versions;
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [missing, setMissing] = useState(false);
  useEffect(() => ref.current?.focus(), [pending.conflictId]);

  const mineLabel = pending.kept ? v.kept(pending.kept.by) : v.mine;
  const theirsLabel = v.theirsUnknown;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation(); // not the document's own form, where this may be shown
    if (pending.fields.some((f) => !choices[f.key])) {
      setMissing(true);
      return;
    }
    onResolve(choices);
  };

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="alert alert-warning version-conflict mt-4"
      role="region"
      aria-labelledby={`${id}-heading`}
    >
      <div className="alert-body">
        <h2 className="alert-heading h3" id={`${id}-heading`}>
          {v.conflictHeading}
        </h2>
        <p>
          {pending.kept
            ? v.keptIntro(pending.kept.by, formatInstant(t, pending.kept.at))
            : v.conflictIntro(v.someoneElse, pending.fields.length)}
        </p>
        <form onSubmit={submit} noValidate>
          {pending.fields.map((f) => (
            <fieldset key={f.key} className="form-group" aria-describedby={missing ? `${id}-missing` : undefined}>
              <legend className="form-label">{f.label}</legend>
              <div className="version-choices">
                {(['mine', 'theirs'] as const).map((side) => {
                  const optionId = `${id}-${f.key}-${side}`;
                  const value = valueAt(side === 'mine' ? pending.mine : pending.theirs, f.path);
                  return (
                    <div key={side} className="form-group-radio version-choice">
                      <input
                        type="radio"
                        className="form-radio"
                        id={optionId}
                        name={`${id}-${f.key}`}
                        checked={choices[f.key] === side}
                        onChange={() => setChoices((c) => ({ ...c, [f.key]: side }))}
                      />
                      <label className="form-label" htmlFor={optionId}>
                        <span className="weight-semibold">{side === 'mine' ? mineLabel : theirsLabel}</span>
                        <span className="version-value">{describeValue(t, f, value)}</span>
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
          {missing ? (
            <p className="form-error-message" id={`${id}-missing`} role="alert">
              {v.chooseAll}
            </p>
          ) : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {v.saveChoice}
          </button>
        </form>
      </div>
    </div>
  );
}
