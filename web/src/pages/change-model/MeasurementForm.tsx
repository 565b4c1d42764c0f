import { useState, type FormEvent } from 'react';
import { danishToday } from '../../../../src/shared/danish-today.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { useRecordMeasurement, type IndicatorWithMeasurements } from './api.js';
import { LIMITS, parseNumber, unitProblem } from './editor-form.js';
import { unitRange } from '../../../../src/shared/contracts/indicator-units.js';

const ID = 'cm-m';

/** Records a measured value of one indicator of the current version. */
export function MeasurementForm({
  courseId,
  indicators,
}: {
  courseId: string;
  indicators: IndicatorWithMeasurements[];
}) {
  const t = useT();
  const m = t.changeModel;
  const record = useRecordMeasurement(courseId);
  const [key, setKey] = useState(indicators[0]?.key ?? '');
  const [measuredOn, setMeasuredOn] = useState(() => danishToday(new Date()));
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [valueError, setValueError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const indicator = indicators.find((i) => i.key === key) ?? indicators[0];
  const unit = indicator?.unit.trim() ?? '';
  const range = unitRange(unit);
  const valueHint =
    range?.kind === 'percent' ? m.percentHint : range?.kind === 'count' ? m.countHint(unit) : m.measureValueHint(unit);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    record.reset();
    const n = parseNumber(value);
    const outOfRange = n === null || Number.isNaN(n) ? undefined : unitProblem(n, indicator?.unit ?? '', m);
    if (n === null || Number.isNaN(n) || outOfRange) {
      setValueError(n === null ? m.required : Number.isNaN(n) ? m.notANumber : outOfRange);
      window.requestAnimationFrame(() => document.getElementById(`${ID}-value`)?.focus());
      return;
    }
    setValueError(undefined);
    if (!indicator) return;
    record.mutate(
      { key: indicator.key, measuredOn, value: n, note },
      {
        onSuccess: () => {
          setDone(m.measured(indicator.name));
          setValue('');
          setNote('');
        },
      },
    );
  };

  const err = record.error;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="cm-measure-heading" className="mt-6 cm-no-print">
      <h3 id="cm-measure-heading">{m.measureHeading}</h3>
      {done ? <Alert variant="success" heading={done} /> : null}
      {err ? (
        <ErrorAlert
          error={err}
          idPrefix={ID}
          fieldLabels={{ measuredOn: m.measureDate, value: m.measureValue, note: m.measureNote }}
        />
      ) : null}
      <SelectField
        id={`${ID}-key`}
        label={m.measureIndicator}
        value={indicator?.key ?? ''}
        onChange={setKey}
        options={indicators.map((i) => ({ value: i.key, label: i.name }))}
      />
      <TextField
        id={`${ID}-measuredOn`}
        label={m.measureDate}
        hint={m.measureDateHint}
        type="date"
        value={measuredOn}
        onChange={setMeasuredOn}
        error={fieldError(err, 'measuredOn')}
      />
      <TextField
        id={`${ID}-value`}
        label={m.measureValue}
        hint={valueHint}
        value={value}
        onChange={setValue}
        error={valueError ?? fieldError(err, 'value')}
        inputMode="decimal"
        width="s"
      />
      <TextAreaField
        id={`${ID}-note`}
        label={m.measureNote}
        hint={m.noChildNames}
        value={note}
        onChange={setNote}
        error={fieldError(err, 'note')}
        optional
        rows={2}
        limit={LIMITS.note}
      />
      <button type="submit" className="button button-primary" disabled={record.isPending}>
        {record.isPending ? t.common.saving : m.measureSave}
      </button>
    </form>
  );
}
