import { useEffect, useRef, type MouseEvent } from 'react';
import { Alert } from '../../components/Alert.js';
import { useT } from '../../i18n/i18n.js';

export interface SummaryItem {
  /** The id of the input the message is about. */
  target: string;
  label: string;
  message: string;
}

/**
 * A dkfds error summary: the heading and one link per field error, each
 * moving focus to its field. It takes focus itself when it appears, so a
 * screen reader announces what to fix.
 */
export function ErrorSummary({ id, heading, items }: { id: string; heading: string; items: SummaryItem[] }) {
  const t = useT();
  const shown = useRef<string>('');
  const signature = items.map((i) => `${i.target}:${i.message}`).join('|');
  useEffect(() => {
    if (!signature || shown.current === signature) return;
    shown.current = signature;
    // After this render's other effects: a closing dialog hands focus back to its opener first.
    window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  }, [id, signature]);
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
        {items.map((item) => (
          <li key={`${item.target}:${item.message}`}>
            <a href={`#${item.target}`} onClick={(e) => go(e, item.target)}>
              {item.label}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
