// Public entry of the files module: PDF uploads checked by content and stored on disk (ADR 14).

/** Read the multipart PDF, check and store it, present it, send it or a rendered document. */
export { presentFile, receivePdf, savePdf, sendDocument, sendPdfFile, type ReceivedPdf } from './upload.js';
/** A stored file's row with the uploader's name. */
export { findFile } from './repository.js';
