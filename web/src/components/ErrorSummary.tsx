import { useEffect, useRef, type MouseEvent } from 'react';
import { Alert } from './Alert.js';
import { useCoreT } from '../i18n/i18n.js';

export interface SummaryItem {
  /** The id of the field to move to; '' for a problem with the form as a whole. */
  target: string;
  label: string;
  message: string;
}

/**
 * A form's error summary: each problem as a link that moves focus to its
 * field. It takes focus when it appears (and when a problem is added), so a
 * screen reader reads it out. Give it the problems as they are now, so a
 * corrected one leaves the list at once (never a stale list).
 */
export function ErrorSummary({ id, heading, items }: { id: string; heading: string; items: SummaryItem[] }) {
  const t = useCoreT();
  const shown = useRef(new Set<string>());
  const signature = items.map((e) => `${e.target}:${e.message}`).join('|');
  useEffect(() => {
    // Focus moves here when a problem appears, not when one is corrected and the list shrinks under the typing.
    const now = new Set(signature ? signature.split('|') : []);
    const added = [...now].some((k) => !shown.current.has(k));
    shown.current = now;
    if (added) window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  }, [signature, id]);
  if (items.length === 0) return null;
  const go = (e: MouseEvent<HTMLAnchorElement>, target: string) => {
    const el = document.getElementById(target);
    if (!el) return;
    e.preventDefault();
    el.focus();
    el.scrollIntoView({ block: 'center' });
  };
  return (
    <Alert variant="error" heading={heading} id={id}>
      <p className="mb-0">{t.common.fieldErrorsHeading}</p>
      <ul className="error-summary-list">
        {items.map((f) => (
          <li key={`${f.target}:${f.message}`}>
            {f.target ? (
              <a href={`#${f.target}`} onClick={(e) => go(e, f.target)}>
                {f.label}: {f.message}
              </a>
            ) : (
              `${f.label}: ${f.message}`
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
