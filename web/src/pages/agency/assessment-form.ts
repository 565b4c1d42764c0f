import { isApiError } from '../../api/client.js';
import type { AgencyMessages } from '../../i18n/agency.da.js';
import type { Round } from '../rounds/api.js';
import type { Assessment, AssessmentBody } from './api.js';
import { radioId } from '../../components/RadioGroup.js';
import type { SummaryItem } from '../../components/ErrorSummary.js';

/** What the assessment form edits: one pass/fail per requirement, one score and justification per criterion. */
export interface AssessmentValues {
  requirements: Record<string, boolean | null>;
  criteria: Record<string, { score: number | null; justification: string }>;
}

/** The form's values from the stored assessment, with every requirement and criterion of the round present. */
export function valuesOf(own: Assessment, round: Round): AssessmentValues {
  return {
    requirements: Object.fromEntries(round.requirements.map((r) => [r.key, own.requirements[r.key] ?? null])),
    criteria: Object.fromEntries(
      round.criteria.map((c) => {
        const stored = own.criteria[c.key];
        return [c.key, { score: stored?.score ?? null, justification: stored?.justification ?? '' }];
      }),
    ),
  };
}

export function bodyOf(values: AssessmentValues, version: number): AssessmentBody {
  return { version, requirements: values.requirements, criteria: values.criteria };
}

export const ids = {
  requirement: (key: string) => `assessment-req-${key}`,
  score: (key: string) => `assessment-score-${key}`,
  justification: (key: string) => `assessment-justification-${key}`,
};

/** The server's field errors as summary links to the fields: requirements.<key>, criteria.<key>.score|justification. */
export function summaryItems(error: unknown, round: Round, a: AgencyMessages['assess']): SummaryItem[] {
  if (!isApiError(error)) return [];
  return error.fieldErrors.map((fe) => {
    const [group, key = '', part] = fe.field.split('.');
    const reqIndex = round.requirements.findIndex((r) => r.key === key);
    const critIndex = round.criteria.findIndex((c) => c.key === key);
    if (group === 'requirements' && reqIndex >= 0) {
      return {
        target: radioId(ids.requirement(key), 'yes'),
        label: a.requirementShort(reqIndex + 1),
        message: fe.message,
      };
    }
    if (group === 'criteria' && critIndex >= 0 && part === 'justification') {
      return { target: ids.justification(key), label: a.justification(critIndex + 1), message: fe.message };
    }
    if (group === 'criteria' && critIndex >= 0) {
      return { target: radioId(ids.score(key), '1'), label: a.scoreLegend(critIndex + 1), message: fe.message };
    }
    return { target: 'assessment-form', label: a.formHeading, message: fe.message };
  });
}
