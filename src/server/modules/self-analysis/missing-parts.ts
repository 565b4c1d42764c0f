import {
  INSTITUTION_FIGURES,
  REQUIRED_INSTITUTION_FIGURE,
  SECTION_KEYS,
  SECTION_TEMPLATE,
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
 * 400's `errors`, so the client links each to its field.
 */
export function missingParts(
  content: SelfAnalysisContent,
  institutions: { id: string; name: string }[],
  openConflicts: number,
): MissingPart[] {
  const missing: MissingPart[] = [];
  for (const section of SECTION_KEYS) {
    if (!Object.values<string>(content[section]).some(filled)) {
      missing.push({
        field: `content.${section}`,
        message: `${SECTION_TEMPLATE[section].title}: Besvar mindst ét af spørgsmålene`,
      });
    }
  }
  const label = INSTITUTION_FIGURES[REQUIRED_INSTITUTION_FIGURE].label;
  for (const institution of institutions) {
    if ((content.capacity.institutions[institution.id]?.figures[REQUIRED_INSTITUTION_FIGURE] ?? null) === null) {
      missing.push({
        field: `content.capacity.institutions.${institution.id}.figures.${REQUIRED_INSTITUTION_FIGURE}`,
        message: `${institution.name}: Udfyld ${lowerFirst(label)}`,
      });
    }
  }
  if (!content.strengths.some(filled))
    missing.push({ field: 'content.strengths', message: 'Styrker: Skriv mindst én styrke' });
  if (!content.challenges.some(filled))
    missing.push({ field: 'content.challenges', message: 'Udfordringer: Skriv mindst én udfordring' });
  if (openConflicts > 0) {
    missing.push({
      field: 'conflicts',
      message: 'Der ligger en særskilt udgave, som ingen har valgt til eller fra endnu',
    });
  }
  return missing;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
