import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertPdf, PDF_CHECK_LIMITS } from '../src/server/modules/files/pdf-check.js';
import { scanPdf } from '../src/server/modules/files/pdf-scan.js';
import { handmadePdf, onePagePdf, samplePdf } from './helpers/uploads.js';

const limits = { maxStreamBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 };

function streamObject(dict: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`),
    data,
    Buffer.from('\nendstream'),
  ]);
}

/** Objects 4 and 5 packed in an object stream (object 6), as modern writers do. */
function packed(objects: string[], dict = '/Type /ObjStm /Filter /FlateDecode'): Buffer {
  let offset = 0;
  const header = objects.map((o, i) => {
    const entry = `${i + 4} ${offset}`;
    offset += o.length + 1;
    return entry;
  });
  const head = `${header.join(' ')}\n`;
  const body = Buffer.from(head + objects.join('\n'));
  return onePagePdf('/OpenAction 4 0 R', [
    streamObject(`${dict} /N ${objects.length} /First ${head.length}`, deflateSync(body)),
  ]);
}

describe('the PDF scan', () => {
  it('passes plain PDFs, from pdfkit and by hand', async () => {
    expect(scanPdf(await samplePdf(), limits)).toMatchObject({ ok: true });
    expect(scanPdf(onePagePdf('/URI << /Base (https://hjoerring.dk/) >>'), limits)).toMatchObject({ ok: true });
  });

  it('wants %PDF- at byte 0', () => {
    expect(scanPdf(Buffer.concat([Buffer.from(' '), onePagePdf()]), limits)).toEqual({ ok: false, reason: 'not_pdf' });
  });

  it('finds a script packed in a compressed object stream, whether or not it says /Type /ObjStm', () => {
    const js = ['<< /S /JavaScript /JS (app.alert\\(1\\)) >>'];
    expect(scanPdf(packed(js), limits)).toEqual({ ok: false, reason: 'active_content', name: 'JavaScript' });
    expect(scanPdf(packed(js, '/Filter /FlateDecode'), limits)).toEqual({
      ok: false,
      reason: 'active_content',
      name: 'JavaScript',
    });
    expect(scanPdf(packed(['<< /S /GoTo /D [3 0 R /Fit] >>']), limits)).toMatchObject({ ok: true });
  });

  it('finds names written in strings, comments and hex escapes, and objects hidden in stream data', () => {
    expect(scanPdf(onePagePdf('', ['% /Launch']), limits)).toMatchObject({ reason: 'active_content', name: 'Launch' });
    expect(scanPdf(onePagePdf('/Title (x /SubmitForm)'), limits)).toMatchObject({
      reason: 'active_content',
      name: 'SubmitForm',
    });
    expect(scanPdf(onePagePdf('/A << /S /Import#44ata >>'), limits)).toMatchObject({
      reason: 'active_content',
      name: 'ImportData',
    });
    const hidden = streamObject('', Buffer.from('9 0 obj << /Whatever 1 >> endobj'));
    expect(scanPdf(onePagePdf('', [hidden]), limits)).toMatchObject({ reason: 'unsupported', what: 'hidden object' });
  });

  it('finds objects hidden in stream data behind PDF separators JS does not know, and names in any unfiltered stream that is not an image', () => {
    for (const sep of ['\0', ' %c\n', '\f'])
      for (const text of [`9 0${sep}obj << /W 1 >>`, `trailer${sep}<< /Size 3 >>`, `q Q${sep}xref${sep}0 1`]) {
        const hidden = streamObject('', Buffer.from(text, 'latin1'));
        expect(scanPdf(onePagePdf('', [hidden]), limits), JSON.stringify(text)).toMatchObject({
          reason: 'unsupported',
          what: 'hidden object',
        });
      }
    const launch = Buffer.from('<< /S /Launch /F (cmd.exe) >>');
    expect(scanPdf(onePagePdf('', [streamObject('', launch)]), limits)).toMatchObject({
      reason: 'active_content',
      name: 'Launch',
    });
    // Compressed (binary) stream data: names spelled by chance mean nothing to a reader and are not refused …
    const binary = deflateSync(
      Buffer.concat([Buffer.from('\x00\x01/JS \x02/AA\x03 %x obj', 'latin1'), Buffer.alloc(64, 7)]),
    );
    expect(scanPdf(onePagePdf('', [streamObject('/Filter /FlateDecode /Length1 99', binary)]), limits)).toMatchObject({
      ok: true,
    });
    // … but an object hidden there behind a comment that ends its line is.
    const hiddenInFlate = streamObject(
      '/Filter /FlateDecode',
      Buffer.from('9 0 %c\nobj << /S /JavaScript >>', 'latin1'),
    );
    expect(scanPdf(onePagePdf('', [hiddenInFlate]), limits)).toMatchObject({ ok: false });
    expect(
      scanPdf(
        onePagePdf('', [streamObject('/Subtype /Image /Filter /DCTDecode', Buffer.from('\xff\xd8/JS ', 'latin1'))]),
        limits,
      ),
    ).toMatchObject({ ok: true });
  });

  it('measures every filter it decodes against the bound and refuses what it cannot decode', () => {
    const zeros = Buffer.alloc(2 * 1024 * 1024);
    expect(scanPdf(onePagePdf('', [streamObject('/Filter /FlateDecode', deflateSync(zeros))]), limits)).toEqual({
      ok: false,
      reason: 'too_large',
    });
    // Run-length: 2 bytes give 128, so 40 kB give 2.5 MB.
    const runs = Buffer.concat([Buffer.alloc(40_000, Buffer.from([129, 0])), Buffer.from([128])]);
    expect(scanPdf(onePagePdf('', [streamObject('/Filter /RunLengthDecode', runs)]), limits)).toEqual({
      ok: false,
      reason: 'too_large',
    });
    // Within the bound per stream, but not all together.
    const mb = deflateSync(Buffer.alloc(900 * 1024));
    const many = Array.from({ length: 5 }, () => streamObject('/Filter [/FlateDecode]', mb));
    expect(scanPdf(handmadePdf(['<< /Type /Catalog >>', ...many]), limits)).toEqual({ ok: false, reason: 'too_large' });
    expect(scanPdf(onePagePdf('', [streamObject('/Filter /LZWDecode', Buffer.from('x'))]), limits)).toMatchObject({
      reason: 'unsupported',
      what: 'LZWDecode',
    });
    expect(
      scanPdf(
        onePagePdf('', [
          streamObject(
            '/Filter [/ASCIIHexDecode /FlateDecode]',
            Buffer.from(deflateSync(Buffer.from('q Q')).toString('hex')),
          ),
        ]),
        limits,
      ),
    ).toMatchObject({ ok: true });
    expect(
      scanPdf(onePagePdf('', [streamObject('/Filter /DCTDecode', Buffer.from([0xff, 0xd8, 0xff]))]), limits),
    ).toMatchObject({ ok: true });
  });

  it('refuses an encrypted PDF, whose streams it cannot read', () => {
    const encrypted = Buffer.concat([onePagePdf(), Buffer.from('trailer\n<< /Encrypt 9 0 R >>\n')]);
    expect(scanPdf(encrypted, limits)).toMatchObject({ ok: false, reason: 'unsupported', what: 'Encrypt' });
  });
});

describe('the PDF check’s worker', () => {
  it('refuses a bomb below the old caps: 40 MB decoded in all, and 10 MB from a 10 kB file', async () => {
    const twenty = deflateSync(Buffer.alloc(20 * 1024 * 1024));
    const two = onePagePdf('', [
      streamObject('/Filter /FlateDecode', twenty),
      streamObject('/Filter /FlateDecode', twenty),
    ]);
    await expect(assertPdf(two)).rejects.toMatchObject({ code: 'pdf_too_complex' });
    const ten = onePagePdf('', [streamObject('/Filter /FlateDecode', deflateSync(Buffer.alloc(10 * 1024 * 1024)))]);
    expect(ten.length).toBeLessThan(80 * 1024);
    await expect(assertPdf(ten)).rejects.toMatchObject({ code: 'pdf_too_complex' });
  });

  it('accepts a plain PDF within the limits', async () => {
    await expect(assertPdf(await samplePdf())).resolves.toBeUndefined();
  });

  it('is terminated on overrun, and the file refused', async () => {
    const pdf = await samplePdf();
    // No worker answers within a millisecond: the timeout ends it.
    await expect(assertPdf(pdf, { ...PDF_CHECK_LIMITS, timeoutMs: 1 })).rejects.toMatchObject({
      code: 'pdf_too_complex',
    });
    // Nor can pdf.js load in a heap of one megabyte: out of memory ends it.
    await expect(assertPdf(pdf, { ...PDF_CHECK_LIMITS, maxHeapMb: 1 })).rejects.toMatchObject({
      code: 'pdf_too_complex',
    });
  });
});
