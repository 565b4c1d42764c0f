import type { Outcome } from '../../../shared/contracts/applications.js';

const HEADLINE: Record<Outcome, string> = {
  approved: 'har fået tilsagn om at deltage i',
  waitlisted: 'er kommet på venteliste til',
  rejected: 'har desværre ikke fået plads i',
};

/** The notification e-mail: short, with a link; the letter itself is in Indsats. */
export function decisionMail(input: { outcome: Outcome; roundName: string; municipalityName: string; link: string }) {
  return {
    subject: `Afgørelse på jeres ansøgning – ${input.roundName}`,
    body: [
      'Kære tovholder',
      '',
      `${input.municipalityName} Kommune ${HEADLINE[input.outcome]} et etårigt rådgivnings- og vejledningsforløb (${input.roundName}).`,
      '',
      'Afgørelsesbrevet ligger i Indsats, hvor I også kan hente det som Word og PDF:',
      input.link,
      '',
      input.outcome === 'approved' ? 'Socialstyrelsen sender snarest en samarbejdsaftale til underskrift.\n' : '',
      'Venlig hilsen',
      'Socialstyrelsen',
    ]
      .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
      .join('\n'),
  };
}
