import {
  QUESTION_KEYS,
  SELF_ANALYSIS_LIMITS,
  type SectionKey,
} from '../../../../src/shared/contracts/self-analysis.js';
import { TextAreaField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { questionId } from './self-analysis-form.js';

interface QuestionsFieldsetProps {
  section: SectionKey;
  answers: Record<string, string>;
  onChange: (answers: Record<string, string>) => void;
  disabled: boolean;
  serverError: (field: string) => string | undefined;
}

/** One section of the template (Ledelse, Organisering, Målrettede indsatser): its guiding questions and the answers. */
export function QuestionsFieldset({ section, answers, onChange, disabled, serverError }: QuestionsFieldsetProps) {
  const t = useT();
  const s = t.selfAnalysis;
  const questions = s.questions[section] as Record<string, string>;
  return (
    <fieldset className="mt-7" disabled={disabled}>
      <legend className="h2">{s.sections[section].title}</legend>
      <p>{s.sections[section].intro}</p>
      {QUESTION_KEYS[section].map((key) => (
        <TextAreaField
          key={key}
          id={questionId(section, key)}
          label={questions[key] ?? key}
          hint={s.noChildNames}
          value={answers[key] ?? ''}
          onChange={(v) => onChange({ ...answers, [key]: v })}
          error={serverError(`content.${section}.${key}`)}
          rows={4}
          limit={SELF_ANALYSIS_LIMITS.answer}
        />
      ))}
    </fieldset>
  );
}
