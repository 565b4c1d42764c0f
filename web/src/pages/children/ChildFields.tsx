import { CHILD_LIMITS } from '../../../../src/shared/contracts/field-limits.js';
import type { Group } from '../../api/contracts.js';
import { fieldError } from '../../components/form-errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import type { ChildValues } from './child-form.js';

/** The child's fields by name, for error summaries and the conflict table. */
export function useChildFieldLabels(): Record<keyof ChildValues, string> {
  const t = useT();
  return {
    firstName: t.children.firstName,
    lastName: t.children.lastName,
    birthDate: t.children.birthDate,
    groupId: t.children.group,
  };
}

interface ChildFieldsProps {
  /** Prefix of the fields' ids (`${idPrefix}-firstName`), matching the error summary's links. */
  idPrefix: string;
  values: ChildValues;
  onChange: (field: keyof ChildValues, value: string) => void;
  /** The failed request, whose field errors are shown by their fields. */
  error: unknown;
  groups: Group[];
}

/** First name, last name, birth date and (optional) group: the fields of adding and of editing a child. */
export function ChildFields({ idPrefix, values, onChange, error, groups }: ChildFieldsProps) {
  const t = useT();
  const labels = useChildFieldLabels();
  return (
    <>
      <TextField
        id={`${idPrefix}-firstName`}
        label={labels.firstName}
        value={values.firstName}
        onChange={(v) => onChange('firstName', v)}
        required
        autoComplete="off"
        error={fieldError(error, 'firstName')}
        width="l"
        limit={CHILD_LIMITS.firstName}
      />
      <TextField
        id={`${idPrefix}-lastName`}
        label={labels.lastName}
        value={values.lastName}
        onChange={(v) => onChange('lastName', v)}
        required
        autoComplete="off"
        error={fieldError(error, 'lastName')}
        width="l"
        limit={CHILD_LIMITS.lastName}
      />
      <TextField
        id={`${idPrefix}-birthDate`}
        label={labels.birthDate}
        type="date"
        value={values.birthDate}
        onChange={(v) => onChange('birthDate', v)}
        required
        error={fieldError(error, 'birthDate')}
        width="m"
      />
      <SelectField
        id={`${idPrefix}-groupId`}
        label={labels.groupId}
        value={values.groupId}
        onChange={(v) => onChange('groupId', v)}
        optional
        error={fieldError(error, 'groupId')}
        options={[{ value: '', label: t.children.noGroup }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
      />
    </>
  );
}
