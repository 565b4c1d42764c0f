import { formatCount, formatDate, formatScore, municipalityTitle } from './format.js';
import type { Block, DocumentModel } from './model.js';
import { COURSE, PROGRAMME, SENDER, coursePeriod, yesNo } from './programme.js';
import type { DecisionLetterData } from './types.js';

/** The decision letter sent when a round's decisions are published: tilsagn, venteliste or afslag. */
export function decisionLetter(data: DecisionLetterData): DocumentModel {
  const municipality = municipalityTitle(data.municipalityName);
  const opening =
    `Socialstyrelsen har nu behandlet ansøgningerne i ansøgningsrunden ${data.round.name} om deltagelse i et ` +
    `${COURSE} under ${PROGRAMME}.`;
  return {
    title: 'Afgørelse om deltagelse i rådgivnings- og vejledningsforløb',
    subtitle: `${municipality} – ${data.round.name}`,
    date: formatDate(data.publishedAt),
    reference: data.applicationId,
    sender: SENDER,
    blocks: [
      { kind: 'paragraph', text: `Til ${data.recipientName}\n${municipality}` },
      ...outcomeBlocks(data, municipality, opening),
      ...assessment(data),
      { kind: 'paragraph', text: 'Har I spørgsmål til afgørelsen, er I velkomne til at kontakte Socialstyrelsen.' },
      { kind: 'paragraph', text: 'Med venlig hilsen' },
      { kind: 'signatures', parties: [{ label: 'For Socialstyrelsen', name: data.signerName }] },
    ],
  };
}

function outcomeBlocks(data: DecisionLetterData, municipality: string, opening: string): Block[] {
  const period = coursePeriod(data.round);
  switch (data.outcome) {
    case 'approved':
      return [
        { kind: 'heading', text: 'Tilsagn om deltagelse' },
        {
          kind: 'paragraph',
          text: `${opening} Vi kan med glæde meddele, at ${municipality} har fået tilsagn om deltagelse i forløbet. Tillykke.`,
        },
        { kind: 'facts', rows: [['Forløbsperiode', period]] },
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
        { kind: 'heading', text: 'Optagelse på venteliste' },
        {
          kind: 'paragraph',
          text:
            `${opening} I hver ansøgningsrunde indgås aftale med op til ${municipalities(data.round.capacity)}. ` +
            `Der er kommet flere ansøgninger, end der er pladser, og ${municipality} har derfor ikke fået tilsagn i denne ` +
            'omgang. Kommunen er i stedet optaget på ventelisten.',
        },
        {
          kind: 'facts',
          rows: [
            [
              'Plads på ventelisten',
              data.waitlistPosition === null ? 'Ikke fastsat' : `Nummer ${data.waitlistPosition}`,
            ],
            ['Forløbsperiode', period],
          ],
        },
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
        { kind: 'heading', text: 'Afslag på ansøgningen' },
        {
          kind: 'paragraph',
          text: `${opening} Vi må desværre meddele, at ${municipality} ikke har fået tilsagn om deltagelse i forløbet.`,
        },
        { kind: 'heading', text: 'Begrundelse' },
        { kind: 'paragraph', text: rejectionReason(data) },
        {
          kind: 'paragraph',
          text:
            'Tak for jeres ansøgning og for det arbejde, I har lagt i den. Vi vil gerne opfordre jer til at søge igen ' +
            'i en kommende ansøgningsrunde.',
        },
      ];
  }
}

const municipalities = (n: number): string => (n === 1 ? 'én kommune' : `${formatCount(n)} kommuner`);

function rejectionReason(data: DecisionLetterData): string {
  const requirements = data.requirementsMet
    ? 'Ansøgningen opfylder kravene for at deltage, men andre ansøgninger er i helhedsvurderingen vurderet højere, ' +
      `og der indgås højst aftale med ${municipalities(data.round.capacity)} i hver ansøgningsrunde.`
    : 'Ansøgningen opfylder ikke alle kravene for at deltage: ledelsesmæssig opbakning fra dagtilbudsområdet, ' +
      'direktørens underskrift med tilsagn om ressourcer og forankring samt villighed til at indgå i evalueringen ' +
      'af forløbet.';
  return `${data.explanation.trim()} ${requirements}`;
}

function assessment(data: DecisionLetterData): Block[] {
  const rows = data.criteria.map((c) => [c.text, c.mean === null ? 'Ikke vurderet' : formatScore(c.mean)]);
  if (data.total !== null) rows.push(['I alt', formatScore(data.total)]);
  const blocks: Block[] = [
    { kind: 'heading', text: 'Vurdering af ansøgningen' },
    {
      kind: 'paragraph',
      text:
        'Socialstyrelsen har vurderet ansøgningen ud fra kriterierne for tildeling og foretaget en helhedsvurdering, ' +
        'hvor der også er lagt vægt på, at både små og større kommuner, kommuner i forskellige dele af landet og ' +
        'kommuner med en høj andel af dagpleje er repræsenteret. Scoren for hvert kriterium er gennemsnittet af ' +
        'bedømmernes scorer.',
    },
  ];
  if (rows.length > 0) blocks.push({ kind: 'table', header: ['Kriterium', 'Gennemsnitlig score'], rows });
  blocks.push({ kind: 'facts', rows: [['Kravene for deltagelse er opfyldt', yesNo(data.requirementsMet)]] });
  // A rejection gives the explanation as its reason; the others state it here.
  if (data.outcome !== 'rejected')
    blocks.push({ kind: 'paragraph', text: `Samlet vurdering: ${data.explanation.trim()}` });
  return blocks;
}
