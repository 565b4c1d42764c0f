import { parentPort, workerData } from 'node:worker_threads';
import { getDocumentProxy } from 'unpdf';
import { scanPdf, type ScanLimits, type ScanVerdict } from './pdf-scan.js';

/**
 * The PDF check's worker (started by pdf-check.ts with a memory limit and a
 * timeout): first the scan of every token and stream, then Mozilla's pdf.js
 * must open the file, find a page, and see no scripts or attachments either.
 */
export type WorkerVerdict = ScanVerdict | { ok: false; reason: 'unreadable' };

async function check(bytes: Buffer, limits: ScanLimits): Promise<WorkerVerdict> {
  const scanned = scanPdf(bytes, limits);
  if (!scanned.ok) return scanned;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      stopAtErrors: true,
    });
    try {
      if (pdf.numPages < 1) return { ok: false, reason: 'unreadable' };
      const scripts: unknown = await pdf.getJSActions();
      const attachments: unknown = await pdf.getAttachments();
      if (hasEntries(scripts)) return { ok: false, reason: 'active_content', name: 'JavaScript' };
      if (hasEntries(attachments)) return { ok: false, reason: 'active_content', name: 'EmbeddedFile' };
    } finally {
      await pdf.destroy();
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return scanned;
}

const hasEntries = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length > 0;

const input = workerData as { bytes: Uint8Array; limits: ScanLimits };
const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
parentPort?.postMessage(await check(bytes, input.limits));
