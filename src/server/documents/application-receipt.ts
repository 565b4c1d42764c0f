import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatPercent,
  municipalityGenitive,
  municipalityTitle,
} from './format.js';
import type { Block, DocumentModel } from './model.js';
import { COURSE, COURSE_SUBTITLE, PROGRAMME, SENDER, coursePeriod, orMissing } from './programme.js';
import type { ReceiptData } from './types.js';

/** The receipt for a submitted application: when, by whom, and everything that was submitted. */
export function applicationReceipt(data: ReceiptData): DocumentModel {
  const { content } = data;
  const municipality = municipalityTitle(data.municipalityName);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        `Socialstyrelsen har modtaget ${municipalityGenitive(data.municipalityName)} ansøgning om deltagelse i et ${COURSE} ` +
        `under ${PROGRAMME}. Kvitteringen gengiver ansøgningen, som den blev indsendt.`,
    },
    {
      kind: 'facts',
      rows: [
        ['Ansøgningsrunde', data.round.name],
        ['Forløbsperiode', coursePeriod(data.round)],
        ['Kommune', `${municipality} (kommunekode ${data.municipalityCode})`],
        ['Indsendt', formatDateTime(data.submittedAt)],
        ['Indsendt af', orMissing(data.submittedBy)],
        ['Version', String(data.version)],
        ['Ansøgningens reference', data.applicationId],
      ],
    },
    { kind: 'heading', text: 'Kontaktperson' },
    {
      kind: 'facts',
      rows: [
        ['Navn', orMissing(content.contactName)],
        ['E-mail', orMissing(content.contactEmail)],
        ['Telefon', orMissing(content.contactPhone)],
      ],
    },
    ...institutionBlocks(data),
    { kind: 'heading', text: 'Andel af børn i dagpleje' },
    {
      kind: 'facts',
      rows: [
        [
          'Andel af kommunens 0–2-årige i dagpleje',
          content.familyDaycareShare === null ? 'Ikke oplyst' : formatPercent(content.familyDaycareShare),
        ],
      ],
    },
    { kind: 'heading', text: 'Motivation for at deltage i forløbet' },
    { kind: 'paragraph', text: orMissing(content.motivation, 'Ikke udfyldt') },
    { kind: 'heading', text: 'Ledelsesmæssig opbakning fra dagtilbudsområdet' },
    { kind: 'paragraph', text: orMissing(content.managementBacking, 'Ikke udfyldt') },
    { kind: 'heading', text: 'Afsættelse af ressourcer og forankring af indsatsen' },
    { kind: 'paragraph', text: orMissing(content.resourceCommitment, 'Ikke udfyldt') },
    { kind: 'heading', text: 'Direktørens underskrift' },
    { kind: 'facts', rows: directorRows(data) },
    { kind: 'heading', text: 'Evaluering' },
    {
      kind: 'facts',
      rows: [
        [
          'Deltagelse i evaluering',
          content.evaluationCommitment
            ? 'Ja. Kommunen er villig til at indgå i en evaluering af forløbet, herunder medvirke til indsamlingen af ' +
              'data i samarbejde med en ekstern evaluator.'
            : 'Nej. Kommunen har ikke tilkendegivet, at den vil indgå i evalueringen af forløbet.',
        ],
      ],
    },
    ...nextSteps(data),
  ];
  return {
    title: 'Kvittering for ansøgning',
    subtitle: COURSE_SUBTITLE,
    date: formatDate(data.submittedAt),
    reference: data.applicationId,
    sender: SENDER,
    blocks,
  };
}

function institutionBlocks(data: ReceiptData): Block[] {
  const selected = data.content.institutions;
  const name = (id: string): string => data.institutionNames[id] ?? 'Ukendt dagtilbud';
  if (selected.length === 0) {
    return [
      { kind: 'heading', text: 'Udvalgte dagtilbud' },
      { kind: 'paragraph', text: 'Der er ikke valgt dagtilbud.' },
    ];
  }
  return [
    { kind: 'heading', text: 'Udvalgte dagtilbud' },
    {
      kind: 'table',
      header: ['Dagtilbud', 'Andel af familier i en udsat position'],
      rows: selected.map((i) => [
        name(i.institutionId),
        i.vulnerableFamiliesShare === null ? 'Ikke oplyst' : formatPercent(i.vulnerableFamiliesShare),
      ]),
    },
    { kind: 'heading', text: 'Dokumentation af behovet' },
    { kind: 'facts', rows: selected.map((i) => [name(i.institutionId), orMissing(i.needDocumentation)]) },
  ];
}

function directorRows(data: ReceiptData): [string, string][] {
  const { content, directorFile } = data;
  const rows: [string, string][] = [
    ['Navn', orMissing(content.directorName)],
    ['Stilling', orMissing(content.directorTitle)],
    ['Dato for underskrift', content.directorSignedOn === '' ? 'Ikke oplyst' : formatDate(content.directorSignedOn)],
  ];
  if (!directorFile) return [...rows, ['Underskrevet tilsagn', 'Ikke vedhæftet']];
  return [
    ...rows,
    ['Underskrevet tilsagn (fil)', directorFile.filename],
    ['Filstørrelse', formatBytes(directorFile.size)],
    ['Kontrolsum (SHA-256)', directorFile.sha256],
  ];
}

function nextSteps(data: ReceiptData): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', text: 'Det videre forløb' },
    {
      kind: 'paragraph',
      text:
        'Ansøgningen vurderes, når ansøgningsfristen er udløbet. Socialstyrelsen foretager en helhedsvurdering af ' +
        'ansøgningerne ud fra kriterierne for tildeling og lægger vægt på, at både små og større kommuner, kommuner i ' +
        'forskellige dele af landet og kommuner med en høj andel af dagpleje er repræsenteret. Kommunen får skriftlig ' +
        'besked om afgørelsen, når alle ansøgninger i runden er vurderet.',
    },
  ];
  if (data.round.criteria.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: 'Socialstyrelsen vurderer ansøgningerne ud fra følgende kriterier:' },
      { kind: 'list', items: data.round.criteria.map((c) => c.text) },
    );
  }
  if (data.round.requirements.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: 'Det er et krav, at:' },
      { kind: 'list', items: data.round.requirements.map((r) => r.text) },
    );
  }
  blocks.push({
    kind: 'paragraph',
    text: 'Gem denne kvittering. Har I spørgsmål til ansøgningen, er I velkomne til at kontakte Socialstyrelsen.',
  });
  return blocks;
}
