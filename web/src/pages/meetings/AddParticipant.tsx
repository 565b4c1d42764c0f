import { useState } from 'react';
import { useT } from '../../i18n/i18n.js';
import type { InvitableUser } from './api.js';
import { cellId, newGuestKey, type ParticipantDraft } from './participants-form.js';

interface AddParticipantProps {
  invitable: InvitableUser[];
  drafts: ParticipantDraft[];
  onAdd: (row: ParticipantDraft) => void;
}

/** Adds one of the people the server offers (not already on the list), or a guest without a login. */
export function AddParticipant({ invitable, drafts, onAdd }: AddParticipantProps) {
  const t = useT();
  const m = t.meetings;
  const onList = new Set(drafts.flatMap((d) => (d.userId ? [d.userId] : [])));
  const choices = invitable.filter((u) => !onList.has(u.userId));
  const [chosen, setChosen] = useState('');
  const add = () => {
    const user = choices.find((u) => u.userId === chosen);
    if (!user) return;
    onAdd({
      key: user.userId,
      userId: user.userId,
      name: user.name,
      participantRole: user.participantRole,
      attended: '',
      hours: '',
    });
    setChosen('');
  };
  const addGuest = () => {
    onAdd({ key: newGuestKey(), userId: null, name: '', participantRole: 'other', attended: '', hours: '' });
    const index = drafts.length;
    window.requestAnimationFrame(() => document.getElementById(cellId(index, 'name'))?.focus());
  };
  return (
    <fieldset className="mt-4 no-print">
      <legend className="form-label">{m.addPerson}</legend>
      <span className="form-hint" id="add-participant-hint">
        {m.addPersonHint}
      </span>
      {choices.length === 0 ? (
        <p>{m.nobodyToAdd}</p>
      ) : (
        <div className="inline-controls">
          <label className="sr-only" htmlFor="add-participant">
            {m.choosePerson}
          </label>
          <select
            id="add-participant"
            className="form-select"
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
            aria-describedby="add-participant-hint"
          >
            <option value="">{m.choosePerson}</option>
            {choices.map((u) => (
              <option key={u.userId} value={u.userId}>
                {u.name} ({m.participantRoles[u.participantRole]})
              </option>
            ))}
          </select>
          <button type="button" className="button button-secondary" onClick={add} disabled={!chosen}>
            {m.add}
          </button>
        </div>
      )}
      <button type="button" className="button button-tertiary mt-4" onClick={addGuest}>
        {m.addGuest}
      </button>
    </fieldset>
  );
}
