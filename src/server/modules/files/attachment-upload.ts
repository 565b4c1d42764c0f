import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ATTACHMENT_EXTENSIONS, type AttachmentKind } from '../../../shared/contracts/meeting-attachments.js';
import { AppError } from '../../core/errors.js';
import type { Queryable } from '../../db/client.js';
import { files } from '../../db/schema.js';
import { visibleFileName } from '../../http/content-disposition.js';
import { checkAttachment } from './attachment-check.js';
import { openStoredFile, removeStoredBytes, storeBytes, type StoredBytes } from './file-store.js';
import { insertFile, type FileRow } from './repository.js';
import { downloadHeaders } from './upload.js';

/** An attachment as received: checked by content, its name cleaned, the title as typed (checked by the caller). */
export interface ReceivedAttachment {
  filename: string;
  title: string;
  kind: AttachmentKind;
  contentType: string;
  bytes: Buffer;
}

export const ATTACHMENT_CONTENT_TYPES: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

/**
 * Reads a multipart upload: the field `title` (optional) and the file in
 * `file`, at most `maxBytes`; the file's kind comes from its content
 * (attachment-check.ts). Refusals are AppErrors naming the field.
 */
export async function receiveAttachment(request: FastifyRequest, maxBytes: number): Promise<ReceivedAttachment> {
  if (!request.isMultipart())
    throw new AppError('file_missing', { detail: 'Send filen som multipart/form-data i feltet "file".' });
  let title = '';
  let file: { filename: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 2, parts: 3 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') file = { filename: part.filename, bytes };
      } else if (part.fieldname === 'title') {
        title = typeof part.value === 'string' ? part.value : '';
      }
    }
  } catch (err) {
    throw uploadError(err, maxBytes);
  }
  if (!file || file.bytes.length === 0)
    throw new AppError('file_missing', { errors: [{ field: 'file', message: 'Vælg en fil' }] });
  const kind = await checkAttachment(file.bytes);
  return {
    filename: attachmentFilename(file.filename, kind),
    title,
    kind,
    contentType: ATTACHMENT_CONTENT_TYPES[kind],
    bytes: file.bytes,
  };
}

function uploadError(err: unknown, maxBytes: number): AppError {
  const code = (err as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    const mb = Math.round(maxBytes / (1024 * 1024));
    return new AppError('attachment_too_large', { errors: [{ field: 'file', message: `Må højst fylde ${mb} MB` }] });
  }
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new AppError('bad_request', { detail: 'Send én fil i feltet "file" og højst en titel i feltet "title".' });
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new AppError('file_missing');
  if (err instanceof AppError) return err;
  return new AppError('bad_request');
}

/**
 * The name a file is kept and sent under: no path, no invisible characters,
 * at most 150 characters, and the extension of the kind its content has (a
 * PDF named "slides.docx" is kept as "slides.docx.pdf", so it opens in the
 * right program).
 */
export function attachmentFilename(name: string, kind: AttachmentKind): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(visibleFileName(base).replace(/"/g, '').trim()).slice(0, 150).join('').trim();
  const withName = cleaned === '' ? 'bilag' : cleaned;
  const extension = ATTACHMENT_EXTENSIONS[kind];
  const lower = withName.toLowerCase();
  const fits = lower.endsWith(`.${extension}`) || (kind === 'jpeg' && lower.endsWith('.jpeg'));
  return fits ? withName : `${withName}.${extension}`;
}

/** Writes the bytes to the files folder (before the row: see removeStoredBytes for the way back). */
export function storeAttachment(filesDir: string, received: ReceivedAttachment, now: Date): Promise<StoredBytes> {
  return storeBytes(filesDir, received.bytes, ATTACHMENT_EXTENSIONS[received.kind], now);
}

/** The `files` row of stored attachment bytes; commits with the caller's transaction. */
export function recordAttachmentFile(
  q: Queryable,
  received: ReceivedAttachment,
  stored: StoredBytes,
  owner: { municipalityCode: string; uploadedBy: string },
): Promise<FileRow> {
  return insertFile(q, {
    municipalityCode: owner.municipalityCode,
    purpose: 'meeting_attachment',
    filename: received.filename,
    contentType: received.contentType,
    size: stored.size,
    sha256: stored.sha256,
    storageKey: stored.storageKey,
    uploadedBy: owner.uploadedBy,
  });
}

/** Deletes a `files` row (its bytes go once the deletion has committed: removeStoredBytes). */
export async function deleteFileRow(q: Queryable, id: string): Promise<void> {
  await q.delete(files).where(eq(files.id, id));
}

/**
 * Sends a stored file as a download under its declared type – always as an
 * attachment, never shown inline, with no sniffing and a sandbox policy
 * (upload.ts downloadHeaders). The caller has decided the actor may see it.
 */
export function sendStoredFile(reply: FastifyReply, filesDir: string, file: FileRow): FastifyReply {
  return downloadHeaders(reply, file.contentType, file.filename).send(openStoredFile(filesDir, file.storageKey));
}

export { removeStoredBytes, type StoredBytes };
