import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TextAreaField, TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { useAgreeTrial, type Meeting } from './api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';

/** Agrees a trial at the meeting: what will be tried before the next meeting, and by whom. */
export function AgreeTrialForm({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  const agree = useAgreeTrial(meeting.course.id, meeting.id);
  const [description, setDescription] = useState('');
  const [responsible, setResponsible] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [done, setDone] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    agree.reset();
    const found: SummaryItem[] = [];
    if (!description.trim())
      found.push({ target: 'trial-description', label: m.trialDescription, message: t.courses.required });
    if (!responsible.trim())
      found.push({ target: 'trial-responsible', label: m.trialResponsible, message: t.courses.required });
    setErrors(found);
    if (found.length > 0) return;
    agree.mutate(
      { description: description.trim(), responsible: responsible.trim() },
      {
        onSuccess: () => {
          setDescription('');
          setResponsible('');
          setDone(true);
        },
      },
    );
  };
  const errorOf = (field: 'description' | 'responsible') =>
    errors.find((e) => e.target === `trial-${field}`)?.message ?? fieldError(agree.error, field);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="agree-trial-heading" className="mt-6 no-print">
      <h3 id="agree-trial-heading">{m.agreeHeading}</h3>
      {done ? <Alert variant="success" heading={m.agreed} /> : null}
      <ErrorSummary id="agree-trial-errors" heading={m.trialErrorHeading} items={errors} />
      {agree.error ? (
        <ErrorAlert
          error={agree.error}
          idPrefix="trial"
          fieldLabels={{ description: m.trialDescription, responsible: m.trialResponsible }}
        />
      ) : null}
      <TextAreaField
        id="trial-description"
        label={m.trialDescription}
        hint={m.noChildNames}
        value={description}
        onChange={(v) => {
          setDone(false);
          setDescription(v);
        }}
        error={errorOf('description')}
        required
        rows={3}
        maxLength={2000}
      />
      <TextField
        id="trial-responsible"
        label={m.trialResponsible}
        hint={m.trialResponsibleHint}
        value={responsible}
        onChange={setResponsible}
        error={errorOf('responsible')}
        required
        width="l"
      />
      <button type="submit" className="button button-primary" disabled={agree.isPending}>
        {agree.isPending ? t.common.saving : m.agree}
      </button>
    </form>
  );
}
