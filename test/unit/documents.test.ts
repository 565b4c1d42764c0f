import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { ApplicationContent, type Outcome } from '../../src/shared/contracts/applications.js';
import {
  agreementDocument,
  applicationReceipt,
  decisionLetter,
  defaultAgreementTerms,
  renderBoth,
  type AgreementData,
  type DecisionLetterData,
  type ReceiptData,
} from '../../src/server/documents/index.js';

const ROUND = { name: 'August 2027 – juni 2028', courseStart: '2027-08-01', courseEnd: '2028-06-30' };
const SHA = 'a3f1c9e2b7d4058f6e1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a8';
const INSTITUTIONS = {
  '0b5f3c1e-2d4a-4b6c-8d9e-0f1a2b3c4d5e': 'Børnehuset Solsikken',
  '1c6a4d2f-3e5b-4c7d-9e0f-1a2b3c4d5e6f': 'Dagtilbud Østervrå',
  '2d7b5e3a-4f6c-4d8e-8f1a-2b3c4d5e6f7a': 'Vuggestuen Åkanden',
};
const MOTIVATION_END = 'Det er vores klare forventning, at indsatsen forankres i hele dagtilbudsområdet.';
/** About 6,000 characters: the receipt's PDF must flow over at least two pages. */
const MOTIVATION = [
  ...Array.from(
    { length: 18 },
    (_, i) =>
      `Afsnit ${i + 1}: I Hjørring Kommune oplever vi, at en stigende andel af børnene i vores dagtilbud kommer fra ` +
      'familier i en udsat position. Pædagogerne ønsker at styrke læringsmiljøet, så alle børn får mulighed for ' +
      'trivsel, udvikling og læring – også de børn, der har det sværest. Vi ønsker sparring på forældresamarbejdet.',
  ),
  MOTIVATION_END,
].join('\n\n');

const content = ApplicationContent.parse({
  contactName: 'Søren Ærø Østergård',
  contactEmail: 'soren.ostergard@hjoerring.dk',
  contactPhone: '72 33 33 33',
  institutions: Object.keys(INSTITUTIONS).map((institutionId, i) => ({
    institutionId,
    vulnerableFamiliesShare: [42, 12.5, 33][i] ?? null,
    needDocumentation: `Opgjort af forvaltningen i 2026 ud fra forældrenes uddannelse og beskæftigelse (dagtilbud ${i + 1}).`,
  })),
  familyDaycareShare: 27.5,
  motivation: MOTIVATION,
  managementBacking: 'Dagtilbudschefen og områdelederne står bag ansøgningen og deltager i styregruppen.',
  resourceCommitment: 'Direktionen afsætter en tovholder i 20 % af en stilling og frikøber pædagoger til møderne.',
  directorName: 'Birgitte Åkjær',
  directorTitle: 'Direktør for Børn og Unge',
  directorSignedOn: '2027-04-20',
  evaluationCommitment: true,
});

const receipt: ReceiptData = {
  applicationId: '7e0c2a52-9d1b-4f3e-a6c8-5b4d3e2f1a09',
  round: {
    ...ROUND,
    criteria: [{ key: 'need', text: 'Kommunen kan dokumentere, at den har dagtilbud med behov for indsatsen.' }],
    requirements: [{ key: 'evaluation', text: 'Kommunen er villig til at indgå i en evaluering af forløbet.' }],
  },
  municipalityName: 'Hjørring',
  municipalityCode: '0860',
  submittedAt: new Date('2027-04-30T10:15:00Z'),
  submittedBy: 'Søren Ærø Østergård',
  version: 7,
  content,
  institutionNames: INSTITUTIONS,
  directorFile: { filename: 'direktørunderskrift-hjørring.pdf', size: 245_760, sha256: SHA },
};

function letter(outcome: Outcome): DecisionLetterData {
  return {
    applicationId: receipt.applicationId,
    caseNumber: 'IND-2027-0860',
    outcome,
    waitlistPosition: outcome === 'waitlisted' ? 2 : null,
    round: { ...ROUND, capacity: 5, applicants: 4 },
    municipalityName: 'Hjørring',
    recipientName: 'Søren Ærø Østergård',
    publishedAt: new Date('2027-05-20T08:00:00Z'),
    reason: 'Ansøgningen dokumenterer et tydeligt behov og en velbeskrevet motivation.',
    total: 13.5,
    criteria: [
      { text: 'Dokumenteret behov', mean: 4.5 },
      { text: 'Andel af familier i en udsat position', mean: 4.25 },
      { text: 'Motivation', mean: 4.75 },
    ],
    requirementsMet: outcome !== 'rejected',
    signerName: 'Mette Kjær Sørensen',
    contact: { name: 'Birgitte Holm', email: 'kontakt@agentur.test', phone: '72 42 37 00' },
    complaints: 'Afgørelsen kan ikke indbringes for anden administrativ myndighed (testens klagevejledning).',
  };
}

