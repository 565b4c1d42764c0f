import type { ChangeModelContent, ChangeModelItem, Indicator } from '../../../shared/contracts/change-model.js';
import { formatDate } from '../../documents/format.js';
import { escapeXml, wrapText } from './svg-text.js';

/**
 * The change model drawn as a printable SVG (A4 landscape proportions when
 * short; it grows downwards with the content): five columns from problem and
 * target group through activities, outputs and short-term to long-term
 * outcomes, joined by arrows, with the assumptions and a table of the
 * indicators below. Pure: text is wrapped by estimated widths and every
 * string is XML-escaped. Presentation attributes only, no CSS, so the
 * drawing can be inlined under a strict Content-Security-Policy.
 */

const WIDTH = 1400;
const MARGIN = 32;
const GAP = 40;
const COLUMN = (WIDTH - 2 * MARGIN - 4 * GAP) / 5;
const PAD = 10;
const FONT = 15;
const LINE = 20;
const HEAD_FONT = 17;
const HEAD_LINE = 22;
const FONT_FAMILY = "'IBM Plex Sans', Arial, Helvetica, sans-serif";

const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const HEAD_FILL = '#0b3a66';
const CARD_FILL = '#f1f5f9';
const CARD_STROKE = '#6b7f94';

export interface DiagramInput {
  title: string;
  subtitle: string;
  content: ChangeModelContent;
}

const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 4 });

class Canvas {
  readonly parts: string[] = [];

  text(
    x: number,
    y: number,
    value: string,
    opts: { size?: number; bold?: boolean; fill?: string; anchor?: 'start' | 'middle' } = {},
  ): void {
    const attrs = [
      `x="${x.toFixed(1)}"`,
      `y="${y.toFixed(1)}"`,
      `font-size="${opts.size ?? FONT}"`,
      opts.bold ? 'font-weight="bold"' : '',
      `fill="${opts.fill ?? INK}"`,
      opts.anchor === 'middle' ? 'text-anchor="middle"' : '',
    ].filter(Boolean);
    this.parts.push(`<text ${attrs.join(' ')}>${escapeXml(value)}</text>`);
  }

  /** Lines from a top edge; returns the height they took. */
  lines(
    x: number,
    top: number,
    lines: string[],
    opts: { size?: number; bold?: boolean; fill?: string; anchor?: 'start' | 'middle'; line?: number } = {},
  ): number {
    const line = opts.line ?? LINE;
    const size = opts.size ?? FONT;
    lines.forEach((l, i) => this.text(x, top + size + i * line, l, opts));
    return lines.length * line;
  }

  rect(
    x: number,
    y: number,
    w: number,
    h: number,
    opts: { fill: string; stroke?: string; dashed?: boolean; radius?: number },
  ): void {
    const attrs = [
      `x="${x.toFixed(1)}"`,
      `y="${y.toFixed(1)}"`,
      `width="${w.toFixed(1)}"`,
      `height="${h.toFixed(1)}"`,
      `rx="${opts.radius ?? 6}"`,
      `fill="${opts.fill}"`,
      opts.stroke ? `stroke="${opts.stroke}" stroke-width="1.5"` : '',
      opts.dashed ? 'stroke-dasharray="6 4"' : '',
    ].filter(Boolean);
    this.parts.push(`<rect ${attrs.join(' ')}/>`);
  }

