import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { DOCUMENT_CREATOR, writeXlsx, XLSX_CONTENT_TYPE, type Sheet } from '../documents/index.js';
import { attachment } from './content-disposition.js';

/**
 * Streams an Excel export as a download (issue 11 point 7). The use case has
 * read the rows, checked access and written its audit row in its transaction;
 * the workbook is written to the reply as exceljs commits its rows.
 */
export function sendXlsx(reply: FastifyReply, sheets: Sheet[], filename: string): FastifyReply {
  const stream = new PassThrough();
  writeXlsx(stream, sheets, DOCUMENT_CREATOR).catch((error: unknown) => {
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', attachment(filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(stream);
}
