import { COURSE_PLAN_LIMITS } from '../../../../src/shared/contracts/courses.js';
import { FieldMessages, describedBy, TextField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { ids, messageFor, type GroupValues, type InstitutionOption, type PlanError } from './plan-form.js';

interface GroupFieldsProps {
  index: number;
  group: GroupValues;
  onChange: (group: GroupValues) => void;
  onRemove: () => void;
  options: InstitutionOption[];
  errors: PlanError[];
}

/** One working group: its name, its institutions (one = its own group, several = shared) and its number of meetings. */
export function GroupFields({ index, group, onChange, onRemove, options, errors }: GroupFieldsProps) {
  const t = useT();
  const c = t.courses;
  const instId = ids.groupInstitutions(index);
  const instError = messageFor(errors, instId);
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...group,
      institutionIds: on ? [...group.institutionIds, id] : group.institutionIds.filter((x) => x !== id),
    });
  return (
    <fieldset className="mb-6">
      <legend className="h4">{c.groupLegend(index + 1, group.name)}</legend>
      <TextField
        id={ids.groupName(index)}
        label={c.groupName}
        value={group.name}
        onChange={(name) => onChange({ ...group, name })}
        error={messageFor(errors, ids.groupName(index))}
        limit={COURSE_PLAN_LIMITS.groupName}
      />
      <fieldset
        id={instId}
        tabIndex={-1}
        className={`form-group${instError ? ' form-error' : ''}`}
        aria-describedby={describedBy(instId, undefined, instError)}
      >
        <legend className="form-label">{c.groupInstitutions}</legend>
        <FieldMessages id={instId} error={instError} />
        {options.length === 0 ? <p>{c.noInstitutionsToChoose}</p> : null}
        {options.map((o) => (
          <div className="form-group-checkbox" key={o.id}>
            <input
              id={ids.groupInstitution(index, o.id)}
              type="checkbox"
              className="form-checkbox"
              checked={group.institutionIds.includes(o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
            />
            <label className="form-label" htmlFor={ids.groupInstitution(index, o.id)}>
              {o.name}
            </label>
          </div>
        ))}
      </fieldset>
      <TextField
        id={ids.groupMeetings(index)}
        label={c.groupMeetings}
        hint={c.groupMeetingsHint}
        value={group.meetings}
        onChange={(meetings) => onChange({ ...group, meetings })}
        inputMode="numeric"
        width="xs"
        error={messageFor(errors, ids.groupMeetings(index))}
      />
      <button type="button" className="button button-secondary" onClick={onRemove}>
        {c.removeGroup(group.name)}
      </button>
    </fieldset>
  );
}