  arrow(x1: number, y: number, x2: number): void {
    this.parts.push(
      `<line x1="${x1.toFixed(1)}" y1="${y.toFixed(1)}" x2="${(x2 - 2).toFixed(1)}" y2="${y.toFixed(1)}" stroke="${HEAD_FILL}" stroke-width="3" marker-end="url(#cm-arrowhead)"/>`,
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke = CARD_STROKE): void {
    this.parts.push(
      `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" stroke-width="1"/>`,
    );
  }
}

interface Card {
  label?: string;
  text: string;
  empty?: boolean;
}

function cardHeight(card: Card): number {
  const inner = COLUMN - 2 * PAD;
  const label = card.label ? wrapText(card.label, inner, FONT, true).length * LINE : 0;
  return 2 * PAD + label + wrapText(card.text, inner, FONT).length * LINE;
}

function drawCard(c: Canvas, x: number, y: number, card: Card): number {
  const h = cardHeight(card);
  c.rect(
    x,
    y,
    COLUMN,
    h,
    card.empty ? { fill: '#ffffff', stroke: CARD_STROKE, dashed: true } : { fill: CARD_FILL, stroke: CARD_STROKE },
  );
  const inner = COLUMN - 2 * PAD;
  let top = y + PAD;
  if (card.label) top += c.lines(x + PAD, top, wrapText(card.label, inner, FONT, true), { bold: true });
  c.lines(x + PAD, top, wrapText(card.text, inner, FONT), card.empty ? { fill: MUTED } : {});
  return h;
}

const itemCards = (items: ChangeModelItem[]): Card[] =>
  items.length > 0 ? items.map((i) => ({ text: i.text })) : [{ text: 'Ikke udfyldt', empty: true }];

function columnsOf(content: ChangeModelContent): { heading: string; cards: Card[] }[] {
  const first: Card[] = [
    content.problem
      ? { label: 'Problem', text: content.problem }
      : { label: 'Problem', text: 'Ikke udfyldt', empty: true },
    content.targetGroup
      ? { label: 'Målgruppe', text: content.targetGroup }
      : { label: 'Målgruppe', text: 'Ikke udfyldt', empty: true },
  ];
  return [
    { heading: 'Problem og målgruppe', cards: first },
    { heading: 'Aktiviteter', cards: itemCards(content.activities) },
    { heading: 'Output', cards: itemCards(content.outputs) },
    { heading: 'Kortsigtede resultater', cards: itemCards(content.shortTermOutcomes) },
    { heading: 'Langsigtede resultater', cards: itemCards(content.longTermOutcomes) },
  ];
}

const num = (n: number | null, unit: string) =>
  n === null ? '–' : `${numberFormat.format(n)}${unit ? `\u00A0${unit}` : ''}`;

function whenText(i: Indicator): string {
  const dates = i.measuredWhen.dates.map((d) => formatDate(d).replaceAll(' ', '\u00A0'));
  return [i.measuredWhen.text, dates.join(', ')].filter(Boolean).join('\n') || '–';
}

const INDICATOR_COLUMNS = [
  { heading: 'Indikator', share: 0.2 },
  { heading: 'Måler resultatet', share: 0.24 },
  { heading: 'Datakilde', share: 0.18 },
  { heading: 'Udgangspunkt', share: 0.1 },
  { heading: 'Mål', share: 0.1 },
  { heading: 'Hvornår', share: 0.18 },
] as const;

function indicatorRow(content: ChangeModelContent, i: Indicator): string[] {
  const outcome =
    [...content.shortTermOutcomes, ...content.longTermOutcomes].find((o) => o.id === i.outcomeId)?.text ?? '–';
  return [i.name, outcome, i.dataSource || '–', num(i.baseline, i.unit), num(i.target, i.unit), whenText(i)];
}

export function drawDiagram({ title, subtitle, content }: DiagramInput): string {
  const c = new Canvas();
  let y = MARGIN;
  y += c.lines(MARGIN, y, wrapText(title, WIDTH - 2 * MARGIN, 24, true), { size: 24, bold: true, line: 30 });
  y += c.lines(MARGIN, y + 4, wrapText(subtitle, WIDTH - 2 * MARGIN, FONT), { fill: MUTED }) + 20;

  // The five columns: headings in one band, arrows between them, cards below.
  const columns = columnsOf(content);
  const headLines = columns.map((col) => wrapText(col.heading, COLUMN - 2 * PAD, HEAD_FONT, true));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * HEAD_LINE + 2 * PAD;
  columns.forEach((col, k) => {
    const x = MARGIN + k * (COLUMN + GAP);
    c.rect(x, y, COLUMN, headHeight, { fill: HEAD_FILL });
    c.lines(x + COLUMN / 2, y + PAD, headLines[k] ?? [], {
      size: HEAD_FONT,
      bold: true,
      fill: '#ffffff',
      anchor: 'middle',
      line: HEAD_LINE,
    });
    if (k < columns.length - 1) c.arrow(x + COLUMN + 4, y + headHeight / 2, x + COLUMN + GAP - 4);
  });
  y += headHeight + 12;
  let bottom = y;
  columns.forEach((col, k) => {
    const x = MARGIN + k * (COLUMN + GAP);
    let top = y;
    for (const card of col.cards) top += drawCard(c, x, top, card) + 10;
    bottom = Math.max(bottom, top);
  });
  y = bottom + 18;

  // Assumptions, full width.
  const full = WIDTH - 2 * MARGIN;
  y += c.lines(MARGIN, y, ['Antagelser'], { size: 18, bold: true, line: 26 }) + 4;
  if (content.assumptions.length === 0) y += c.lines(MARGIN, y, ['Ikke udfyldt'], { fill: MUTED });
  for (const a of content.assumptions) {
    const lines = wrapText(a.text, full - 24, FONT);
    c.text(MARGIN + 4, y + FONT, '•');
    y += c.lines(MARGIN + 20, y, lines) + 4;
  }
  y += 18;

  // Indicators as a table.
  y += c.lines(MARGIN, y, ['Indikatorer'], { size: 18, bold: true, line: 26 }) + 4;
  if (content.indicators.length === 0) {
    y += c.lines(MARGIN, y, ['Ikke udfyldt'], { fill: MUTED });
  } else {
    const xs = INDICATOR_COLUMNS.reduce<number[]>(
      (acc, col, k) => [...acc, (acc[k] ?? MARGIN) + col.share * full],
      [MARGIN],
    );
    const cellWidth = (k: number) => (INDICATOR_COLUMNS[k]?.share ?? 0) * full - 2 * PAD;
    const drawRow = (cells: string[], bold: boolean, fill: string | null) => {
      const wrapped = cells.map((cell, k) => wrapText(cell, cellWidth(k), FONT, bold));
      const h = Math.max(...wrapped.map((l) => l.length)) * LINE + 2 * PAD - 6;
      if (fill) c.rect(MARGIN, y, full, h, { fill, radius: 0 });
      wrapped.forEach((lines, k) => c.lines((xs[k] ?? MARGIN) + PAD, y + PAD - 3, lines, bold ? { bold: true } : {}));
      y += h;
      c.line(MARGIN, y, MARGIN + full, y);
    };
    drawRow(
      INDICATOR_COLUMNS.map((col) => col.heading),
      true,
      '#dde6ef',
    );
    content.indicators.forEach((i, n) => drawRow(indicatorRow(content, i), false, n % 2 === 1 ? '#f7f9fb' : null));
  }
  const height = Math.ceil(y + MARGIN);

  const desc = `Forandringsmodel: ${content.activities.length} aktiviteter, ${content.outputs.length} output, ${content.shortTermOutcomes.length} kortsigtede og ${content.longTermOutcomes.length} langsigtede resultater, ${content.assumptions.length} antagelser og ${content.indicators.length} indikatorer.`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="cm-title cm-desc" font-family="${FONT_FAMILY}">`,
    `<title id="cm-title">${escapeXml(title)}</title>`,
    `<desc id="cm-desc">${escapeXml(desc)}</desc>`,
    `<defs><marker id="cm-arrowhead" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${HEAD_FILL}"/></marker></defs>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...c.parts,
    '</svg>',
    '',
  ].join('\n');
}
