import { getDocumentProxy } from 'unpdf';
import { AppError } from '../../http/errors.js';

/**
 * Accepts a file only if it is a PDF by content: the PDF header, and a real
 * parser (Mozilla's pdf.js) can open it and finds at least one page. The
 * name and the declared content type prove nothing.
 */
export async function assertPdf(bytes: Buffer): Promise<{ pages: number }> {
  if (bytes.length === 0) throw new AppError('file_missing');
  const header = bytes.subarray(0, 1024).toString('latin1');
  if (!header.includes('%PDF-')) throw new AppError('unsupported_file');
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
    const pages = pdf.numPages;
    await pdf.destroy();
    if (pages < 1) throw new Error('no pages');
    return { pages };
  } catch {
    throw new AppError('unsupported_file');
  }
}
