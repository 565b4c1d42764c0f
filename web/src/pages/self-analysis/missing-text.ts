import { INSTITUTION_FIGURES, SECTION_KEYS, type SectionKey } from '../../../../src/shared/contracts/self-analysis.js';
import type { Messages } from '../../i18n/da.js';
import type { MissingPart, SelfAnalysis } from './api.js';

/** A missing part in the current locale, worded from its field; the server's Danish message for anything else. */
export function missingText(t: Messages, sa: SelfAnalysis, part: MissingPart): string {
  const s = t.selfAnalysis;
  const [, area, a, id, , figure] = part.field.split('.');
  if (part.field === 'conflicts') return s.missing.conflicts;
  if ((SECTION_KEYS as readonly string[]).includes(area ?? '') && a === undefined)
    return s.missing.section(s.sections[area as SectionKey].title);
  if (area === 'strengths' && a === undefined) return s.missing.strengths;
  if (area === 'challenges' && a === undefined) return s.missing.challenges;
  if (area === 'capacity' && a === 'institutions' && figure && figure in INSTITUTION_FIGURES) {
    const name = sa.institutions.find((i) => i.id === id)?.name ?? id ?? '';
    return s.missing.figure(name, s.enteredLabels.institution[figure as keyof typeof INSTITUTION_FIGURES]);
  }
  return part.message;
}
