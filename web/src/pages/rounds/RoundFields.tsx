import { ROUND_LIMITS } from '../../../../src/shared/contracts/field-limits.js';
import { fieldError } from '../../components/form-errors.js';
import { TextAreaField, TextField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import type { RoundText } from './api.js';
import { RULE_FIELDS, type RoundValues, type RuleField } from './round-form.js';

/** The labels by field name, for the error summary. */
export function useRoundFieldLabels(): Record<string, string> {
  const t = useT();
  const r = t.rounds;
  return {
    name: r.name,
    courseStart: r.courseStart,
    courseEnd: r.courseEnd,
    deadline: r.deadline,
    capacity: r.capacity,
    criteria: r.criteriaHeading,
    requirements: r.requirementsHeading,
    ...r.ruleLabels,
  };
}

interface RoundFieldsProps {
  idPrefix: string;
  values: RoundValues;
  onChange: (values: RoundValues) => void;
  error: unknown;
  /** The form's own message when the deadline cannot be read. */
  deadlineError?: string | undefined;
}

/** Name, period, deadline (Danish time), capacity, three criteria, three requirements and the balance rules. */
export function RoundFields({ idPrefix, values, onChange, error, deadlineError }: RoundFieldsProps) {
  const t = useT();
  const r = t.rounds;
  const err = (field: string) => fieldError(error, field);
  const set =
    <K extends keyof RoundValues>(key: K) =>
    (value: RoundValues[K]) =>
      onChange({ ...values, [key]: value });
  const setText = (list: 'criteria' | 'requirements', i: number) => (text: string) =>
    onChange({ ...values, [list]: values[list].map((c: RoundText, j: number) => (j === i ? { ...c, text } : c)) });
  const setRule = (f: RuleField) => (v: string) => onChange({ ...values, rules: { ...values.rules, [f]: v } });
  const listError = (list: 'criteria' | 'requirements', i: number) =>
    err(`${list}.${i}.text`) ?? err(`${list}.${i}`) ?? (i === 0 ? err(list) : undefined);

  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={r.name}
        hint={r.nameHint}
        value={values.name}
        onChange={set('name')}
        required
        autoComplete="off"
        error={err('name')}
        width="l"
        limit={ROUND_LIMITS.name}
      />
      <TextField
        id={`${idPrefix}-courseStart`}
        label={r.courseStart}
        type="date"
        value={values.courseStart}
        onChange={set('courseStart')}
        required
        error={err('courseStart')}
        width="s"
      />
      <TextField
        id={`${idPrefix}-courseEnd`}
        label={r.courseEnd}
        type="date"
        value={values.courseEnd}
        onChange={set('courseEnd')}
        required
        error={err('courseEnd')}
        width="s"
      />
      <fieldset className="mt-5">
        <legend className="form-label">{r.deadline}</legend>
        <p className="form-hint mt-0">{r.deadlineHint}</p>
        <TextField
          id={`${idPrefix}-deadline`}
          label={r.deadlineDate}
          type="date"
          value={values.deadlineDate}
          onChange={set('deadlineDate')}
          required
          error={deadlineError ?? err('deadline')}
          width="s"
        />
        <TextField
          id={`${idPrefix}-deadlineTime`}
          label={r.deadlineTime}
          hint={r.deadlineTimeHint}
          value={values.deadlineTime}
          onChange={set('deadlineTime')}
          required
          autoComplete="off"
          width="xs"
        />
      </fieldset>
      <TextField
        id={`${idPrefix}-capacity`}
        label={r.capacity}
        hint={r.capacityHint}
        value={values.capacity}
        onChange={set('capacity')}
        required
        autoComplete="off"
        error={err('capacity')}
        width="xs"
      />
      {(['criteria', 'requirements'] as const).map((list) => (
        <fieldset key={list} className="mt-6">
          <legend className="h3">{list === 'criteria' ? r.criteriaHeading : r.requirementsHeading}</legend>
          {values[list].map((c, i) => (
            <TextAreaField
              key={c.key}
              id={i === 0 ? `${idPrefix}-${list}` : `${idPrefix}-${list}-${i + 1}`}
              label={list === 'criteria' ? r.criterionLabel(i + 1) : r.requirementLabel(i + 1)}
              value={c.text}
              onChange={setText(list, i)}
              error={listError(list, i)}
              required
              rows={3}
              limit={ROUND_LIMITS.text}
            />
          ))}
        </fieldset>
      ))}
      <fieldset className="mt-6">
        <legend className="h3">{r.rulesHeading}</legend>
        <p className="form-hint mt-0">{r.rulesHint}</p>
        {RULE_FIELDS.map((f) => (
          <TextField
            key={f}
            id={`${idPrefix}-${f}`}
            label={r.ruleLabels[f]}
            value={values.rules[f]}
            onChange={setRule(f)}
            optional
            autoComplete="off"
            error={err(`balanceRules.${f}`)}
            width="s"
          />
        ))}
      </fieldset>
    </>
  );
}
