import { useT } from '../../i18n/i18n.js';

interface DecisionsFieldProps {
  decisions: string[];
  onChange: (decisions: string[]) => void;
  errorOf: (index: number) => string | undefined;
}

export const decisionId = (i: number) => `meeting-decision-${i}`;

/** The decisions taken at the meeting, in order: one field each, added and removed with buttons. */
export function DecisionsField({ decisions, onChange, errorOf }: DecisionsFieldProps) {
  const t = useT();
  const m = t.meetings;
  const add = () => {
    onChange([...decisions, '']);
    const index = decisions.length;
    window.requestAnimationFrame(() => document.getElementById(decisionId(index))?.focus());
  };
  const remove = (i: number) => {
    onChange(decisions.filter((_, j) => j !== i));
    window.requestAnimationFrame(() => document.getElementById('add-decision')?.focus());
  };
  return (
    <fieldset className="mt-6" aria-describedby="meeting-decisions-hint">
      <legend className="form-label">{m.decisions}</legend>
      <span className="form-hint" id="meeting-decisions-hint">
        {m.decisionsHint} {m.noChildNames}
      </span>
      {decisions.length === 0 ? <p>{m.noDecisions}</p> : null}
      <ol className="decision-list">
        {decisions.map((d, i) => {
          const error = errorOf(i);
          const id = decisionId(i);
          return (
            <li key={i} className={`form-group${error ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor={id}>
                {m.decisionLabel(i + 1)}
              </label>
              {error ? (
                <span className="form-error-message" id={`${id}-error`}>
                  {error}
                </span>
              ) : null}
              <div className="inline-controls">
                <input
                  id={id}
                  className="form-input input-width-xl no-print"
                  value={d}
                  maxLength={1000}
                  onChange={(e) => onChange(decisions.map((x, j) => (j === i ? e.target.value : x)))}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                />
                {/* A one-line field cuts a long decision on paper: the text itself is printed instead. */}
                <span className="print-only">{d}</span>
                <button type="button" className="button button-tertiary" onClick={() => remove(i)}>
                  {m.removeDecision(i + 1)}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" id="add-decision" className="button button-secondary" onClick={add}>
        {m.addDecision}
      </button>
    </fieldset>
  );
}
