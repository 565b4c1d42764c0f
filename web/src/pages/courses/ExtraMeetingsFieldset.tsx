import { COURSE_PLAN_LIMITS } from '../../../../src/shared/contracts/courses.js';
import { useEffect, useRef, useState } from 'react';
import { TextField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { ids, messageFor, newUid, type ExtraValues, type PlanError } from './plan-form.js';

interface ExtraMeetingsProps {
  extra: ExtraValues[];
  onChange: (extra: ExtraValues[]) => void;
  errors: PlanError[];
}

/** Meetings beyond the typical plan, by title; adding one moves focus to its title, removing one to the add button. */
export function ExtraMeetingsFieldset({ extra, onChange, errors }: ExtraMeetingsProps) {
  const t = useT();
  const c = t.courses;
  const addRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    if (focus === 'add') addRef.current?.focus();
    else document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const add = () => {
    onChange([...extra, { uid: newUid(), title: '' }]);
    setFocus(ids.extraTitle(extra.length));
  };
  const remove = (i: number) => {
    onChange(extra.filter((_, j) => j !== i));
    setFocus('add');
  };
  return (
    <fieldset id={ids.extras} tabIndex={-1} className="mt-6" aria-describedby={`${ids.extras}-hint`}>
      <legend className="h3">{c.extraLegend}</legend>
      <span className="form-hint" id={`${ids.extras}-hint`}>
        {c.extraHint}
      </span>
      {extra.length === 0 ? <p>{c.noExtra}</p> : null}
      {extra.map((e, i) => (
        <div key={e.uid} className="mb-5">
          <TextField
            id={ids.extraTitle(i)}
            label={c.extraTitle(i + 1)}
            value={e.title}
            onChange={(title) => onChange(extra.map((x, j) => (j === i ? { ...x, title } : x)))}
            error={messageFor(errors, ids.extraTitle(i))}
            width="xl"
            className="mb-3"
            limit={COURSE_PLAN_LIMITS.extraTitle}
          />
          <button type="button" className="button button-secondary" onClick={() => remove(i)}>
            {c.removeExtra(e.title)}
          </button>
        </div>
      ))}
      <button
        type="button"
        ref={addRef}
        className="button button-secondary"
        onClick={add}
        disabled={extra.length >= 20}
      >
        {c.addExtra}
      </button>
    </fieldset>
  );
}
