import type { DocumentModel } from './model.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';

export { agreementDocument, defaultAgreementTerms } from './agreement-document.js';
export { applicationReceipt } from './application-receipt.js';
export { decisionLetter } from './decision-letter.js';
export { selfAnalysisPresentation, type SelfAnalysisPresentationData } from './self-analysis-presentation.js';
export { formatDate, formatDateTime, formatPercent, formatScore } from './format.js';
export type { Block, DocumentModel } from './model.js';
export type { AgreementData, DecisionLetterData, ReceiptData, RoundInfo } from './types.js';
export { renderDocx, renderPdf };

/** Both formats from the same model, rendered in parallel. */
export async function renderBoth(model: DocumentModel): Promise<{ docx: Buffer; pdf: Buffer }> {
  const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
  return { docx, pdf };
}
