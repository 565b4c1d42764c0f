import { useState, type FormEvent } from 'react';
import { TRIAL_LIMITS } from '../../../../src/shared/contracts/trials.js';
import { danishToday } from '../../../../src/shared/danish-today.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TextAreaField, TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { useLogTrial, type Trial } from './api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';

type LogField = 'triedOn' | 'whatTried' | 'whatHappened' | 'reflection';

/**
 * Logs a trial between meetings: the day, what was tried, what happened, the
 * reflection. The server checks the day (not in the future, not before the
 * trial was agreed) and says which field is wrong.
 */
export function TrialLogForm({ trial, onDone }: { trial: Trial; onDone: () => void }) {
  const t = useT();
  const m = t.meetings;
  const log = useLogTrial(trial.courseId, trial.id);
  const [values, setValues] = useState({
    triedOn: danishToday(new Date()),
    whatTried: '',
    whatHappened: '',
    reflection: '',
  });
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const prefix = `trial-log-${trial.id}`;
  const id = (field: LogField) => `${prefix}-${field}`;
  const labels: Record<LogField, string> = {
    triedOn: m.triedOn,
    whatTried: m.whatTried,
    whatHappened: m.whatHappened,
    reflection: m.reflection,
  };
  const set = (field: LogField) => (v: string) => setValues((x) => ({ ...x, [field]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    log.reset();
    const found: SummaryItem[] = [];
    for (const field of ['triedOn', 'whatTried', 'whatHappened'] as const) {
      if (!values[field].trim()) found.push({ target: id(field), label: labels[field], message: t.courses.required });
    }
    setErrors(found);
    if (found.length > 0) return;
    log.mutate(
      {
        triedOn: values.triedOn,
        whatTried: values.whatTried.trim(),
        whatHappened: values.whatHappened.trim(),
        reflection: values.reflection.trim(),
      },
      { onSuccess: onDone },
    );
  };
  const errorOf = (field: LogField) =>
    errors.find((e) => e.target === id(field))?.message ?? fieldError(log.error, field);
  return (
    <form onSubmit={submit} noValidate aria-label={`${m.logTrial}: ${trial.description}`} className="trial-log-form">
      <Alert variant="info">
        <p>{m.noChildNames}</p>
      </Alert>
      <ErrorSummary id={`${prefix}-errors`} heading={m.logErrorHeading} items={errors} />
      {log.error ? <ErrorAlert error={log.error} idPrefix={prefix} fieldLabels={labels} /> : null}
      <TextField
        id={id('triedOn')}
        label={m.triedOn}
        hint={m.triedOnHint}
        type="date"
        value={values.triedOn}
        onChange={set('triedOn')}
        error={errorOf('triedOn')}
        required
      />
      <TextAreaField
        id={id('whatTried')}
        label={m.whatTried}
        value={values.whatTried}
        onChange={set('whatTried')}
        error={errorOf('whatTried')}
        required
        rows={3}
        limit={TRIAL_LIMITS.logText}
      />
      <TextAreaField
        id={id('whatHappened')}
        label={m.whatHappened}
        value={values.whatHappened}
        onChange={set('whatHappened')}
        error={errorOf('whatHappened')}
        required
        rows={3}
        limit={TRIAL_LIMITS.logText}
      />
      <TextAreaField
        id={id('reflection')}
        label={m.reflection}
        hint={m.reflectionHint}
        value={values.reflection}
        onChange={set('reflection')}
        error={errorOf('reflection')}
        optional
        rows={3}
        limit={TRIAL_LIMITS.logText}
      />
      <button type="submit" className="button button-primary" disabled={log.isPending}>
        {log.isPending ? t.common.saving : m.saveLog}
      </button>
    </form>
  );
}
