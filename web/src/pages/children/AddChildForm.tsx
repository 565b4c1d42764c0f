import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Child, Group } from '../../api/contracts.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { useCreateChild } from './api.js';
import type { ChildValues } from './child-form.js';
import { ChildFields, useChildFieldLabels } from './ChildFields.js';

const EMPTY: ChildValues = { firstName: '', lastName: '', birthDate: '', groupId: '' };

/** Adds a child to an institution; the server validates and answers field by field. */
export function AddChildForm({ institutionId, groups }: { institutionId: string; groups: Group[] }) {
  const t = useT();
  const [values, setValues] = useState(EMPTY);
  const [added, setAdded] = useState<Child | null>(null);
  const create = useCreateChild();
  const labels = useChildFieldLabels();
  const set = (field: keyof ChildValues, value: string) => setValues((v) => ({ ...v, [field]: value }));

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
          {err ? <ErrorAlert error={err} idPrefix="add-child" fieldLabels={labels} /> : null}
          <ChildFields idPrefix="add-child" values={values} onChange={set} error={err} groups={groups} />
          <button type="submit" className="button button-primary mt-5" disabled={create.isPending}>
            {create.isPending ? t.common.saving : t.children.add}
          </button>
        </form>
      </div>
    </details>
  );
}
