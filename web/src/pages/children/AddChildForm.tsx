import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Child, Group } from '../../api/contracts.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/form-errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { useCreateChild } from './api.js';

const EMPTY = { firstName: '', lastName: '', birthDate: '', groupId: '' };

/** Adds a child to an institution; the server validates and answers field by field. */
export function AddChildForm({ institutionId, groups }: { institutionId: string; groups: Group[] }) {
  const t = useT();
  const [values, setValues] = useState(EMPTY);
  const [added, setAdded] = useState<Child | null>(null);
  const create = useCreateChild();
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    create.mutate(
      {
        institutionId,
        groupId: values.groupId || null,
        firstName: values.firstName,
        lastName: values.lastName,
        birthDate: values.birthDate,
      },
      {
        onSuccess: (child) => {
          setAdded(child);
          setValues(EMPTY);
        },
      },
    );
  };

  const err = create.error;
  return (
    <details className="details my-6">
      <summary className="details-summary">{t.children.add}</summary>
      <div className="details-text">
        <form onSubmit={submit} noValidate aria-labelledby="add-child-heading">
          <h3 id="add-child-heading" className="h4 mt-0">
            {t.children.addHeading}
          </h3>
          {added ? (
            <Alert variant="success" heading={t.children.added(`${added.firstName} ${added.lastName}`)}>
              <Link to={`/boern/${added.id}`}>{`${added.firstName} ${added.lastName}`}</Link>
            </Alert>
          ) : null}
          {err ? <ErrorAlert error={err} idPrefix="add-child" fieldLabels={{ firstName: t.children.firstName, lastName: t.children.lastName, birthDate: t.children.birthDate, groupId: t.children.group }} /> : null}
          <TextField id="add-child-firstName" label={t.children.firstName} value={values.firstName} onChange={set('firstName')} required autoComplete="off" error={fieldError(err, 'firstName')} width="l" />
          <TextField id="add-child-lastName" label={t.children.lastName} value={values.lastName} onChange={set('lastName')} required autoComplete="off" error={fieldError(err, 'lastName')} width="l" />
          <TextField id="add-child-birthDate" label={t.children.birthDate} type="date" value={values.birthDate} onChange={set('birthDate')} required error={fieldError(err, 'birthDate')} width="m" />
          <SelectField
            id="add-child-groupId"
            label={t.children.group}
            value={values.groupId}
            onChange={set('groupId')}
            optional
            error={fieldError(err, 'groupId')}
            options={[{ value: '', label: t.children.noGroup }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
          />
          <button type="submit" className="button button-primary mt-5" disabled={create.isPending}>
            {create.isPending ? t.common.saving : t.children.add}
          </button>
        </form>
      </div>
    </details>
  );
}
