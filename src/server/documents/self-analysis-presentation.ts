import {
  INSTITUTION_FIGURES,
  MUNICIPALITY_FIGURES,
  PREFILLED_INSTITUTION_FIGURES,
  PREFILLED_MUNICIPALITY_FIGURES,
  SECTION_KEYS,
  SECTION_TEMPLATE,
  WELL_BEING_PENDING,
  type FigureUnit,
  type PrefilledFigure,
  type PrefilledFigures,
  type SectionKey,
  type SelfAnalysisContent,
} from '../../shared/contracts/self-analysis.js';
import { formatDate, formatDateTime, formatPercent, municipalityTitle } from './format.js';
import type { Block, DocumentModel } from './model.js';
import { coursePeriod, orMissing } from './programme.js';

/** What the presentation of a self-analysis is made from (modules/self-analysis gathers it). */
export interface SelfAnalysisPresentationData {
  courseId: string;
  municipalityName: string;
  municipalityCode: string;
  roundName: string;
  courseStart: string;
  courseEnd: string;
  status: 'not_started' | 'draft' | 'presented';
  presentedAt: Date | null;
  presentedBy: string | null;
  generatedAt: Date;
  content: SelfAnalysisContent;
  institutions: { id: string; name: string; kind: string }[];
  prefilled: PrefilledFigures;
}

const KIND_NAMES: Record<string, string> = {
  nursery: 'vuggestue',
  kindergarten: 'børnehave',
  integrated: 'integreret institution',
  family_daycare: 'dagpleje',
};

const countFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** 1234 → '1.234', 2.5 årsværk → '2,5 årsværk', 37 % → '37 %'. */
export function formatFigure(value: number | null, unit: FigureUnit): string {
  if (value === null) return 'Ikke oplyst';
  switch (unit) {
    case 'count':
      return countFormat.format(value);
    case 'percent':
      return formatPercent(value);
    case 'fte':
      return `${decimalFormat.format(value)} årsværk`;
    case 'hours':
      return `${decimalFormat.format(value)} timer`;
  }
}

const ENTERED = 'Indtastet af kommunen';

function prefilledRow(label: string, unit: FigureUnit, figure: PrefilledFigure | undefined): string[] {
  if (!figure || figure.source === 'well_being') return [label, '–', WELL_BEING_PENDING];
  const source =
    figure.source === 'application'
      ? `Fra Indsats: ansøgningen${figure.asOf ? `, ${formatDate(new Date(figure.asOf))}` : ''}`
      : `Fra Indsats${figure.asOf ? `, ${formatDate(new Date(figure.asOf))}` : ''}`;
  return [label, figure.value === null ? 'Ikke oplyst i ansøgningen' : formatFigure(figure.value, unit), source];
}

/**
 * The presentation of a self-analysis's results (issue 4 point 6): title
 * part with the municipality and date, the capacity overview – figures from
 * Indsats marked as such beside those the municipality entered – the three
 * sections' answers, strengths and challenges. A draft says "KLADDE" in its
 * title, so every page's footer carries it.
 */
export function selfAnalysisPresentation(data: SelfAnalysisPresentationData): DocumentModel {
  const municipality = municipalityTitle(data.municipalityName);
  const presented = data.status === 'presented';
  const blocks: Block[] = [
    ...(presented
      ? []
      : [
          {
            kind: 'paragraph' as const,
            text: 'KLADDE – egenanalysen er ikke fremlagt endnu. Svar og tal kan stadig ændre sig.',
          },
        ]),
    {
      kind: 'facts',
      rows: [
        ['Kommune', `${municipality} (kommunekode ${data.municipalityCode})`],
        ['Forløb', data.roundName],
        ['Forløbsperiode', coursePeriod({ courseStart: data.courseStart, courseEnd: data.courseEnd })],
        ['Status', statusText(data)],
        ['Tal fra Indsats opgjort', formatDateTime(new Date(data.prefilled.asOf))],
      ],
    },
    {
      kind: 'paragraph',
      text:
        'Egenanalysen giver et overordnet billede af kommunens styrker og udfordringer i arbejdet med at mindske den negative ' +
        'sociale arv for børn i udsatte positioner og et overblik over kommunens og de udvalgte dagtilbuds kapacitet i forhold ' +
        'til arbejdet. Der er fokus på ledelse, organisering og målrettede indsatser.',
    },
    ...capacityBlocks(data),
    ...SECTION_KEYS.flatMap((section) => sectionBlocks(section, data.content)),
    { kind: 'heading', text: 'Styrker' },
    listOrNone(data.content.strengths, 'Der er ikke skrevet styrker.'),
    { kind: 'heading', text: 'Udfordringer' },
    listOrNone(data.content.challenges, 'Der er ikke skrevet udfordringer.'),
    { kind: 'heading', text: 'Det videre arbejde' },
    {
      kind: 'paragraph',
      text:
        'Analysen bruges til at opstille konkrete mål ved hjælp af forandringsmodellen eller til at kvalificere allerede ' +
        'eksisterende mål og indsatser. Forandringsmodellen er ramme og styringsredskab i resten af forløbet.',
    },
  ];
  return {
    title: presented ? 'Egenanalyse' : 'Egenanalyse – KLADDE',
    subtitle: `${municipality} – præsentation af analysens resultater`,
    date: formatDate(data.presentedAt ?? data.generatedAt),
    reference: data.courseId,
    sender: municipality,
    blocks,
  };
}

