import { formatCount, formatDate, formatScore, municipalityTitle } from './format.js';
import type { Block, DocumentModel } from './model.js';
import { COURSE, PROGRAMME, SENDER, coursePeriod } from './programme.js';
import type { DecisionLetterData } from './types.js';

const OUTCOME_FACT = { approved: 'Tilsagn', waitlisted: 'Venteliste', rejected: 'Afslag' } as const;

/**
 * The decision letter sent when a round's decisions are published: tilsagn, venteliste or afslag.
 * It states only what is true of the round (its places and the number of applications), the
 * reason in plain Danish, the municipality's own points, whom to contact and the klagevejledning
 * (issue 11, point 3). The admin's internal justification never reaches it.
 */
export function decisionLetter(data: DecisionLetterData): DocumentModel {
  const municipality = municipalityTitle(data.municipalityName);
  return {
    title: 'Afgørelse om deltagelse i rådgivnings- og vejledningsforløb',
    subtitle: `${municipality} – ${data.round.name}`,
    date: formatDate(data.publishedAt),
    reference: data.caseNumber,
    sender: SENDER,
    blocks: [
      { kind: 'paragraph', text: `Til ${data.recipientName}\n${municipality}` },
      ...outcomeBlocks(data, municipality),
      { kind: 'heading', text: 'Begrundelse' },
      { kind: 'paragraph', text: data.reason },
      ...nextSteps(data),
      ...assessment(data),
      { kind: 'heading', text: 'Kontakt' },
      {
        kind: 'paragraph',
        text:
          `Har I spørgsmål til afgørelsen, er I velkomne til at kontakte ${data.contact.name} på ` +
          `${data.contact.email} eller telefon ${data.contact.phone}. Oplys venligst sagsnummer ${data.caseNumber}.`,
      },
      { kind: 'heading', text: 'Klagevejledning' },
      { kind: 'paragraph', text: data.complaints },
      { kind: 'paragraph', text: 'Med venlig hilsen' },
      { kind: 'signatures', parties: [{ label: 'For Socialstyrelsen', name: data.signerName }] },
    ],
  };
}

const municipalities = (n: number): string => (n === 1 ? 'én kommune' : `${formatCount(n)} kommuner`);
const applications = (n: number): string => (n === 1 ? 'én ansøgning' : `${formatCount(n)} ansøgninger`);

function outcomeBlocks(data: DecisionLetterData, municipality: string): Block[] {
  const { round } = data;
  const opening =
    `Socialstyrelsen har nu behandlet ansøgningerne i ansøgningsrunden ${round.name} om deltagelse i et ` +
    `${COURSE} under ${PROGRAMME}. I runden kunne der indgås aftale med op til ${municipalities(round.capacity)}, ` +
    `og der kom ${applications(round.applicants)}.`;
  const facts: [string, string][] = [
    ['Sagsnummer', data.caseNumber],
    ['Ansøgningsrunde', round.name],
    ['Pladser i runden', String(round.capacity)],
    ['Ansøgninger i runden', String(round.applicants)],
    ['Afgørelse', OUTCOME_FACT[data.outcome]],
  ];
  if (data.outcome === 'waitlisted')
    facts.push([
      'Plads på ventelisten',
      data.waitlistPosition === null ? 'Ikke fastsat' : `Nummer ${data.waitlistPosition}`,
    ]);
  facts.push(['Forløbsperiode', coursePeriod(round)]);
  const verdict = {
    approved: `Vi kan med glæde meddele, at ${municipality} har fået tilsagn om deltagelse i forløbet. Tillykke.`,
    waitlisted:
      `${municipality} har ikke fået tilsagn i denne omgang, men er optaget på ventelisten` +
      (data.waitlistPosition === null ? '.' : ` som nummer ${data.waitlistPosition}.`),
    rejected: `Vi må desværre meddele, at ${municipality} ikke har fået tilsagn om deltagelse i forløbet.`,
  }[data.outcome];
  const heading = {
    approved: 'Tilsagn om deltagelse',
    waitlisted: 'Optagelse på venteliste',
    rejected: 'Afslag på ansøgningen',
  }[data.outcome];
  return [
    { kind: 'heading', text: heading },
    { kind: 'paragraph', text: `${opening} ${verdict}` },
    { kind: 'facts', rows: facts },
  ];
}

function nextSteps(data: DecisionLetterData): Block[] {
  switch (data.outcome) {
    case 'approved':
      return [
        { kind: 'heading', text: 'Det videre forløb' },
        {
          kind: 'list',
          items: [
            'Socialstyrelsen sender en samarbejdsaftale mellem kommunen og Socialstyrelsen. Aftalen beskriver forløbet og ' +
              'kommunens forpligtelser og skal underskrives af kommunen, før forløbet går i gang.',
            'Socialstyrelsens praksiskonsulenter kontakter kommunen for at planlægge det indledende opstartsmøde med ' +
              'dagtilbudschefen og kommunens tovholder for forløbet.',
            'Deltagelsen er gratis for kommunen. Kommunen afholder dog selv udgifter til personaleressourcer, eventuel ' +
              'forplejning på møder og transport til temadage og landsdækkende konferencer.',
          ],
        },
      ];
    case 'waitlisted':
      return [
        { kind: 'heading', text: 'Hvis en plads bliver ledig' },
        {
          kind: 'paragraph',
          text:
            'Bliver en plads i forløbet ledig, tilbydes den til kommunerne på ventelisten i den rækkefølge, de står på ' +
            'listen. Bliver kommunen tilbudt en plads, kontakter Socialstyrelsen jer, og I modtager en ny afgørelse med ' +
            'tilsagn og derefter en samarbejdsaftale. I skal ikke foretage jer noget, så længe kommunen står på ventelisten.',
        },
      ];
    case 'rejected':
      return [
        {
          kind: 'paragraph',
          text:
            'Tak for jeres ansøgning og for det arbejde, I har lagt i den. Vi vil gerne opfordre jer til at søge igen ' +
            'i en kommende ansøgningsrunde.',
        },
      ];
  }
}

/** The municipality's own points (never another's): the average of the assessors' points per criterion. */
function assessment(data: DecisionLetterData): Block[] {
  const rows = data.criteria.map((c) => [c.text, c.mean === null ? 'Ikke vurderet' : formatScore(c.mean)]);
  if (data.total !== null) rows.push(['I alt', formatScore(data.total)]);
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', text: 'Jeres ansøgnings point' },
    {
      kind: 'paragraph',
      text:
        'Bedømmerne har givet ansøgningen 1–5 point for hvert kriterium. Tabellen viser gennemsnittet af deres point. ' +
        'Udvælgelsen bygger på pointene og på rundens regler for sammensætningen, som skal sikre, at små og store ' +
        'kommuner, forskellige dele af landet og kommuner med mange børn i dagpleje er repræsenteret.',
    },
    { kind: 'table', header: ['Kriterium', 'Gennemsnitligt point'], rows },
  ];
}
