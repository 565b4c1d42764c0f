// Public entry of the files module: uploads checked by content and stored on disk (ADR 14, ADR 30).

/** Read the multipart PDF, check and store it, present it, send it or a rendered document. */
export { presentFile, receivePdf, savePdf, sendDocument, sendPdfFile, type ReceivedPdf } from './upload.js';
/** A stored file's row with the uploader's name. */
export { findFile } from './repository.js';
/** Meeting attachments: receive and check by content (PDF, Office, PNG/JPEG), store, record, send, remove. */
export {
  deleteFileRow,
  receiveAttachment,
  recordAttachmentFile,
  removeStoredBytes,
  sendStoredFile,
  storeAttachment,
  type ReceivedAttachment,
  type StoredBytes,
} from './attachment-upload.js';
