import { useEffect, useRef, type MouseEvent } from 'react';
import { Alert } from '../../components/Alert.js';
import { useT } from '../../i18n/i18n.js';
import type { EditorError } from './editor-form.js';

const ID = 'cm-errors';

/**
 * The editor's error summary: each field error as a link that moves focus to
 * its field, a refusal of the whole model as text. It takes focus when it
 * appears or a problem is added, so a screen reader reads it out; corrected
 * problems leave it as they are fixed.
 */
export function EditorErrorSummary({ errors }: { errors: EditorError[] }) {
  const t = useT();
  const shown = useRef(new Set<string>());
  const signature = errors.map((e) => `${e.target ?? ''}:${e.message}`).join('|');
  useEffect(() => {
    // Focus moves here when a problem appears, not when one is corrected and the list shrinks under the typing.
    const now = new Set(signature ? signature.split('|') : []);
    const added = [...now].some((k) => !shown.current.has(k));
    shown.current = now;
    if (added) window.requestAnimationFrame(() => document.getElementById(ID)?.focus());
  }, [signature]);
  if (errors.length === 0) return null;
  const refusals = errors.filter((e) => e.target === null);
  const fields = errors.filter((e) => e.target !== null);
  const go = (e: MouseEvent<HTMLAnchorElement>, target: string) => {
    const el = document.getElementById(target);
    if (!el) return;
    e.preventDefault();
    el.focus();
    el.scrollIntoView({ block: 'center' });
  };
  return (
    <Alert variant="error" heading={t.changeModel.errorHeading} id={ID}>
      {refusals.map((r) => (
        <p key={r.message}>{r.message}</p>
      ))}
      {fields.length > 0 ? (
        <>
          <p className="mb-0">{t.common.fieldErrorsHeading}</p>
          <ul className="error-summary-list">
            {fields.map((f) => (
              <li key={`${f.target ?? ''}:${f.message}`}>
                <a href={`#${f.target ?? ''}`} onClick={(e) => go(e, f.target ?? '')}>
                  {f.label}: {f.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Alert>
  );
}
