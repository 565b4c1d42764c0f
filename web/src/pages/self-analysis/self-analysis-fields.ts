import {
  MUNICIPALITY_FIGURES,
  QUESTION_KEYS,
  SECTION_KEYS,
  type SelfAnalysisContent,
} from '../../../../src/shared/contracts/self-analysis.js';
import type { Messages } from '../../i18n/da.js';
import { field, type DocumentField } from '../../versions/merge.js';

/**
 * The self-analysis' fields for merging two saves (ADR 22): each question's
 * answer, each of the municipality's figures and its note, each institution's
 * capacity (figures and note together), and the strengths and challenges as
 * one list each. `contents` are the versions being merged: an institution in
 * any of them is a field.
 */
export function selfAnalysisFields(
  t: Messages,
  contents: SelfAnalysisContent[],
  names: Record<string, string> = {},
): DocumentField[] {
  const s = t.selfAnalysis;
  const questions = SECTION_KEYS.flatMap((section) =>
    QUESTION_KEYS[section].map((key) =>
      field([section, key], `${s.sections[section].title}: ${(s.questions[section] as Record<string, string>)[key]}`),
    ),
  );
  const figures = (Object.keys(MUNICIPALITY_FIGURES) as (keyof typeof MUNICIPALITY_FIGURES)[]).map((key) =>
    field(['capacity', 'municipality', 'figures', key], `${s.capacityHeading}: ${s.enteredLabels.municipality[key]}`),
  );
  const institutionIds = [...new Set(contents.flatMap((c) => Object.keys(c.capacity.institutions)))];
  return [
    ...questions,
    ...figures,
    field(['capacity', 'municipality', 'note'], `${s.capacityHeading}: ${s.note}`),
    ...institutionIds.map((id) =>
      field(['capacity', 'institutions', id], `${s.capacityHeading}: ${names[id] ?? id}`, describeCapacity),
    ),
    field(['strengths'], s.lists.strengths.heading),
    field(['challenges'], s.lists.challenges.heading),
  ];
}

function describeCapacity(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const v = value as { figures: Record<string, number | null>; note: string };
  const figures = Object.entries(v.figures)
    .filter(([, n]) => n !== null)
    .map(([k, n]) => `${k}: ${String(n)}`);
  return [...figures, v.note].filter((x) => x !== '').join('; ');
}
