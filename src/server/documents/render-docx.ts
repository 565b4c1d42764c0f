import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import { DOCUMENT_CREATOR, DOCUMENT_LANGUAGE, paragraphs, type Block, type DocumentModel } from './model.js';

/** A4 with 2.5 cm margins leaves about 16 cm: the tables' width in twentieths of a point. */
const CONTENT_WIDTH = 9070;
const FONT = 'Calibri';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const RULED: ITableCellBorders = { top: RULE, bottom: RULE, left: NONE, right: NONE };
const BLANK: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const CELL_MARGINS = { top: 60, bottom: 60, left: 80, right: 80 };

/** Renders the model as a Word document: real heading styles, Word tables and bullets. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const doc = new Document({
    title: model.title,
    subject: model.subtitle ?? model.title,
    creator: DOCUMENT_CREATOR,
    lastModifiedBy: DOCUMENT_CREATOR,
    description: `${model.title} – ${model.reference}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: DOCUMENT_LANGUAGE } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: { run: { font: FONT, size: 36, bold: true, color: '1F2937' } },
        heading1: {
          run: { font: FONT, size: 26, bold: true, color: '1F2937' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } } },
        footers: { default: footer(model) },
        children: [...letterhead(model), ...model.blocks.flatMap(renderBlock)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function letterhead(model: DocumentModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
      children: [
        new TextRun({ text: model.sender, bold: true, size: 24 }),
        new TextRun({ children: [new Tab(), model.date] }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 360 },
      children: [new TextRun({ text: `Reference: ${model.reference}`, size: 18, color: '4B5563' })],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { after: model.subtitle ? 60 : 240 },
      children: [new TextRun(model.title)],
    }),
  ];
  if (model.subtitle) {
    out.push(
      new Paragraph({
        spacing: { after: 240 },
        children: [new TextRun({ text: model.subtitle, italics: true, color: '4B5563' })],
      }),
    );
  }
  return out;
}

function footer(model: DocumentModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${model.sender} · ${model.title} · `, size: 16, color: '4B5563' }),
          new TextRun({
            children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: '4B5563',
          }),
        ],
      }),
    ],
  });
}

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return textParagraphs(block.text);
    case 'list':
      return block.items.map((item, i) =>
        block.ordered
          ? new Paragraph({ indent: { left: 360, hanging: 360 }, children: lines(`${i + 1}.\t${item}`) })
          : new Paragraph({ bullet: { level: 0 }, children: lines(item) }),
      );
    case 'facts':
      return [
        table(
          [0.35, 0.65],
          block.rows.map(([label, value]) => [{ text: label, bold: true }, { text: value }]),
        ),
        spacer(),
      ];
    case 'table': {
      const widths = block.header.map(() => 1 / block.header.length);
      const header = block.header.map((text) => ({ text, bold: true, shaded: true }));
      return [table(widths, [header, ...block.rows.map((row) => row.map((text) => ({ text })))], true), spacer()];
    }
    case 'signatures':
      return [signatures(block.parties)];
  }
}

/** Blank lines separate paragraphs; single line breaks are kept inside one. */
function textParagraphs(text: string): Paragraph[] {
  return paragraphs(text).map((p) => new Paragraph({ children: lines(p) }));
}

function lines(text: string, options: { bold?: boolean } = {}): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, bold: options.bold, break: i > 0 ? 1 : undefined }));
}

interface CellSpec {
  text: string;
  bold?: boolean;
  shaded?: boolean;
}

function table(fractions: number[], rows: CellSpec[][], withHeader = false): Table {
  const columnWidths = fractions.map((f) => Math.round(f * CONTENT_WIDTH));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: rows.map(
      (cells, i) =>
        new TableRow({
          tableHeader: withHeader && i === 0,
          cantSplit: true,
          children: cells.map(
            (c, j) =>
              new TableCell({
                // Width per cell as well as per column: LibreOffice reads the cells'.
                width: { size: columnWidths[j] ?? 0, type: WidthType.DXA },
                borders: RULED,
                margins: CELL_MARGINS,
                shading: c.shaded ? { type: ShadingType.CLEAR, fill: 'F3F4F6', color: 'auto' } : undefined,
                children: [new Paragraph({ spacing: { after: 0 }, children: lines(c.text, { bold: c.bold }) })],
              }),
          ),
        }),
    ),
  });
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}

/** One column per party: (a date line when several sign,) room to sign, a line, the name and what they sign for. */
function signatures(parties: { label: string; name: string }[]): Table {
  const width = Math.round(CONTENT_WIDTH / Math.max(parties.length, 2));
  const dated = parties.length > 1;
  const signatureLine = { top: { style: BorderStyle.SINGLE, size: 6, color: '000000' } } as const;
  return new Table({
    width: { size: width * parties.length, type: WidthType.DXA },
    columnWidths: parties.map(() => width),
    rows: [
      new TableRow({
        cantSplit: true,
        children: parties.map(
          (party) =>
            new TableCell({
              borders: BLANK,
              width: { size: width, type: WidthType.DXA },
              margins: { top: 120, bottom: 120, left: 80, right: 360 },
              children: [
                new Paragraph({
                  spacing: { after: 600 },
                  children: dated ? [new TextRun('Dato: ________________')] : [],
                }),
                new Paragraph({
                  border: signatureLine,
                  spacing: { after: 0 },
                  children: [new TextRun({ text: party.name || ' ', bold: true })],
                }),
                new Paragraph({ children: [new TextRun({ text: party.label, color: '4B5563' })] }),
              ],
            }),
        ),
      }),
    ],
  });
}
