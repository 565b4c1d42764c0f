import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { useT } from '../../i18n/i18n.js';
import { GroupFields } from './GroupFields.js';
import { ids, nextGroupKey, type GroupValues, type InstitutionOption, type PlanError } from './plan-form.js';

interface WorkingGroupsProps {
  groups: GroupValues[];
  onChange: (groups: GroupValues[]) => void;
  options: InstitutionOption[];
  /** The user cannot list the municipality's institutions (a consultant): only the plan's own are offered. */
  limited: boolean;
  errors: PlanError[];
}

/** The working groups, each with its fields; adding one moves focus to its name, removing one to the add button. */
export function WorkingGroupsFieldset({ groups, onChange, options, limited, errors }: WorkingGroupsProps) {
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
    onChange([
      ...groups,
      { key: nextGroupKey(groups), name: c.newGroupName(groups.length + 1), institutionIds: [], meetings: '9' },
    ]);
    setFocus(ids.groupName(groups.length));
  };
  const remove = (i: number) => {
    onChange(groups.filter((_, j) => j !== i));
    setFocus('add');
  };
  return (
    <fieldset id={ids.groups} tabIndex={-1} className="mt-6" aria-describedby={`${ids.groups}-hint`}>
      <legend className="h3">{c.groupsLegend}</legend>
      <span className="form-hint" id={`${ids.groups}-hint`}>
        {c.groupsHint}
      </span>
      {limited ? (
        <Alert variant="info" className="mb-5">
          <p>{c.limitedInstitutions}</p>
        </Alert>
      ) : null}
      {groups.map((g, i) => (
        <GroupFields
          key={g.key}
          index={i}
          group={g}
          onChange={(next) => onChange(groups.map((x, j) => (j === i ? next : x)))}
          onRemove={() => remove(i)}
          options={options}
          errors={errors}
        />
      ))}
      <button
        type="button"
        ref={addRef}
        className="button button-secondary"
        onClick={add}
        disabled={groups.length >= 30}
      >
        {c.addGroup}
      </button>
    </fieldset>
  );
}