const agreement: AgreementData = {
  applicationId: receipt.applicationId,
  round: ROUND,
  municipalityName: 'Hjørring',
  municipalityCode: '0860',
  institutions: Object.values(INSTITUTIONS),
  terms: defaultAgreementTerms({
    agencyContactName: 'Mette Kjær Sørensen',
    agencyContactEmail: 'mks@socialstyrelsen.dk',
    municipalityContactName: 'Søren Ærø Østergård',
    municipalityContactEmail: 'soren.ostergard@hjoerring.dk',
  }),
  sentAt: new Date('2027-06-01T09:00:00Z'),
};

/** Whitespace collapsed: line and page breaks fall differently in the two formats. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

async function docxText(docx: Buffer): Promise<string> {
  return flat((await mammoth.extractRawText({ buffer: docx })).value);
}

async function pdfPages(pdf: Buffer | Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map(flat);
}

/** The entries of a zip archive (a DOCX), read from its central directory. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, 'end of central directory').toBeGreaterThan(0);
  const files = new Map<string, string>();
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [method, size, nameLength] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
    ];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

function expectAll(text: string, needles: string[]): void {
  for (const needle of needles) expect(text, `missing: ${needle}`).toContain(needle);
}

describe('application receipt', () => {
  const model = applicationReceipt(receipt);
  const facts = [
    'Kvittering for ansøgning',
    'Hjørring Kommune (kommunekode 0860)',
    'August 2027 – juni 2028',
    '1. august 2027 til 30. juni 2028',
    '30. april 2027 kl. 12.15',
    'Søren Ærø Østergård',
    'Børnehuset Solsikken',
    'Dagtilbud Østervrå',
    'Vuggestuen Åkanden',
    '12,5 %',
    '27,5 %',
    'Opgjort af forvaltningen i 2026',
    'Afsnit 18: I Hjørring Kommune',
    MOTIVATION_END,
    'Dagtilbudschefen og områdelederne står bag ansøgningen',
    'Birgitte Åkjær',
    'Direktør for Børn og Unge',
    '20. april 2027',
    'direktørunderskrift-hjørring.pdf',
    '240 kB',
    'Ja. Kommunen er villig til at indgå i en evaluering af forløbet',
    'Ansøgningen vurderes, når ansøgningsfristen er udløbet.',
    receipt.applicationId,
  ];

  it('DOCX: a Word document with heading styles, tables, bullets and Danish metadata', async () => {
    const { docx } = await renderBoth(model);
    const files = unzip(docx);
    expect(files.get('word/document.xml')).toContain('<w:body>');
    expect(files.get('docProps/core.xml')).toContain('<dc:title>Kvittering for ansøgning</dc:title>');
    expect(files.get('docProps/core.xml')).toContain('Socialstyrelsen – Indsats');
    expect(files.get('word/styles.xml')).toContain('w:val="da-DK"');
    expect(files.get('word/footer1.xml')).toMatch(/Side .*PAGE.* af .*NUMPAGES/s);

    const text = await docxText(docx);
    expectAll(text, facts);
    expect(text).toContain(SHA);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('<h1>Motivation for at deltage i forløbet</h1>');
    expect(html).toMatch(/<table>.*Børnehuset Solsikken.*42 %.*<\/table>/s);
    expect(html).toContain('<li>Kommunen er villig til at indgå i en evaluering af forløbet.</li>');
  });

  it('PDF: the long motivation flows onto a second page, every page numbered "Side X af Y"', async () => {
    expect(MOTIVATION.length).toBeGreaterThan(5500); // near the form's limit of 6,000
    const { pdf } = await renderBoth(model);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} af ${pages.length}`));
    const text = pages.join(' ');
    expectAll(text, facts);
    expect(text.replace(/ /g, '')).toContain(SHA); // a long token may wrap inside its cell
    expect(text).not.toContain('�');

    const { info } = await getMeta(new Uint8Array(pdf));
    expect(info).toMatchObject({ Title: 'Kvittering for ansøgning', Author: 'Socialstyrelsen – Indsats' });
    expect(info.Subject).toContain('Målrettede sociale indsatser i dagtilbud');
    expect(pdf.toString('latin1')).toContain('/Lang (da-DK)');
  });
});

describe('decision letter', () => {
  const wording: Record<Outcome, { has: string[]; not: string[] }> = {
    approved: {
      has: ['Tilsagn om deltagelse', 'Tillykke', 'samarbejdsaftale', 'opstartsmøde'],
      not: ['venteliste', 'Afslag'],
    },
    waitlisted: {
      has: ['Optagelse på venteliste', 'Nummer 2', 'op til fem kommuner', 'Bliver en plads i forløbet ledig'],
      not: ['Tillykke', 'Afslag'],
    },
    rejected: {
      has: ['Afslag på ansøgningen', 'Begrundelse', 'søge igen', 'Tak for jeres ansøgning'],
      not: ['Tillykke', 'venteliste'],
    },
  };

  it.each(['approved', 'waitlisted', 'rejected'] as const)(
    '%s: both formats carry the outcome, scores and signer',
    async (outcome) => {
      const model = decisionLetter(letter(outcome));
      const { docx, pdf } = await renderBoth(model);
      const pages = await pdfPages(pdf);
      pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} af ${pages.length}`));
      for (const text of [await docxText(docx), pages.join(' ')]) {
        expectAll(text, [
          'Afgørelse om deltagelse i rådgivnings- og vejledningsforløb',
          'Hjørring Kommune',
          'August 2027 – juni 2028',
          '20. maj 2027',
          'Til Søren Ærø Østergård',
          'Dokumenteret behov',
          '4,5',
          '4,25',
          'I alt',
          '13,5',
          'Ansøgningen dokumenterer et tydeligt behov og en velbeskrevet motivation.',
          'Har I spørgsmål til afgørelsen, er I velkomne til at kontakte Birgitte Holm på kontakt@agentur.test eller telefon 72 42 37 00.',
          'Sagsnummer IND-2027-0860',
          'op til fem kommuner, og der kom fire ansøgninger',
          'Klagevejledning',
          '(testens klagevejledning)',
          'Mette Kjær Sørensen',
          'For Socialstyrelsen',
          ...wording[outcome].has,
        ]);
        for (const absent of [...wording[outcome].not, 'flere ansøgninger, end der er pladser', 'Samlet vurdering'])
          expect(text).not.toContain(absent);
      }
    },
  );

  it('leaves the total out when the application was not scored', async () => {
    const data = {
      ...letter('rejected'),
      total: null,
      criteria: [{ text: 'Motivation', mean: null }],
      requirementsMet: true,
    };
    const text = await docxText((await renderBoth(decisionLetter(data))).docx);
    expectAll(text, ['Ikke vurderet', 'Gennemsnitligt point']);
    expect(text).not.toContain('I alt');
  });
});

describe('collaboration agreement', () => {
  it('names the parties, period, institutions, contacts, commitments and signatures in both formats', async () => {
    const { docx, pdf } = await renderBoth(agreementDocument(agreement));
    const pages = await pdfPages(pdf);
    pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} af ${pages.length}`));
    for (const text of [await docxText(docx), pages.join(' ')]) {
      expectAll(text, [
        'Samarbejdsaftale',
        'Hjørring Kommune (kommunekode 0860)',
        '1. august 2027 til 30. juni 2028',
        ...Object.values(INSTITUTIONS),
        'mks@socialstyrelsen.dk',
        'soren.ostergard@hjoerring.dk',
        'personaleressourcer, der skal bruges til møder og andre aktiviteter',
        'eventuel forplejning på møder',
        'egne transportudgifter til deltagelse i temadage og landsdækkende konferencer',
        'medvirker til indsamlingen af data i samarbejde med evaluator',
        'gratis for kommunen',
        'For Socialstyrelsen',
        'For Hjørring Kommune',
      ]);
    }
  });
});

function findOnPath(names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

const soffice = findOnPath(['soffice', 'libreoffice']);
const onCi = Boolean(process.env.CI);

describe('LibreOffice opens the generated DOCX', () => {
  // Skipped with a reason where LibreOffice is missing, except on CI, where that fails.
  const name = soffice
    ? 'converts the receipt and a decision letter to PDF with the text intact'
    : 'skipped: soffice/libreoffice is not on PATH (apt-get install libreoffice-writer-nogui)';
  it.skipIf(!soffice && !onCi)(name, { timeout: 60_000 }, async () => {
    if (!soffice) throw new Error('LibreOffice is required on CI: soffice/libreoffice is not on PATH');
    const dir = await mkdtemp(join(tmpdir(), 'indsats-docx-'));
    try {
      const receiptFile = join(dir, 'kvittering.docx');
      const letterFile = join(dir, 'afgoerelse.docx');
      await writeFile(receiptFile, (await renderBoth(applicationReceipt(receipt))).docx);
      await writeFile(letterFile, (await renderBoth(decisionLetter(letter('approved')))).docx);
      // An own profile and HOME: works as root and beside other conversions.
      const args = [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
      ];
      await promisify(execFile)(soffice, [...args, receiptFile, letterFile], {
        env: { ...process.env, HOME: dir },
        timeout: 55_000,
      });

      const receiptPages = await pdfPages(await readFile(join(dir, 'kvittering.pdf')));
      expect(receiptPages.length).toBeGreaterThanOrEqual(2);
      expect(receiptPages[0]).toContain(`Side 1 af ${receiptPages.length}`);
      expectAll(receiptPages.join(' '), [
        'Kvittering for ansøgning',
        'Hjørring Kommune',
        'Vuggestuen Åkanden',
        '12,5 %',
        MOTIVATION_END,
      ]);

      const letterPdf = await readFile(join(dir, 'afgoerelse.pdf'));
      expectAll((await pdfPages(letterPdf)).join(' '), [
        'Tilsagn om deltagelse',
        'Tillykke',
        '13,5',
        'Mette Kjær Sørensen',
      ]);
      const { info } = await getMeta(new Uint8Array(letterPdf));
      expect(info.Title).toBe('Afgørelse om deltagelse i rådgivnings- og vejledningsforløb');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
