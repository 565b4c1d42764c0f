import { MEETING_LIMITS } from '../../../../src/shared/contracts/meetings.js';
import { CharacterCount, describedBy, textLimitOf } from '../../components/fields.js';
import { useCoreT, useT } from '../../i18n/i18n.js';
import { cellId, PARTICIPANT_ROLES, type ParticipantDraft, type ParticipantError } from './participants-form.js';

interface ParticipantRowsProps {
  drafts: ParticipantDraft[];
  errors: ParticipantError[];
  onChange: (drafts: ParticipantDraft[]) => void;
}

/** The participant editor's table: name (guests only), role, attendance, hours and a remove button per row. */
export function ParticipantRows({ drafts, errors, onChange }: ParticipantRowsProps) {
  const t = useT();
  const core = useCoreT();
  const m = t.meetings;
  if (drafts.length === 0) return <p>{m.noParticipants}</p>;
  const errorOf = (target: string) => errors.find((e) => e.target === target)?.message;
  const update = (i: number, patch: Partial<ParticipantDraft>) =>
    onChange(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const remove = (i: number) => {
    onChange(drafts.filter((_, j) => j !== i));
    window.requestAnimationFrame(() => document.getElementById('add-participant')?.focus());
  };
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact participants-table">
        <caption className="sr-only">{m.participantsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.role}</th>
            <th scope="col">{m.attended}</th>
            <th scope="col">{m.hours}</th>
            <th scope="col">
              <span className="sr-only">{m.remove('')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {drafts.map((d, i) => {
            const label = d.name || m.guestName(i + 1);
            const nameId = cellId(i, 'name');
            const hoursId = cellId(i, 'hours');
            const nameSize = textLimitOf(core, d.name, 'single', MEETING_LIMITS.participantName);
            const nameError = nameSize.message ?? errorOf(nameId);
            const hoursError = errorOf(hoursId);
            const roleError = errorOf(cellId(i, 'role'));
            return (
              <tr key={d.key}>
                <th scope="row">
                  {d.userId ? (
                    d.name
                  ) : (
                    <div className={`form-limit${nameError ? ' form-error' : ''}`}>
                      <label className="sr-only" htmlFor={nameId}>
                        {m.guestName(i + 1)}
                      </label>
                      {nameError ? (
                        <span className="form-error-message" id={`${nameId}-error`}>
                          {nameError}
                        </span>
                      ) : null}
                      <input
                        id={nameId}
                        className="form-input"
                        value={d.name}
                        onChange={(e) => update(i, { name: e.target.value })}
                        aria-invalid={nameError ? true : undefined}
                        aria-describedby={describedBy(nameId, undefined, nameError, true)}
                      />
                      <CharacterCount id={nameId} length={nameSize.length} limit={MEETING_LIMITS.participantName} />
                      <span className="text-muted small-text">{m.guest}</span>
                    </div>
                  )}
                </th>
                <td className={roleError ? 'form-error' : undefined}>
                  <label className="sr-only" htmlFor={cellId(i, 'role')}>
                    {m.roleOf(label)}
                  </label>
                  {roleError ? (
                    <span className="form-error-message" id={`${cellId(i, 'role')}-error`}>
                      {roleError}
                    </span>
                  ) : null}
                  <select
                    id={cellId(i, 'role')}
                    className="form-select"
                    value={d.participantRole}
                    onChange={(e) =>
                      update(i, { participantRole: PARTICIPANT_ROLES.find((r) => r === e.target.value) ?? 'other' })
                    }
                    aria-invalid={roleError ? true : undefined}
                    aria-describedby={describedBy(cellId(i, 'role'), undefined, roleError)}
                  >
                    {PARTICIPANT_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {m.participantRoles[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <label className="sr-only" htmlFor={cellId(i, 'attended')}>
                    {m.attendedOf(label)}
                  </label>
                  <select
                    id={cellId(i, 'attended')}
                    className="form-select"
                    value={d.attended}
                    onChange={(e) =>
                      update(i, { attended: e.target.value === 'yes' ? 'yes' : e.target.value === 'no' ? 'no' : '' })
                    }
                  >
                    <option value="">{m.notRecorded}</option>
                    <option value="yes">{m.yes}</option>
                    <option value="no">{m.no}</option>
                  </select>
                </td>
                <td className={hoursError ? 'form-error' : undefined}>
                  <label className="sr-only" htmlFor={hoursId}>
                    {m.hoursOf(label)}
                  </label>
                  {hoursError ? (
                    <span className="form-error-message" id={`${hoursId}-error`}>
                      {hoursError}
                    </span>
                  ) : null}
                  <input
                    id={hoursId}
                    className="form-input input-width-xs"
                    inputMode="decimal"
                    value={d.hours}
                    onChange={(e) => update(i, { hours: e.target.value })}
                    aria-invalid={hoursError ? true : undefined}
                    aria-describedby={describedBy(hoursId, undefined, hoursError)}
                  />
                </td>
                <td>
                  <button type="button" className="button button-tertiary" onClick={() => remove(i)}>
                    {m.remove(label)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
