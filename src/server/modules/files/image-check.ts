import { crc32 } from 'node:zlib';

/**
 * PNG and JPEG, checked by their own headers (ADR 30): the signature, the
 * header that states the picture's size, and a size a viewer can open – at
 * most 20,000 pixels on a side and 150 megapixels in all (a 108-megapixel
 * phone photo passes; a 1 kB file that asks a viewer for 4 GB of memory does
 * not). Only the header is read; the picture itself is never decoded here.
 */
export const MAX_IMAGE_SIDE = 20_000;
export const MAX_IMAGE_PIXELS = 150_000_000;

export type ImageVerdict =
  { ok: true; kind: 'png' | 'jpeg'; width: number; height: number } | { ok: false; reason: 'damaged' | 'dimensions' };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

export const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(PNG_SIGNATURE);
export const isJpeg = (bytes: Buffer) =>
  bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

function sized(kind: 'png' | 'jpeg', width: number, height: number): ImageVerdict {
  if (width < 1 || height < 1) return { ok: false, reason: 'damaged' };
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS)
    return { ok: false, reason: 'dimensions' };
  return { ok: true, kind, width, height };
}

/**
 * A PNG: the signature, then an IHDR chunk of 13 bytes whose checksum is
 * right, with a bit depth and colour type the format has, and the file ends
 * with the IEND chunk – nothing may follow it, so a PNG with a ZIP or a
 * script appended (a polyglot) is refused.
 */
export function checkPng(bytes: Buffer): ImageVerdict {
  if (bytes.length < 8 + 25 + 12 || !isPng(bytes)) return { ok: false, reason: 'damaged' };
  const length = bytes.readUInt32BE(8);
  const type = bytes.subarray(12, 16).toString('latin1');
  if (length !== 13 || type !== 'IHDR') return { ok: false, reason: 'damaged' };
  if (crc32(bytes.subarray(12, 29)) !== bytes.readUInt32BE(29)) return { ok: false, reason: 'damaged' };
  const depth = bytes[24] ?? 0;
  const colour = bytes[25] ?? 0;
  if (![1, 2, 4, 8, 16].includes(depth) || ![0, 2, 3, 4, 6].includes(colour)) return { ok: false, reason: 'damaged' };
  if (!bytes.subarray(bytes.length - PNG_IEND.length).equals(PNG_IEND)) return { ok: false, reason: 'damaged' };
  return sized('png', bytes.readUInt32BE(16), bytes.readUInt32BE(20));
}

/** Start-of-frame markers (SOF0–SOF15 less DHT, JPG and DAC): they carry the picture's size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * A JPEG: SOI, then marker segments whose lengths stay inside the file, up to
 * a start-of-frame segment that gives height and width; a scan (SOS) or the
 * end of the file before one means the file is not a picture we can vouch for.
 */
export function checkJpeg(bytes: Buffer): ImageVerdict {
  if (!isJpeg(bytes)) return { ok: false, reason: 'damaged' };
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return { ok: false, reason: 'damaged' };
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // a scan or the end before any frame
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return { ok: false, reason: 'damaged' };
    if (SOF.has(marker)) {
      if (length < 8) return { ok: false, reason: 'damaged' };
      return sized('jpeg', bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5));
    }
    at += 2 + length;
  }
  return { ok: false, reason: 'damaged' };
}
