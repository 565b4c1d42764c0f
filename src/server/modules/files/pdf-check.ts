import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '../../core/errors.js';
import { pdfCheckSlots } from './check-slots.js';
import type { WorkerVerdict } from './pdf-check-worker.js';

/**
 * Accepts a file only if it is a PDF by content, and a plain one: `%PDF-` at
 * byte 0; every stream decodes within a bound (no decompression bomb); no
 * name anywhere asks a viewer to run a script, start a program, send data or
 * open an attached file; and Mozilla's pdf.js opens it and finds a page. The
 * name and the declared content type prove nothing. The check runs in a
 * worker thread with a heap limit and a timeout and is terminated on overrun,
 * so a hostile file costs a bounded slice of one core and never the server;
 * at most a few checks run at once (check-slots.ts).
 * Refused files are never stored (ADR 14).
 */
export interface PdfCheckLimits {
  timeoutMs: number;
  maxHeapMb: number;
  maxStreamBytes: number;
  maxTotalBytes: number;
  /** All streams together may decode to this many times the file's size… */
  maxRatio: number;
  /** …but always to this much, so a small plain PDF with ordinary compression passes. */
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;
export const PDF_CHECK_LIMITS: PdfCheckLimits = {
  timeoutMs: 20_000,
  maxHeapMb: 256,
  maxStreamBytes: 32 * MB,
  maxTotalBytes: 32 * MB,
  maxRatio: 100,
  ratioFloorBytes: 8 * MB,
};

/** What this file's streams may decode to in all: the total cap, lowered to 100 × its size above the floor. */
export function decodedBound(fileBytes: number, limits: PdfCheckLimits): number {
  return Math.min(limits.maxTotalBytes, Math.max(limits.ratioFloorBytes, limits.maxRatio * fileBytes));
}

export async function assertPdf(bytes: Buffer, limits: PdfCheckLimits = PDF_CHECK_LIMITS): Promise<void> {
  if (bytes.length === 0) throw new AppError('file_missing');
  // Byte 0, not "somewhere in the first kilobyte": an HTML page with a PDF behind it is not a PDF.
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw fileError('unsupported_file');
  const verdict = await pdfCheckSlots.run(() => runWorker(bytes, limits));
  if (verdict.ok) return;
  switch (verdict.reason) {
    case 'not_pdf':
    case 'unreadable':
      throw fileError('unsupported_file');
    case 'active_content':
      throw fileError('pdf_active_content');
    case 'too_large':
    case 'overrun':
      throw fileError('pdf_too_complex');
    case 'unsupported':
      throw fileError('pdf_unsupported');
  }
}

type Verdict = WorkerVerdict | { ok: false; reason: 'overrun' };

function fileError(code: 'unsupported_file' | 'pdf_active_content' | 'pdf_too_complex' | 'pdf_unsupported'): AppError {
  return new AppError(code, { errors: [{ field: 'file', message: messages[code] }] });
}

const messages = {
  unsupported_file: 'Filen er ikke en PDF',
  pdf_active_content: 'PDF’en indeholder JavaScript, automatiske handlinger eller vedhæftede filer',
  pdf_too_complex: 'PDF’en er for stor eller for indviklet, når den pakkes ud',
  pdf_unsupported: 'PDF’en er krypteret eller bygget på en måde, vi ikke kan kontrollere',
} as const;

function runWorker(bytes: Buffer, limits: PdfCheckLimits): Promise<Verdict> {
  const copy = new Uint8Array(bytes); // handed over to the worker, not cloned once more
  const worker = startWorker(
    {
      bytes: copy,
      limits: { maxStreamBytes: limits.maxStreamBytes, maxTotalBytes: decodedBound(bytes.length, limits) },
    },
    [copy.buffer],
    { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  );
  return new Promise((resolve) => {
    let settled = false;
    const settle = (v: Verdict) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(v);
    };
    const timer = setTimeout(() => settle({ ok: false, reason: 'overrun' }), limits.timeoutMs);
    worker.once('message', (v: WorkerVerdict) => settle(v));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY), a crash, or an exit before answering: the file is not accepted.
    worker.once('error', () => settle({ ok: false, reason: 'overrun' }));
    worker.once('exit', () => settle({ ok: false, reason: 'overrun' }));
  });
}

/**
 * The built server runs the compiled worker; tests and `npm run dev` run from
 * source, where the worker is loaded through tsx.
 */
function startWorker(workerData: unknown, transferList: ArrayBuffer[], resourceLimits: ResourceLimits): Worker {
  const compiled = new URL('./pdf-check-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, { workerData, transferList, resourceLimits });
  const source = new URL('./pdf-check-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true, workerData, transferList, resourceLimits });
}
