import type { DocumentModel } from './model.js';

export { agreementDocument, defaultAgreementTerms } from './agreement-document.js';
export { applicationReceipt } from './application-receipt.js';
export { decisionLetter } from './decision-letter.js';
export { meetingMinutes, type MeetingDocumentData } from './meeting-minutes.js';
export { selfAnalysisPresentation, type SelfAnalysisPresentationData } from './self-analysis-presentation.js';
export { formatDate, formatDateTime, formatPercent, formatScore } from './format.js';
export { DOCUMENT_CREATOR, type Block, type DocumentModel } from './model.js';
export type { AgreementData, DecisionLetterData, ReceiptData, RoundInfo } from './types.js';

/**
 * The renderers load docx and pdfkit when a document is first asked for: a
 * start needs neither, and together they take about a second to import (ADR 20).
 */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const { renderDocx: render } = await import('./render-docx.js');
  return render(model);
}

export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  const { renderPdf: render } = await import('./render-pdf.js');
  return render(model);
}

/** Both formats from the same model, rendered in parallel. */
export async function renderBoth(model: DocumentModel): Promise<{ docx: Buffer; pdf: Buffer }> {
  const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
  return { docx, pdf };
}
export { documentText } from './document-text.js';
export { writeXlsx, XLSX_CONTENT_TYPE, type Cell, type Sheet, type SheetColumn } from './xlsx.js';
