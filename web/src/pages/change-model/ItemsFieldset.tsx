import { TextAreaField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { ids, LIMITS, messageFor, move, newId, type EditorError, type ItemValues } from './editor-form.js';
import type { ItemSection } from './api.js';
import { usePendingFocus } from './use-pending-focus.js';

interface ItemsFieldsetProps {
  section: ItemSection;
  items: ItemValues[];
  onChange: (items: ItemValues[]) => void;
  errors: EditorError[];
}

/**
 * One section of the model as a list of items: add (focus moves to the new
 * item), remove (focus to the add button), move up and down (focus follows
 * the item). Items keep their ids, so versions compare item by item.
 */
export function ItemsFieldset({ section, items, onChange, errors }: ItemsFieldsetProps) {
  const t = useT();
  const m = t.changeModel;
  const focus = usePendingFocus();
  const itemName = m.itemNames[section];
  const hintId = `${ids.section(section)}-hint`;

  const add = () => {
    onChange([...items, { id: newId(), text: '' }]);
    focus(ids.item(section, items.length));
  };
  const remove = (i: number) => {
    onChange(items.filter((_, j) => j !== i));
    focus(ids.add(section));
  };
  const shift = (i: number, by: -1 | 1) => {
    const to = i + by;
    onChange(move(items, i, to));
    // Stay on the same button unless it is now disabled at the end of the list.
    const up = by === -1 ? to > 0 : to === items.length - 1;
    focus(up ? ids.moveUp(section, to) : ids.moveDown(section, to));
  };

  return (
    <fieldset id={ids.section(section)} tabIndex={-1} className="mt-6 cm-items" aria-describedby={hintId}>
      <legend className="h3">{m.sections[section]}</legend>
      <span className="form-hint" id={hintId}>
        {m.sectionHints[section]} {m.noChildNames}
      </span>
      {items.length === 0 ? <p>{m.noItems}</p> : null}
      <ol className="cm-item-list">
        {items.map((item, i) => {
          const label = m.itemLabel(itemName, i + 1);
          const id = ids.item(section, i);
          return (
            <li key={item.id} className="cm-item">
              <TextAreaField
                id={id}
                label={label}
                value={item.text}
                onChange={(text) => onChange(items.map((x, j) => (j === i ? { ...x, text } : x)))}
                error={messageFor(errors, id)}
                rows={2}
                limit={LIMITS.item}
              />
              <div className="button-row">
                {items.length > 1 ? (
                  <>
                    <button
                      type="button"
                      id={ids.moveUp(section, i)}
                      className="button button-tertiary"
                      onClick={() => shift(i, -1)}
                      disabled={i === 0}
                    >
                      {m.moveUp(label)}
                    </button>
                    <button
                      type="button"
                      id={ids.moveDown(section, i)}
                      className="button button-tertiary"
                      onClick={() => shift(i, 1)}
                      disabled={i === items.length - 1}
                    >
                      {m.moveDown(label)}
                    </button>
                  </>
                ) : null}
                <button type="button" className="button button-secondary" onClick={() => remove(i)}>
                  {m.remove(label)}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={ids.add(section)}
        className="button button-secondary"
        onClick={add}
        disabled={items.length >= LIMITS.items}
      >
        {m.add(itemName)}
      </button>
      {items.length >= LIMITS.items ? <p className="form-hint">{m.maxItems(LIMITS.items)}</p> : null}
    </fieldset>
  );
}
