import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/Icon.js';
import { useT } from '../../i18n/i18n.js';
import type { LiveApplicant } from './api.js';
import { byScore, decisionIds } from './decision-form.js';
import { formatPoints } from './format.js';

interface WaitlistEditorProps {
  applicants: LiveApplicant[];
  /** Municipalities already selected cannot also wait. */
  selected: string[];
  waitlist: string[];
  onChange: (waitlist: string[]) => void;
  error?: string | undefined;
}

/**
 * The ordered waitlist: add from a list, move up and down with buttons
 * (keyboard and screen reader friendly, no dragging), remove. Each change is
 * announced, and focus stays with the moved municipality.
 */
export function WaitlistEditor({ applicants, selected, waitlist, onChange, error }: WaitlistEditorProps) {
  const t = useT();
  const d = t.agency.decision;
  const [choice, setChoice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const addRef = useRef<HTMLSelectElement>(null);
  const byId = new Map(applicants.map((a) => [a.id, a]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  // Only eligible municipalities may wait for a place.
  const candidates = byScore(
    applicants.filter((a) => a.eligible && !selected.includes(a.id) && !waitlist.includes(a.id)),
    t.intlLocale,
  );

  useEffect(() => {
    if (!focusTarget) return;
    const el = buttons.current.get(focusTarget);
    if (el && !el.disabled) el.focus();
    else addRef.current?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const move = (index: number, delta: -1 | 1) => {
    const next = [...waitlist];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    const to = index + delta;
    next.splice(to, 0, item);
    onChange(next);
    setAnnouncement(d.moved(name(item), to + 1));
    const atEdge = (delta === -1 && to === 0) || (delta === 1 && to === next.length - 1);
    setFocusTarget(`${item}:${atEdge ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down'}`);
  };
  const remove = (id: string) => {
    onChange(waitlist.filter((x) => x !== id));
    setAnnouncement(d.removed(name(id)));
    setFocusTarget('add');
  };
  const add = () => {
    const id = choice || candidates[0]?.id;
    if (!id) return;
    onChange([...waitlist, id]);
    setChoice('');
    setAnnouncement(d.added(name(id)));
  };
  const fill = () => {
    const rest = candidates.map((a) => a.id);
    onChange([...waitlist, ...rest]);
    setAnnouncement(d.filled(rest.length));
  };
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <fieldset className={`form-group${error ? ' form-error' : ''}`} aria-describedby="decision-waitlist-hint">
      <legend className="h3">{d.waitlistHeading}</legend>
      <span className="form-hint" id="decision-waitlist-hint">
        {d.waitlistHint}
      </span>
      {error ? (
        <span className="form-error-message">
          <span className="sr-only">{t.common.errorPrefix}</span>
          {error}
        </span>
      ) : null}
      {waitlist.length === 0 ? (
        <p>{d.waitlistEmpty}</p>
      ) : (
        <ol className="mt-4">
          {waitlist.map((id, i) => (
            <li key={id} id={decisionIds.waitlistItem(id)} tabIndex={-1} className="mb-3">
              <span>
                {name(id)} ({t.agency.selection.points(formatPoints(t, byId.get(id)?.score ?? 0))})
              </span>
              <div className="button-row mt-2">
                <button
                  type="button"
                  ref={ref(`${id}:up`)}
                  className="button button-secondary"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={d.moveUp(name(id))}
                >
                  <Icon name="arrow-upward" />
                  {d.up}
                </button>
                <button
                  type="button"
                  ref={ref(`${id}:down`)}
                  className="button button-secondary"
                  disabled={i === waitlist.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={d.moveDown(name(id))}
                >
                  <Icon name="arrow-downward" />
                  {d.down}
                </button>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => remove(id)}
                  aria-label={d.remove(name(id))}
                >
                  <Icon name="close" />
                  {d.removeShort}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {candidates.length > 0 ? (
        <div className="filter-bar mt-4">
          <div className="form-group">
            <label className="form-label" htmlFor={decisionIds.waitlistAdd}>
              {d.waitlistAdd}
            </label>
            <select
              ref={addRef}
              id={decisionIds.waitlistAdd}
              className="form-select"
              value={choice || candidates[0]?.id}
              onChange={(e) => setChoice(e.target.value)}
            >
              {candidates.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({t.agency.selection.points(formatPoints(t, a.score))})
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button-secondary" onClick={add}>
            {d.waitlistAddButton}
          </button>
          {candidates.length > 1 ? (
            <button type="button" className="button button-tertiary" onClick={fill}>
              {d.waitlistFill}
            </button>
          ) : null}
        </div>
      ) : null}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </fieldset>
  );
}
