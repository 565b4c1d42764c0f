import { TextField } from '../../components/fields.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { useT } from '../../i18n/i18n.js';
import { ids, messageFor, STEERING, type PlanError, type PlanValues } from './plan-form.js';

interface PlanCountsProps {
  values: PlanValues;
  onChange: (patch: Partial<PlanValues>) => void;
  errors: PlanError[];
}

/** How many meetings of each kind; the three steering-group meetings are shown, not edited. */
export function PlanCounts({ values, onChange, errors }: PlanCountsProps) {
  const t = useT();
  const c = t.courses;
  const count = (field: 'sparring' | 'leaderSparring' | 'conferences', hint: string) => (
    <TextField
      id={ids.count(field)}
      label={c[field]}
      hint={hint}
      value={values[field]}
      onChange={(v) => onChange({ [field]: v })}
      inputMode="numeric"
      width="xs"
      error={messageFor(errors, ids.count(field))}
    />
  );
  return (
    <>
      {count('sparring', c.sparringHint)}
      <div className="form-group">
        <p className="form-label mb-0">{c.steering}</p>
        <p className="mt-0">
          <strong>{STEERING}</strong> – {c.steeringFixed}
        </p>
      </div>
      {count('leaderSparring', c.leaderSparringHint)}
      <RadioGroup
        id={ids.themeDay}
        legend={c.themeDay}
        options={[
          { value: 'yes', label: c.yes },
          { value: 'no', label: c.no },
        ]}
        value={values.themeDay ? 'yes' : 'no'}
        onChange={(v) => onChange({ themeDay: v === 'yes' })}
        error={messageFor(errors, `${ids.themeDay}-yes`)}
      />
      {count('conferences', c.conferencesHint)}
    </>
  );
}
