import PDFDocument from 'pdfkit';
import { DOCUMENT_CREATOR, DOCUMENT_LANGUAGE, type Block, type DocumentModel } from './model.js';
import { paragraphs } from './model.js';
import { PDF_FONTS, printable } from './pdf-text.js';

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
const BODY = { font: 'NotoSans', bold: 'NotoSans-Bold', italic: 'NotoSans-Italic', size: 10.5 };
const GREY = '#4B5563';
const RULE = '#9CA3AF';
const CELL_PAD = 4;
/** Noto Sans runs wider than Helvetica: table cells are set a little smaller so an e-mail address fits a third of the page. */
const CELL_SIZE = 9;

/**
 * Renders the model as an A4 PDF, paged with 'Side X af Y': a tagged PDF 1.7
 * (ADR 34) in Danish with the title shown, its text in embedded Noto Sans and
 * its structure (headings, paragraphs, lists, tables) in the structure tree;
 * rules, fills and page footers are marked as artifacts.
 */
export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    font: PDF_FONTS.regular,
    lang: DOCUMENT_LANGUAGE,
    displayTitle: true,
    info: {
      Title: model.title,
      Author: DOCUMENT_CREATOR,
      Subject: model.subtitle ?? model.title,
      Creator: DOCUMENT_CREATOR,
      Keywords: model.reference,
    },
  });
  const done = collect(doc);
  doc.registerFont(BODY.font, PDF_FONTS.regular);
  doc.registerFont(BODY.bold, PDF_FONTS.bold);
  doc.registerFont(BODY.italic, PDF_FONTS.italic);
  const root = doc.struct('Document');
  doc.addStructure(root);
  letterhead(doc, root, model);
  for (const block of model.blocks) renderBlock(doc, root, block);
  pageFooters(doc, model);
  doc.end();
  return done;
}

