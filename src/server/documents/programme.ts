import { formatDate } from './format.js';

/** The wording the documents share, from Socialstyrelsen's description of the programme. */
export const SENDER = 'Socialstyrelsen';
export const PROGRAMME = 'Målrettede sociale indsatser i dagtilbud';
export const COURSE = 'etårigt rådgivnings- og vejledningsforløb';
export const COURSE_SUBTITLE = `Etårigt rådgivnings- og vejledningsforløb – ${PROGRAMME}`;

/** '1. august 2027 til 30. juni 2028'. */
export function coursePeriod(round: { courseStart: string; courseEnd: string }): string {
  return `${formatDate(round.courseStart)} til ${formatDate(round.courseEnd)}`;
}

export const yesNo = (value: boolean): string => (value ? 'Ja' : 'Nej');

/** An empty answer, said so rather than left blank. */
export const orMissing = (value: string, missing = 'Ikke oplyst'): string =>
  value.trim() === '' ? missing : value.trim();
