import type { Wording } from '../contracts/messages.js';
import { INSTITUTION_FIGURES, SECTION_TEMPLATE, type MissingMessage } from '../contracts/self-analysis.js';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The Danish wording of what a self-analysis lacks before it can be presented.
 * It lives here, not only in the web client, because a refused presentation's
 * 400 names each missing field in Danish (the error format's `errors`);
 * web/src/i18n/self-analysis.da.ts uses the same wording.
 */
export const missingPartsDa: Wording<MissingMessage> = {
  section_unanswered: ({ section }) => `${SECTION_TEMPLATE[section].title}: Besvar mindst ét af spørgsmålene`,
  figure_missing: ({ institution, figure }) =>
    `${institution}: Udfyld ${lowerFirst(INSTITUTION_FIGURES[figure].label)}`,
  no_strength: () => 'Styrker: Skriv mindst én styrke',
  no_challenge: () => 'Udfordringer: Skriv mindst én udfordring',
  version_undecided: () => 'Der ligger en særskilt udgave, som ingen har valgt til eller fra endnu',
};
