import { createDeflate } from 'node:zlib';
import PDFDocument from 'pdfkit';

/** A small real PDF (one page of Danish text), as a signed scan would be. */
export function samplePdf(text = 'Underskrevet erklæring – Hjørring Kommune'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

/** A multipart/form-data body with one file in the field `file` (or another field name). */
export function multipartFile(bytes: Buffer, filename: string, contentType = 'application/pdf', field = 'file') {
  const boundary = `----indsats${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/**
 * A PDF written by hand from numbered object bodies (object 1 is the catalog),
 * with a correct xref table, so a test can say exactly what a file contains.
 */
export function handmadePdf(objects: (string | Buffer)[], header = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'): Buffer {
  const parts: Buffer[] = [Buffer.from(header, 'latin1')];
  let size = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A one-page PDF; `catalogExtra` goes into the catalog, `more` are objects 4, 5, … */
export function onePagePdf(catalogExtra = '', more: (string | Buffer)[] = []): Buffer {
  return handmadePdf([
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ...more,
  ]);
}

/** The three files of issue 9's probe, each accepted then and served back as application/pdf. */
export async function hostilePdfs(): Promise<{ polyglot: Buffer; openActionScript: Buffer; bomb: Buffer }> {
  const polyglot = Buffer.concat([
    Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>\n'),
    await samplePdf(),
  ]);
  const openActionScript = onePagePdf('/OpenAction 4 0 R', ['<< /S /JavaScript /JS (app.alert\\(1\\)) >>']);
  const inflated = await deflatedZeros(200 * 1024 * 1024);
  const bomb = handmadePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${inflated.length} /Filter /FlateDecode >>\nstream\n`),
      inflated,
      Buffer.from('\nendstream'),
    ]),
  ]);
  return { polyglot, openActionScript, bomb };
}

/** `size` zero bytes, deflated a megabyte at a time (the test never holds the inflated form). */
function deflatedZeros(size: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflate({ level: 9 });
    const chunks: Buffer[] = [];
    deflate.on('data', (c: Buffer) => chunks.push(c));
    deflate.on('end', () => resolve(Buffer.concat(chunks)));
    deflate.on('error', reject);
    const mb = Buffer.alloc(1024 * 1024);
    let left = size / mb.length;
    const pump = () => {
      while (left > 0) {
        left--;
        if (!deflate.write(mb)) return void deflate.once('drain', pump);
      }
      deflate.end();
    };
    pump();
  });
}
