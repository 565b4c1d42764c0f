import { crc32, deflateSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Tiny real files of every kind a meeting takes (issue 11, point 8), made in
 * the test, and the fakes it must refuse. The Office files are what Word,
 * PowerPoint and Excel read: a .docx written by the `docx` package, and
 * minimal Office Open XML packages for PowerPoint and Excel.
 */
const OOXML = 'application/vnd.openxmlformats-officedocument';

export function docxFile(text = 'Oplæg til styregruppemødet'): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

/** An Office Open XML package: content types, the package relationship to `main`, and the parts. */
export function ooxmlPackage(main: { part: string; type: string }, parts: Zippable = {}, extraTypes = ''): Buffer {
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main.part}" ContentType="${main.type}"/>${extraTypes}</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main.part}"/></Relationships>`;
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(types),
      '_rels/.rels': strToU8(rels),
      [main.part]: strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><root/>'),
      ...parts,
    }),
  );
}

export const xlsxFile = () => ooxmlPackage({ part: 'xl/workbook.xml', type: `${OOXML}.spreadsheetml.sheet.main+xml` });
export const pptxFile = () =>
  ooxmlPackage({ part: 'ppt/presentation.xml', type: `${OOXML}.presentationml.presentation.main+xml` });
/** A Word document with macros (.docm): its main type says so, and it carries a VBA project. */
export const docmFile = () =>
  ooxmlPackage(
    { part: 'word/document.xml', type: 'application/vnd.ms-word.document.macroEnabled.main+xml' },
    { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
  );
/** A .docx main type with a VBA project slipped in beside it. */
export const docxWithVba = () =>
  ooxmlPackage(
    { part: 'word/document.xml', type: `${OOXML}.wordprocessingml.document.main+xml` },
    { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) },
  );
/** An ordinary ZIP (a folder of notes), named .docx by whoever sends it. */
export const plainZip = () => Buffer.from(zipSync({ 'noter.txt': strToU8('Noter fra mødet') }));

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of `width` × `height` (one row of pixels is enough for a header check; 1 × 1 is a whole picture). */
export function pngFile(width = 1, height = 1): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 0x1b, 0x5e, 0x20, 0xff]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline JPEG header of 1 × 1 (SOI, JFIF, a frame, a scan, EOI): what the check reads. */
export function jpegFile(width = 1, height = 1): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    sof,
    Buffer.from([0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 0x00, 0xff, 0xd9]),
  ]);
}

/** A Windows program's first bytes (MZ …), as an .exe renamed .pdf starts. */
export const exeFile = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(256)]);
/** An OLE compound file: an old .doc, or an Office file protected with a password. */
export const oleFile = () =>
  Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

/** A multipart/form-data body: text fields, then one file in `file`. */
export function multipartForm(
  file: { bytes: Buffer; filename: string; contentType?: string },
  fields: Record<string, string> = {},
) {
  const boundary = `----indsats${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([...parts, head, file.bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
