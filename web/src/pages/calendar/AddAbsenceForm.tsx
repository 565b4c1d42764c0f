import { ABSENCE_NOTE_MAX } from '../../../../src/shared/contracts/calendar.js';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TextAreaField, TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { EMPTY_ABSENCE, validateAbsence, type AbsenceField, type AbsenceValues } from './absence-form.js';
import { useAddAbsence } from './api.js';

const PREFIX = 'absence';

/** Registers an absence: from, to (inclusive) and a note; checked in Danish here, and again by the server. */
export function AddAbsenceForm() {
  const t = useT();
  const add = useAddAbsence();
  const [values, setValues] = useState<AbsenceValues>(EMPTY_ABSENCE);
  const [errors, setErrors] = useState<Partial<Record<AbsenceField, string>>>({});
  const [added, setAdded] = useState<string | null>(null);
  const labels: Record<AbsenceField, string> = {
    fromDate: t.calendar.fromDate,
    toDate: t.calendar.toDate,
    note: t.calendar.note,
  };
  const set = (field: AbsenceField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    add.reset();
    const found = validateAbsence(values, t.calendar.errors);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    add.mutate(
      { fromDate: values.fromDate, toDate: values.toDate, note: values.note.trim() },
      {
        onSuccess: (absence) => {
          setAdded(t.calendar.added(formatDate(t, absence.fromDate), formatDate(t, absence.toDate)));
          setValues(EMPTY_ABSENCE);
        },
      },
    );
  };

  const message = (field: AbsenceField) => errors[field] ?? fieldError(add.error, field);
  const summary = (Object.keys(errors) as AbsenceField[]).map((field) => ({
    target: `${PREFIX}-${field}`,
    label: labels[field],
    message: errors[field] ?? '',
  }));
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${PREFIX}-heading`} className="mt-6">
      <h3 id={`${PREFIX}-heading`}>{t.calendar.addHeading}</h3>
      {added ? <Alert variant="success" heading={added} /> : null}
      <ErrorSummary id={`${PREFIX}-errors`} heading={t.calendar.errorHeading} items={summary} />
      {add.isError ? <ErrorAlert error={add.error} idPrefix={PREFIX} fieldLabels={labels} /> : null}
      <TextField
        id={`${PREFIX}-fromDate`}
        label={labels.fromDate}
        type="date"
        value={values.fromDate}
        onChange={set('fromDate')}
        error={message('fromDate')}
        required
      />
      <TextField
        id={`${PREFIX}-toDate`}
        label={labels.toDate}
        type="date"
        value={values.toDate}
        onChange={set('toDate')}
        error={message('toDate')}
        required
      />
      <TextAreaField
        id={`${PREFIX}-note`}
        label={labels.note}
        hint={t.calendar.noteHint}
        value={values.note}
        onChange={set('note')}
        error={message('note')}
        optional
        rows={2}
        limit={ABSENCE_NOTE_MAX}
      />
      <button type="submit" className="button button-primary mt-4" disabled={add.isPending}>
        {add.isPending ? t.calendar.adding : t.calendar.add}
      </button>
    </form>
  );
}
