import type { ASSIGNMENTS } from '../../../src/shared/contracts/access.js';

type Assignment = (typeof ASSIGNMENTS)[number];

/** Texts of the panel "Hvem kan se dette?" (who reads a record, and why). */
export const accessDa = {
  readersTitle: 'Hvem kan se dette?',
  readersIntro:
    'Personerne der kan læse siden, og hvorfor – udregnet af de samme adgangsregler, som serveren bruger, når de åbner den. Din visning af listen bliver logget.',
  readersCaption: 'Personer der kan se dette',
  name: 'Navn',
  reason: 'Hvorfor',
  counted: (n: number, role: string) =>
    n === 1 ? `1 national administrator (${role})` : `${n} nationale administratorer (${role})`,
  countedOther: (n: number, role: string) => `${n} × ${role}`,
  readByRole: 'Kan se alle sager af denne slags',
  noReaders: 'Ingen ud over de nationale administratorer.',
  more: (n: number) => (n === 1 ? 'og 1 person mere, som ikke er vist.' : `og ${n} personer mere, som ikke er vist.`),
  inMunicipality: (role: string, municipality: string) =>
    `${role} i ${/kommune$/i.test(municipality) ? municipality : `${municipality} Kommune`}`,
  assignment: {
    course_consultant: (role: string) => `${role} tilknyttet forløbet`,
    round_assessor: (role: string) => `${role} i ansøgningsrunden`,
    working_group: (role: string) => `${role} i mødets arbejdsgruppe`,
    course_institution: (role: string) => `${role} i et dagtilbud i forløbet`,
    institution: (role: string) => `${role} i eget dagtilbud`,
  } satisfies Record<Assignment, (role: string) => string>,
  invitation: (role: string) => `Inviteret til mødet (${role})`,
};