function statusText(data: SelfAnalysisPresentationData): string {
  if (data.status !== 'presented' || !data.presentedAt) return 'Kladde – ikke fremlagt';
  return `Fremlagt ${formatDateTime(data.presentedAt)}${data.presentedBy ? ` af ${data.presentedBy}` : ''}`;
}

function capacityBlocks(data: SelfAnalysisPresentationData): Block[] {
  const { content, prefilled } = data;
  const header = ['Tal', 'Værdi', 'Kilde'];
  const municipalityRows = [
    ...Object.entries(PREFILLED_MUNICIPALITY_FIGURES).map(([key, f]) =>
      prefilledRow(f.label, f.unit, prefilled.municipality[key as keyof typeof PREFILLED_MUNICIPALITY_FIGURES]),
    ),
    ...Object.entries(MUNICIPALITY_FIGURES).map(([key, f]) => [
      f.label,
      formatFigure(content.capacity.municipality.figures[key as keyof typeof MUNICIPALITY_FIGURES], f.unit),
      ENTERED,
    ]),
  ];
  const blocks: Block[] = [
    { kind: 'heading', text: 'Kapacitetsoverblik' },
    {
      kind: 'paragraph',
      text:
        'Tal mærket "Fra Indsats" er hentet fra Indsats: dagtilbud, stuer og børn, som de er registreret, og andele fra ' +
        'kommunens ansøgning. De øvrige tal har kommunen selv indsamlet og indtastet. Alle tal er antal og andele – ' +
        'analysen rummer ingen oplysninger om enkelte børn.',
    },
    { kind: 'heading', text: `Kommunen: ${municipalityTitle(data.municipalityName)}` },
    { kind: 'table', header, rows: municipalityRows },
    ...note(content.capacity.municipality.note),
  ];
  if (data.institutions.length === 0)
    return [...blocks, { kind: 'paragraph', text: 'Forløbet har endnu ingen udvalgte dagtilbud.' }];
  blocks.push({ kind: 'heading', text: 'De udvalgte dagtilbud' }, overviewTable(data));
  for (const institution of data.institutions) {
    const figures = prefilled.institutions[institution.id];
    const entered = content.capacity.institutions[institution.id];
    blocks.push(
      { kind: 'heading', text: `${institution.name} (${KIND_NAMES[institution.kind] ?? institution.kind})` },
      {
        kind: 'table',
        header,
        rows: [
          ...Object.entries(PREFILLED_INSTITUTION_FIGURES).map(([key, f]) =>
            prefilledRow(f.label, f.unit, figures?.[key as keyof typeof PREFILLED_INSTITUTION_FIGURES]),
          ),
          ...Object.entries(INSTITUTION_FIGURES).map(([key, f]) => [
            f.label,
            formatFigure(entered?.figures[key as keyof typeof INSTITUTION_FIGURES] ?? null, f.unit),
            ENTERED,
          ]),
        ],
      },
      ...note(entered?.note ?? ''),
    );
  }
  return blocks;
}

/** One row per institution with the key figures, and the total. */
function overviewTable(data: SelfAnalysisPresentationData): Block {
  const rows = data.institutions.map((i) => {
    const p = data.prefilled.institutions[i.id];
    return {
      name: i.name,
      children: p?.children.value ?? null,
      groups: p?.groups.value ?? null,
      share: p?.vulnerableFamiliesShare.value ?? null,
      staff: data.content.capacity.institutions[i.id]?.figures.staff ?? null,
    };
  });
  const total = (pick: (r: (typeof rows)[number]) => number | null): number | null =>
    rows.some((r) => pick(r) !== null) ? rows.reduce((sum, r) => sum + (pick(r) ?? 0), 0) : null;
  const cells = (r: { children: number | null; groups: number | null; staff: number | null }) => [
    formatFigure(r.children, 'count'),
    formatFigure(r.groups, 'count'),
    formatFigure(r.staff, 'count'),
  ];
  return {
    kind: 'table',
    header: ['Dagtilbud', 'Børn', 'Stuer og grupper', 'Pædagogisk personale', 'Familier i en udsat position'],
    rows: [
      ...rows.map((r) => [r.name, ...cells(r), formatFigure(r.share, 'percent')]),
      [
        'I alt',
        ...cells({ children: total((r) => r.children), groups: total((r) => r.groups), staff: total((r) => r.staff) }),
        '–',
      ],
    ],
  };
}

function sectionBlocks(section: SectionKey, content: SelfAnalysisContent): Block[] {
  const template = SECTION_TEMPLATE[section];
  const answers = content[section] as Record<string, string>;
  return [
    { kind: 'heading', text: template.title },
    { kind: 'paragraph', text: template.intro },
    // One full-width table per question: the question as its shaded header, the answer below.
    ...Object.entries<string>(template.questions).map(([key, question]): Block => ({
      kind: 'table',
      header: [question],
      rows: [[orMissing(answers[key] ?? '', 'Ikke besvaret')]],
    })),
  ];
}

function note(text: string): Block[] {
  return text.trim() === '' ? [] : [{ kind: 'paragraph', text: `Bemærkninger: ${text.trim()}` }];
}

function listOrNone(items: string[], none: string): Block {
  const filled = items.map((i) => i.trim()).filter((i) => i !== '');
  return filled.length > 0 ? { kind: 'list', items: filled } : { kind: 'paragraph', text: none };
}
