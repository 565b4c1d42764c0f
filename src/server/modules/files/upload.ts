import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_UPLOAD_BYTES, type StoredFile } from '../../../shared/contracts/applications.js';
import { AppError } from '../../core/errors.js';
import { openStoredFile, storeBytes } from './file-store.js';
import { assertPdf } from './pdf-check.js';
import { insertFile, type FileRow } from './repository.js';
import { attachment, visibleFileName } from '../../http/content-disposition.js';
import type { Context } from '../../core/context.js';

export interface ReceivedPdf {
  filename: string;
  bytes: Buffer;
}

/** Reads the multipart field `file` of a request: a PDF of at most MAX_UPLOAD_BYTES, checked by content. */
export async function receivePdf(request: FastifyRequest): Promise<ReceivedPdf> {
  if (!request.isMultipart())
    throw new AppError('file_missing', { detail: 'Send filen som multipart/form-data i feltet "file".' });
  let part;
  try {
    part = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  } catch (err) {
    throw uploadError(err);
  }
  if (!part || part.fieldname !== 'file') throw new AppError('file_missing');
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (err) {
    throw uploadError(err);
  }
  await assertPdf(bytes);
  return { filename: safeFilename(part.filename), bytes };
}

function uploadError(err: unknown): AppError {
  const code = (err as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT') {
    return new AppError('file_too_large');
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new AppError('file_missing');
  return new AppError('bad_request');
}

/** Keeps a display name only: no path, no control or bidirectional characters, bounded length, ends in .pdf. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(visibleFileName(base).replace(/"/g, '').trim()).slice(0, 150).join('').trim();
  const withName = cleaned === '' ? 'dokument' : cleaned;
  return withName.toLowerCase().endsWith('.pdf') ? withName : `${withName}.pdf`;
}

/** Stores a received PDF on disk and records it; the row commits with the caller's transaction. */
export async function savePdf(
  ctx: Context,
  filesDir: string,
  pdf: ReceivedPdf,
  owner: { municipalityCode: string; purpose: 'director_commitment' | 'signed_agreement' },
): Promise<FileRow> {
  const { tx, actor } = ctx;
  const stored = await storeBytes(filesDir, pdf.bytes, 'pdf', ctx.now);
  return insertFile(tx, {
    municipalityCode: owner.municipalityCode,
    purpose: owner.purpose,
    filename: pdf.filename,
    contentType: 'application/pdf',
    size: stored.size,
    sha256: stored.sha256,
    storageKey: stored.storageKey,
    uploadedBy: actor.userId,
  });
}

export function presentFile(row: FileRow & { uploadedByName: string }): StoredFile {
  return {
    id: row.id,
    filename: visibleFileName(row.filename),
    size: row.size,
    uploadedAt: row.createdAt.toISOString(),
    uploadedBy: row.uploadedByName,
  };
}

/**
 * Headers for every document sent as a download: always an attachment, the
 * declared type and no sniffing, and a policy that lets nothing in it run or
 * load should a browser show it anyway (a sandbox with no origin, no scripts).
 */
export function downloadHeaders(reply: FastifyReply, contentType: string, filename: string): FastifyReply {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', attachment(filename))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'; frame-ancestors 'none'")
    .header('cache-control', 'private, no-store');
}

/** Sends a stored PDF as a download. The caller has already decided the actor may see it. */
export function sendPdfFile(reply: FastifyReply, filesDir: string, file: FileRow): FastifyReply {
  return downloadHeaders(reply, 'application/pdf', file.filename).send(openStoredFile(filesDir, file.storageKey));
}

export function sendDocument(reply: FastifyReply, bytes: Buffer, filename: string, type: 'pdf' | 'docx'): FastifyReply {
  const contentType =
    type === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return downloadHeaders(reply, contentType, filename).send(bytes);
}
