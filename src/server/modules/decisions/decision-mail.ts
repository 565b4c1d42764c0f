import type { Outcome } from '../../../shared/contracts/applications.js';

const HEADLINE: Record<Outcome, string> = {
  approved: 'har fået tilsagn om at deltage i',
  waitlisted: 'er kommet på venteliste til',
  rejected: 'har desværre ikke fået plads i',
};

/**
 * The notification e-mail: short, with a link; the letter itself is in Indsats. It carries no
 * reason and no points – only the outcome, the case number and whom to contact – so nothing
 * internal can reach it. `caseNumber` and `contact` are optional so callers from before
 * issue 11 keep working.
 */
export function decisionMail(input: {
  outcome: Outcome;
  roundName: string;
  municipalityName: string;
  link: string;
  caseNumber?: string | undefined;
  contact?: { name: string; email: string; phone: string } | undefined;
}) {
  const { contact } = input;
  return {
    subject: `Afgørelse på jeres ansøgning – ${input.roundName}${input.caseNumber ? ` (${input.caseNumber})` : ''}`,
    body: [
      'Kære tovholder',
      '',
      `${input.municipalityName} Kommune ${HEADLINE[input.outcome]} et etårigt rådgivnings- og vejledningsforløb (${input.roundName}).`,
      '',
      'Afgørelsesbrevet med begrundelse og klagevejledning ligger i Indsats, hvor I også kan hente det som Word og PDF:',
      input.link,
      '',
      input.caseNumber ? `Sagsnummer: ${input.caseNumber}\n` : '',
      input.outcome === 'approved' ? 'Socialstyrelsen sender snarest en samarbejdsaftale til underskrift.\n' : '',
      contact
        ? `Har I spørgsmål, kan I kontakte ${contact.name} på ${contact.email} eller telefon ${contact.phone}.\n`
        : '',
      'Venlig hilsen',
      'Socialstyrelsen',
    ]
      .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
      .join('\n'),
  };
}
