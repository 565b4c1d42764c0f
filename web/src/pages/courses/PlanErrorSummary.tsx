import { useEffect, useRef, type MouseEvent } from 'react';
import { Alert } from '../../components/Alert.js';
import { useT } from '../../i18n/i18n.js';
import type { PlanError } from './plan-form.js';

const ID = 'plan-errors';

/**
 * The plan's error summary: a refusal of the plan as a whole (a held meeting
 * cannot be dropped) as text, field errors as links that move focus to their
 * field. It takes focus when it appears, so a screen reader reads it out.
 */
export function PlanErrorSummary({ errors }: { errors: PlanError[] }) {
  const t = useT();
  const shown = useRef('');
  const signature = errors.map((e) => `${e.target ?? ''}:${e.message}`).join('|');
  useEffect(() => {
    if (!signature || shown.current === signature) return;
    shown.current = signature;
    window.requestAnimationFrame(() => document.getElementById(ID)?.focus());
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
    <Alert variant="error" heading={t.courses.errorHeading} id={ID}>
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
