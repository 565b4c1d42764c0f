import { fieldError } from '../../components/form-errors.js';
import { ASSESSMENT_LIMITS } from '../../../../src/shared/contracts/assessments.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import { ids, type AssessmentValues } from './assessment-form.js';
import { TextAreaField } from '../../components/fields.js';
import { RadioGroup } from '../../components/RadioGroup.js';

interface AssessmentFieldsProps {
  round: Round;
  values: AssessmentValues;
  onChange: (values: AssessmentValues) => void;
  error: unknown;
}

const SCORES = ['1', '2', '3', '4', '5'] as const;

/** Pass/fail for each requirement; a 1–5 score and a justification for each criterion. */
export function AssessmentFields({ round, values, onChange, error }: AssessmentFieldsProps) {
  const t = useT();
  const a = t.agency.assess;
  const setRequirement = (key: string, passed: boolean) =>
    onChange({ ...values, requirements: { ...values.requirements, [key]: passed } });
  const setCriterion = (key: string, patch: Partial<AssessmentValues['criteria'][string]>) => {
    const current = values.criteria[key] ?? { score: null, justification: '' };
    onChange({ ...values, criteria: { ...values.criteria, [key]: { ...current, ...patch } } });
  };
  return (
    <>
      <h3>{a.requirementsHeading}</h3>
      <p>{a.requirementsIntro}</p>
      {round.requirements.map((r, i) => {
        const passed = values.requirements[r.key];
        return (
          <RadioGroup
            key={r.key}
            id={ids.requirement(r.key)}
            legend={a.requirementLegend(i + 1, r.text)}
            options={[
              { value: 'yes', label: a.passed },
              { value: 'no', label: a.failed },
            ]}
            value={passed === true ? 'yes' : passed === false ? 'no' : null}
            onChange={(v) => setRequirement(r.key, v === 'yes')}
            error={fieldError(error, `requirements.${r.key}`)}
          />
        );
      })}
      <h3 className="mt-8">{a.criteriaHeading}</h3>
      <p>{a.criteriaIntro}</p>
      {round.criteria.map((c, i) => {
        const value = values.criteria[c.key];
        return (
          <section key={c.key} aria-labelledby={`${ids.score(c.key)}-heading`} className="mt-6">
            <h4 id={`${ids.score(c.key)}-heading`}>{a.criterionHeading(i + 1)}</h4>
            <p>{c.text}</p>
            <RadioGroup
              id={ids.score(c.key)}
              legend={a.scoreLegend(i + 1)}
              hint={a.scoreHint}
              options={SCORES.map((s) => ({ value: s, label: s }))}
              value={value?.score ? (String(value.score) as (typeof SCORES)[number]) : null}
              onChange={(v) => setCriterion(c.key, { score: Number(v) })}
              error={fieldError(error, `criteria.${c.key}.score`)}
            />
            <TextAreaField
              id={ids.justification(c.key)}
              label={a.justification(i + 1)}
              hint={a.justificationHint}
              value={value?.justification ?? ''}
              onChange={(v) => setCriterion(c.key, { justification: v })}
              error={fieldError(error, `criteria.${c.key}.justification`)}
              required
              limit={ASSESSMENT_LIMITS.justification}
            />
          </section>
        );
      })}
    </>
  );
}
