import {
  REQUIRED_INSTITUTION_FIGURE,
  SECTION_KEYS,
  type MissingPart,
  type SelfAnalysisContent,
} from '../../../shared/contracts/self-analysis.js';

const filled = (text: string): boolean => text.trim() !== '';

/**
 * What must be filled before the self-analysis can be presented (our reading
 * of the seed: an overall picture on leadership, organisation and targeted
 * interventions, each institution's capacity, strengths and challenges):
 * at least one answer in each section, the number of pedagogical staff of
 * every institution of the course, at least one strength and one challenge,
 * and no kept version waiting for someone to choose. Fields are named as in a
 * 400's `errors`, so the client links each to its field; `why` is a message
 * code the client words in the reader's language.
 */
export function missingParts(
  content: SelfAnalysisContent,
  institutions: { id: string; name: string }[],
  openConflicts: number,
): MissingPart[] {
  const missing: MissingPart[] = [];
  for (const section of SECTION_KEYS) {
    if (!Object.values<string>(content[section]).some(filled)) {
      missing.push({ field: `content.${section}`, why: { code: 'section_unanswered', params: { section } } });
    }
  }
  const figure = REQUIRED_INSTITUTION_FIGURE;
  for (const institution of institutions) {
    if ((content.capacity.institutions[institution.id]?.figures[figure] ?? null) === null) {
      missing.push({
        field: `content.capacity.institutions.${institution.id}.figures.${figure}`,
        why: { code: 'figure_missing', params: { institution: institution.name, figure } },
      });
    }
  }
  if (!content.strengths.some(filled))
    missing.push({ field: 'content.strengths', why: { code: 'no_strength', params: {} } });
  if (!content.challenges.some(filled))
    missing.push({ field: 'content.challenges', why: { code: 'no_challenge', params: {} } });
  if (openConflicts > 0) missing.push({ field: 'conflicts', why: { code: 'version_undecided', params: {} } });
  return missing;
}