function collect(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

const left = (doc: Pdf): number => doc.page.margins.left;
const contentWidth = (doc: Pdf): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Pdf): number => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` still fits on this one. */
function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** Text that is part of the document, tagged with its structure type under `parent`. */
function put(
  doc: Pdf,
  parent: Struct,
  type: string,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
): void {
  doc.text(printable(text), x, y, { ...options, structParent: parent, structType: type });
}

/** Drawing that is decoration (rules, fills, page footers): an artifact, left out of the structure. */
function artifact(doc: Pdf, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

function letterhead(doc: Pdf, root: Struct, model: DocumentModel): void {
  const top = doc.y;
  doc.font(BODY.bold).fontSize(12).fillColor('black');
  put(doc, root, 'P', model.sender, left(doc), top, { width: contentWidth(doc) / 2 });
  doc.font(BODY.font).fontSize(BODY.size);
  put(doc, root, 'P', model.date, left(doc), top, { width: contentWidth(doc), align: 'right' });
  doc.fontSize(8.5).fillColor(GREY);
  put(doc, root, 'P', `Reference: ${model.reference}`, left(doc), doc.y, { width: contentWidth(doc), align: 'right' });
  doc.moveDown(2);
  doc.font(BODY.bold).fontSize(18).fillColor('black');
  put(doc, root, 'H1', model.title, left(doc), doc.y, { width: contentWidth(doc) });
  if (model.subtitle) {
    doc.moveDown(0.2).font(BODY.italic).fontSize(11).fillColor(GREY);
    put(doc, root, 'P', model.subtitle, left(doc), doc.y, { width: contentWidth(doc) });
  }
  doc.fillColor('black').moveDown(1);
}

function renderBlock(doc: Pdf, root: Struct, block: Block): void {
  switch (block.kind) {
    case 'heading':
      heading(doc, root, block.text);
      return;
    case 'paragraph':
      body(doc);
      for (const part of paragraphs(block.text)) {
        put(doc, root, 'P', part, left(doc), doc.y, { width: contentWidth(doc), lineGap: 2 });
        doc.moveDown(0.6);
      }
      return;
    case 'list':
      list(doc, root, block.items, block.ordered ?? false);
      return;
    case 'facts':
      table(
        doc,
        root,
        [0.32, 0.68],
        block.rows.map(([label, value]) => [label, value]),
        { boldFirstColumn: true },
      );
      return;
    case 'table':
      table(
        doc,
        root,
        block.header.map(() => 1 / block.header.length),
        block.rows,
        { header: block.header },
      );
      return;
    case 'signatures':
      signatures(doc, root, block.parties);
      return;
  }
}

function body(doc: Pdf): void {
  doc.font(BODY.font).fontSize(BODY.size).fillColor('black');
}

function heading(doc: Pdf, root: Struct, text: string): void {
  doc.font(BODY.bold).fontSize(13);
  const height = doc.heightOfString(printable(text), { width: contentWidth(doc) });
  // Keep the heading with at least three lines of what follows.
  ensureSpace(doc, height + 8 + 3 * 15);
  doc.moveDown(0.4);
  put(doc, root, 'H2', text, left(doc), doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  body(doc);
}

/** A list (L) of items (LI), each a label (Lbl, the bullet) and a body (LBody). */
function list(doc: Pdf, root: Struct, items: string[], ordered: boolean): void {
  body(doc);
  const indent = ordered ? 20 : 14;
  const structure = doc.struct('L');
  root.add(structure);
  for (const [i, text] of items.entries()) {
    ensureSpace(doc, doc.currentLineHeight(true) + 2);
    const item = doc.struct('LI');
    structure.add(item);
    const y = doc.y;
    put(doc, item, 'Lbl', ordered ? `${i + 1}.` : '•', left(doc), y, { width: indent });
    put(doc, item, 'LBody', text, left(doc) + indent, y, { width: contentWidth(doc) - indent, lineGap: 2 });
    doc.moveDown(0.3);
  }
  doc.x = left(doc);
  doc.moveDown(0.4);
}

interface TableOptions {
  header?: string[];
  boldFirstColumn?: boolean;
}

/** Simple ruled rows (Table › TR › TH/TD); a row never splits, except one taller than a page, which flows as text. */
function table(doc: Pdf, root: Struct, fractions: number[], rows: string[][], options: TableOptions): void {
  const widths = fractions.map((f) => f * contentWidth(doc));
  const structure = doc.struct('Table');
  root.add(structure);
  const drawHeader = (): void => {
    if (options.header) row(doc, structure, widths, options.header, () => BODY.bold, { fill: '#F3F4F6', header: true });
  };
  body(doc);
  ensureSpace(doc, (options.header ? 2 : 1) * (doc.currentLineHeight(true) + 2 * CELL_PAD));
  drawHeader();
  for (const cells of rows) {
    const font = (i: number): string => (i === 0 && options.boldFirstColumn ? BODY.bold : BODY.font);
    const height = rowHeight(doc, widths, cells, font);
    const pageRoom = bottom(doc) - doc.page.margins.top;
    if (height > pageRoom) {
      flowRow(doc, structure, cells);
      continue;
    }
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      drawHeader();
    }
    row(doc, structure, widths, cells, font, { header: false });
  }
  doc.x = left(doc);
  doc.moveDown(0.8);
}

function rowHeight(doc: Pdf, widths: number[], cells: string[], font: (i: number) => string): number {
  doc.fontSize(CELL_SIZE);
  const heights = cells.map((text, i) => {
    doc.font(font(i));
    return doc.heightOfString(printable(text) || ' ', { width: (widths[i] ?? 0) - 2 * CELL_PAD, lineGap: 1 });
  });
  return Math.max(...heights) + 2 * CELL_PAD;
}

function row(
  doc: Pdf,
  structure: Struct,
  widths: number[],
  cells: string[],
  font: (i: number) => string,
  style: { fill?: string; header: boolean },
): void {
  const top = doc.y;
  const height = rowHeight(doc, widths, cells, font);
  const width = widths.reduce((a, b) => a + b, 0);
  const fill = style.fill;
  if (fill) artifact(doc, () => doc.rect(left(doc), top, width, height).fill(fill));
  const tr = doc.struct('TR');
  structure.add(tr);
  let x = left(doc);
  cells.forEach((text, i) => {
    const w = widths[i] ?? 0;
    doc.font(font(i)).fontSize(CELL_SIZE).fillColor('black');
    // A facts table's first column labels its row.
    const type = style.header || font(i) === BODY.bold ? 'TH' : 'TD';
    put(doc, tr, type, text, x + CELL_PAD, top + CELL_PAD, { width: w - 2 * CELL_PAD, lineGap: 1 });
    x += w;
  });
  artifact(doc, () => {
    doc.lineWidth(0.5).strokeColor(RULE);
    doc
      .moveTo(left(doc), top)
      .lineTo(left(doc) + width, top)
      .stroke();
    doc
      .moveTo(left(doc), top + height)
      .lineTo(left(doc) + width, top + height)
      .stroke();
  });
  doc.x = left(doc);
  doc.y = top + height;
}

/** A row too tall for any page: its cells as paragraphs, the first in bold. */
function flowRow(doc: Pdf, structure: Struct, cells: string[]): void {
  const tr = doc.struct('TR');
  structure.add(tr);
  cells.forEach((text, i) => {
    doc
      .font(i === 0 ? BODY.bold : BODY.font)
      .fontSize(CELL_SIZE)
      .fillColor('black');
    put(doc, tr, i === 0 ? 'TH' : 'TD', text, left(doc), doc.y + (i === 0 ? CELL_PAD : 0), {
      width: contentWidth(doc),
      lineGap: 1,
    });
  });
  doc.moveDown(0.5);
}

/** Parties side by side; each of several parties also dates their signature (see the Block type). */
function signatures(doc: Pdf, root: Struct, parties: { label: string; name: string }[]): void {
  const gap = 24;
  const width = (contentWidth(doc) - gap) / Math.max(parties.length, 2);
  const dated = parties.length > 1;
  ensureSpace(doc, dated ? 110 : 90);
  const top = doc.y + (dated ? 8 : -20);
  parties.forEach((party, i) => {
    const x = left(doc) + i * (width + gap);
    const section = doc.struct('Div');
    root.add(section);
    body(doc);
    if (dated) put(doc, section, 'P', 'Dato: ________________', x, top, { width });
    artifact(doc, () => {
      doc.lineWidth(0.75).strokeColor('black');
      doc
        .moveTo(x, top + 60)
        .lineTo(x + width, top + 60)
        .stroke();
    });
    if (party.name) {
      doc.font(BODY.bold);
      put(doc, section, 'P', party.name, x, top + 64, { width, lineBreak: false });
    }
    doc.font(BODY.font).fillColor(GREY);
    put(doc, section, 'P', party.label, x, top + 64 + 15, { width, lineBreak: false });
    doc.fillColor('black');
  });
  doc.fillColor('black');
  doc.x = left(doc);
  doc.y = top + 100;
}

/** Drawn after the content, on every buffered page; the margin is lifted so the text does not add a page. */
function pageFooters(doc: Pdf, model: DocumentModel): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 44;
    artifact(
      doc,
      () => {
        doc.font(BODY.font).fontSize(8).fillColor(GREY);
        doc.text(printable(`${model.sender} · ${model.title}`), left(doc), y, {
          width: contentWidth(doc) - 80,
          lineBreak: false,
        });
        doc.text(`Side ${i + 1 - range.start} af ${range.count}`, left(doc), y, {
          width: contentWidth(doc),
          align: 'right',
          lineBreak: false,
        });
      },
      'Pagination',
    );
    doc.page.margins.bottom = saved;
  }
}
