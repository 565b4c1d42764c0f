import { useEffect, useRef } from 'react';
import { MAX_LIST_ITEMS, SELF_ANALYSIS_LIMITS } from '../../../../src/shared/contracts/self-analysis.js';
import { CharacterCount, FieldMessages, describedBy, textLimitOf } from '../../components/fields.js';
import { useCoreT, useT } from '../../i18n/i18n.js';
import { listAddId, listItemId } from './self-analysis-form.js';

interface ListEditorProps {
  list: 'strengths' | 'challenges';
  items: string[];
  onChange: (items: string[]) => void;
  disabled: boolean;
  serverError: (field: string) => string | undefined;
}

/** Strengths or challenges: one line each, added and removed one at a time; a new line takes focus. */
export function ListEditor({ list, items, onChange, disabled, serverError }: ListEditorProps) {
  const t = useT();
  const core = useCoreT();
  const s = t.selfAnalysis;
  const texts = s.lists[list];
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    if (focusIndex.current === null) return;
    document.getElementById(focusIndex.current < 0 ? listAddId(list) : listItemId(list, focusIndex.current))?.focus();
    focusIndex.current = null;
  }, [items.length, list]);

  const add = () => {
    focusIndex.current = items.length;
    onChange([...items, '']);
  };
  const remove = (index: number) => {
    focusIndex.current = items.length > 1 ? Math.max(0, index - 1) : -1;
    onChange(items.filter((_, i) => i !== index));
  };
  const listError = serverError(`content.${list}`);
  const hintId = `${ID(list)}-hint`;

  return (
    <fieldset className="mt-7" disabled={disabled} aria-describedby={hintId}>
      <legend className="h2">{texts.heading}</legend>
      <p>{texts.intro}</p>
      <p className="form-hint" id={hintId}>
        {s.noChildNames}
      </p>
      {listError ? <FieldMessages id={ID(list)} error={listError} /> : null}
      {items.length === 0 ? <p>{texts.empty}</p> : null}
      {items.map((item, index) => {
        const id = listItemId(list, index);
        const size = textLimitOf(core, item, 'single', LIMIT);
        const error = size.message ?? serverError(`content.${list}.${index}`);
        return (
          <div key={index} className={`form-group form-limit${error ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={id}>
              {texts.item(index + 1)}
            </label>
            <FieldMessages id={id} error={error} />
            <div className="button-row">
              <input
                id={id}
                name={id}
                type="text"
                className="form-input input-width-xl"
                value={item}
                onChange={(e) => onChange(items.map((v, i) => (i === index ? e.target.value : v)))}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(id, undefined, error, true)}
              />
              <button
                type="button"
                className="function-link"
                onClick={() => remove(index)}
                aria-label={texts.remove(index + 1)}
              >
                {s.removeText}
              </button>
            </div>
            <CharacterCount id={id} length={size.length} limit={LIMIT} />
          </div>
        );
      })}
      {items.length < MAX_LIST_ITEMS ? (
        <button type="button" id={listAddId(list)} className="button button-secondary mt-3" onClick={add}>
          {texts.add}
        </button>
      ) : (
        <p>{s.listFull(MAX_LIST_ITEMS)}</p>
      )}
    </fieldset>
  );
}

const ID = (list: string) => `sa-${list}`;
/** Each point's most characters: the contract's, counted as it counts (never cut at it). */
const LIMIT = SELF_ANALYSIS_LIMITS.listItem;
