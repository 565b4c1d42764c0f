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
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
