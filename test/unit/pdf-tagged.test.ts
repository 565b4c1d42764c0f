import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPdf, type DocumentModel } from '../../src/server/documents/index.js';

/** The generated PDFs are tagged, Danish, titled, and draw every character or leave it out cleanly (ADR 34). */
const model: DocumentModel = {
  title: 'Dagsorden og referat – Opstartsmøde',
  subtitle: 'Børnehuset Åkanden, Østervrå',
  date: '7. december 2026',
  reference: 'IND-2027-0860',
  sender: 'Socialstyrelsen',
  blocks: [
    { kind: 'heading', text: 'Dagsorden' },
    { kind: 'list', items: ['Velkomst ved “Søren Ærø”', 'Læringsmiljø – status 🎉'] },
    { kind: 'paragraph', text: 'Vi aftalte — som altid — at følge op. Tak 👍 for i dag!\n\nNæste møde: 14.00–15.30.' },
    { kind: 'facts', rows: [['Sted', 'Mødelokale Ø, Hjørring 🏫']] },
    { kind: 'table', header: ['Navn', 'Fremmøde'], rows: [['Åse Ødegård', 'Ja ✓']] },
  ],
};

describe('renderPdf', () => {
  it('is a tagged PDF 1.7 in da-DK with its title shown, and the text reads back without "?"', async () => {
    const pdf = await renderPdf(model);
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('/Lang (da-DK)');
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    for (const type of ['/Document', '/H1', '/H2', '/P', '/L', '/LI', '/LBody', '/Table', '/TR', '/TH', '/TD']) {
      expect(raw).toContain(`/S ${type}`);
    }
    // The embedded font is Noto Sans, not the WinAnsi-only Helvetica.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans/);
    expect(raw).not.toContain('/BaseFont /Helvetica');

    const { info } = await getMeta(new Uint8Array(pdf));
    expect(info.Title).toBe('Dagsorden og referat – Opstartsmøde');
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
    const { text } = await extractText(doc, { mergePages: true });
    expect(text).not.toContain('?');
    expect(text).not.toContain('�');
    for (const expected of [
      'Dagsorden og referat – Opstartsmøde',
      'Børnehuset Åkanden, Østervrå',
      'Velkomst ved “Søren Ærø”',
      'Læringsmiljø – status',
      'Vi aftalte — som altid — at følge op. Tak for i dag!',
      '14.00–15.30',
      'Mødelokale Ø, Hjørring',
      'Åse Ødegård',
      'Ja (x)',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
