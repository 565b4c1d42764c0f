import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert, problemText } from '../../components/ErrorAlert.js';
import { SelectField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { useAssignConsultant, useConsultantUsers, type Course } from './api.js';

const NONE = '';

/**
 * The admin chooses the course's consultant among the users holding the
 * role. The save carries the course's version; on 409 the latest course is
 * loaded (by the mutation) and the choice stays, to be saved again.
 */
export function ConsultantForm({ course }: { course: Course }) {
  const t = useT();
  const c = t.courses;
  const users = useConsultantUsers(true);
  const assign = useAssignConsultant(course.id);
  const [chosen, setChosen] = useState(course.consultant?.id ?? NONE);
  const [saved, setSaved] = useState<string | null | undefined>(undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(undefined);
    assign.mutate(
      { version: course.version, consultantId: chosen === NONE ? null : chosen },
      { onSuccess: (updated) => setSaved(updated.consultant?.name ?? null) },
    );
  };

  const items = users.data?.items;
  const listed = new Set((items ?? []).map((u) => u.id));
  const options = [
    { value: NONE, label: c.noneOption },
    ...(items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
    ...(course.consultant && !listed.has(course.consultant.id)
      ? [{ value: course.consultant.id, label: course.consultant.name }]
      : []),
  ];
  const err = assign.error;
  return (
    <section aria-labelledby="course-consultant-heading" className="mt-8">
      <h2 id="course-consultant-heading">{c.consultantHeading}</h2>
      {saved !== undefined ? <Alert variant="success" heading={c.consultantSaved(saved)} /> : null}
      {isApiError(err, 409) ? (
        <Alert variant="warning" heading={problemText(t, err).title}>
          <p>{c.conflictText}</p>
        </Alert>
      ) : err ? (
        <ErrorAlert error={err} />
      ) : null}
      {!items ? (
        <QueryStatus query={users} />
      ) : (
        <form onSubmit={submit} noValidate>
          {items.length === 0 ? <p>{c.noConsultants}</p> : null}
          <SelectField
            id="course-consultant"
            label={c.consultantLabel}
            hint={c.consultantHint}
            value={chosen}
            onChange={(v) => {
              setSaved(undefined);
              setChosen(v);
            }}
            options={options}
            error={fieldError(err, 'consultantId')}
          />
          <button type="submit" className="button button-secondary" disabled={assign.isPending}>
            {assign.isPending ? t.common.saving : c.saveConsultant}
          </button>
        </form>
      )}
    </section>
  );
}
