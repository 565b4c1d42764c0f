import type { AgreementTerms } from '../../shared/contracts/agreements.js';
import { formatDate, municipalityTitle } from './format.js';
import type { DocumentModel } from './model.js';
import { COURSE, COURSE_SUBTITLE, PROGRAMME, SENDER, coursePeriod } from './programme.js';
import type { AgreementData } from './types.js';

/** The municipality's commitments in the standard wording of the programme description ("Samarbejde og økonomi"). */
export function defaultAgreementTerms(input: {
  agencyContactName: string;
  agencyContactEmail: string;
  municipalityContactName: string;
  municipalityContactEmail: string;
}): AgreementTerms {
  return {
    ...input,
    staffTime:
      'Kommunen afsætter og afholder udgifter til de personaleressourcer, der skal bruges til møder og andre ' +
      'aktiviteter i forbindelse med forløbet. Den kommunale tovholder afsætter tid til at drive og udvikle indsatsen, ' +
      'også med henblik på senere forankring, og de deltagende dagtilbud afsætter tid til selve indsatsen og til ' +
      'forberedelse, møder og temadag.',
    catering: 'Kommunen afholder udgifter til eventuel forplejning på møder i forbindelse med forløbet.',
    transport: 'Kommunen afholder egne transportudgifter til deltagelse i temadage og landsdækkende konferencer.',
    evaluation:
      'Kommunen indgår i evalueringen af rådgivnings- og vejledningsforløbet, som gennemføres af en ekstern evaluator, ' +
      'og medvirker til indsamlingen af data i samarbejde med evaluator.',
  };
}

/** The collaboration agreement (samarbejdsaftale) between Socialstyrelsen and an approved municipality. */
export function agreementDocument(data: AgreementData): DocumentModel {
  const { terms } = data;
  const municipality = municipalityTitle(data.municipalityName);
  return {
    title: 'Samarbejdsaftale',
    subtitle: COURSE_SUBTITLE,
    date: formatDate(data.sentAt),
    reference: data.caseNumber ?? data.applicationId,
    sender: SENDER,
    blocks: [
      { kind: 'heading', text: '1. Aftalens parter' },
      { kind: 'paragraph', text: 'Aftalen er indgået mellem:' },
      {
        kind: 'list',
        items: [SENDER, `${municipality} (kommunekode ${data.municipalityCode}), herefter kaldet kommunen`],
      },
      { kind: 'heading', text: '2. Formål' },
      {
        kind: 'paragraph',
        text:
          `Aftalen fastlægger rammerne for kommunens deltagelse i et ${COURSE} under ${PROGRAMME}. Forløbet skal ` +
          'understøtte kommunen i at arbejde målrettet med at mindske den negative sociale arv ved at sætte fokus på ' +
          'kvaliteten i det pædagogiske læringsmiljø i dagtilbud, med særligt fokus på børn i udsatte positioner. ' +
          'Forløbet tilrettelægges i dialog med kommunen og med afsæt i de udvalgte dagtilbuds konkrete udfordringer og behov.',
      },
      { kind: 'heading', text: '3. Forløbsperiode' },
      {
        kind: 'facts',
        rows: [
          ['Ansøgningsrunde', data.round.name],
          ['Forløbsperiode', coursePeriod(data.round)],
        ],
      },
      { kind: 'heading', text: '4. Deltagende dagtilbud' },
      data.institutions.length > 0
        ? { kind: 'list', items: data.institutions }
        : { kind: 'paragraph', text: 'De deltagende dagtilbud aftales ved opstartsmødet.' },
      { kind: 'heading', text: '5. Kontaktpersoner' },
      {
        kind: 'table',
        header: ['Part', 'Kontaktperson', 'E-mail'],
        rows: [
          [SENDER, terms.agencyContactName, terms.agencyContactEmail],
          [municipality, terms.municipalityContactName, terms.municipalityContactEmail],
        ],
      },
      { kind: 'heading', text: '6. Forløbets indhold' },
      {
        kind: 'paragraph',
        text:
          'Forløbet gennemføres af Socialstyrelsens team af pædagogiske praksiskonsulenter. Et typisk forløb indeholder ' +
          'et opstartsmøde med dagtilbudschefen og den kommunale tovholder, en egenanalyse af kommunens styrker og ' +
          'udfordringer, løbende sparringsmøder, tre styregruppemøder, sparringsmøder for dagtilbudsledere, op til ni ' +
          'arbejdsgruppemøder, en temadag med andre deltagende kommuner og mulighed for at deltage i landsdækkende konferencer.',
      },
      { kind: 'heading', text: '7. Kommunens forpligtelser' },
      {
        kind: 'paragraph',
        text: 'Kommunen er ansvarlig for indsatsens fremdrift. Kommunen forpligter sig til følgende:',
      },
      { kind: 'list', items: [terms.staffTime, terms.catering, terms.transport] },
      { kind: 'heading', text: '8. Evaluering' },
      { kind: 'paragraph', text: terms.evaluation },
      { kind: 'heading', text: '9. Økonomi' },
      {
        kind: 'paragraph',
        text:
          'Deltagelsen i rådgivnings- og vejledningsforløbet er gratis for kommunen. Kommunen afholder dog selv de ' +
          'udgifter, der er nævnt under punkt 7.',
      },
      { kind: 'heading', text: '10. Underskrift' },
      {
        kind: 'paragraph',
        text:
          'Aftalen træder i kraft, når begge parter har underskrevet den. Kommunen returnerer den underskrevne aftale ' +
          'til Socialstyrelsen.',
      },
      {
        kind: 'signatures',
        parties: [
          { label: 'For Socialstyrelsen', name: terms.agencyContactName },
          { label: `For ${municipality}`, name: '' },
        ],
      },
    ],
  };
}
