import { constants, inflateSync } from 'node:zlib';

/**
 * Decodes a PDF stream's filter chain with a bound on what it may grow to, so
 * a decompression bomb (200 kB that inflates to 200 MB) is measured and
 * refused, never unpacked. Image codecs (DCT, JPX, CCITT, JBIG2) end the chain:
 * their bytes are pictures, not PDF objects, and are not decoded here.
 */
export type FilterOutcome =
  | { kind: 'decoded'; bytes: Buffer }
  | { kind: 'image'; bytes: Buffer }
  | { kind: 'too_large' }
  | { kind: 'unsupported'; filter: string }
  | { kind: 'broken'; filter: string };

const IMAGE_CODECS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'CCITTFaxDecode', 'CCF', 'JBIG2Decode']);

export function decodeStream(data: Buffer, filters: string[], maxBytes: number): FilterOutcome {
  let bytes = data;
  for (const [i, filter] of filters.entries()) {
    if (IMAGE_CODECS.has(filter)) {
      // An image codec must be the last filter; anything after it is not a PDF a viewer would draw.
      return i === filters.length - 1 ? { kind: 'image', bytes } : { kind: 'unsupported', filter };
    }
    const next = decodeOne(bytes, filter, maxBytes);
    if (next === 'too_large') return { kind: 'too_large' };
    if (next === 'broken') return { kind: 'broken', filter };
    if (next === null) return { kind: 'unsupported', filter };
    bytes = next;
  }
  return { kind: 'decoded', bytes };
}

function decodeOne(bytes: Buffer, filter: string, maxBytes: number): Buffer | 'too_large' | 'broken' | null {
  switch (filter) {
    case 'FlateDecode':
    case 'Fl':
      return inflate(bytes, maxBytes);
    case 'ASCIIHexDecode':
    case 'AHx':
      return asciiHex(bytes);
    case 'ASCII85Decode':
    case 'A85':
      return ascii85(bytes);
    case 'RunLengthDecode':
    case 'RL':
      return runLength(bytes, maxBytes);
    default:
      // LZW, Crypt and anything unknown: not checked, so not accepted.
      return null;
  }
}

function inflate(bytes: Buffer, maxBytes: number): Buffer | 'too_large' | 'broken' {
  try {
    // Sync flush tolerates a stream cut short at the end, as PDF readers do.
    return inflateSync(bytes, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError
      ? 'too_large'
      : 'broken';
  }
}

const isSpace = (c: number) => c === 0 || c === 9 || c === 10 || c === 12 || c === 13 || c === 32;

function asciiHex(bytes: Buffer): Buffer {
  const digits =
    bytes
      .toString('latin1')
      .replace(/[\0\t\n\f\r ]/g, '')
      .split('>')[0] ?? '';
  return Buffer.from(digits.length % 2 === 1 ? `${digits}0` : digits, 'hex');
}

function ascii85(bytes: Buffer): Buffer | 'broken' {
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + (group[k] ?? 84);
    for (let k = 0; k < n - 1; k++) out.push(Math.floor(value / 256 ** (3 - k)) % 256);
    group = [];
  };
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i] ?? 0;
    if (isSpace(c)) continue;
    if (c === 0x7e) break; // ~> ends the data
    if (c === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (c < 0x21 || c > 0x75) return 'broken';
    group.push(c - 0x21);
    if (group.length === 5) flush(5);
  }
  if (group.length === 1) return 'broken';
  if (group.length > 0) flush(group.length);
  return Buffer.from(out);
}

function runLength(bytes: Buffer, maxBytes: number): Buffer | 'too_large' {
  // Measure first: a run of 128 bytes per 2 bytes of input grows fast.
  let size = 0;
  for (let i = 0; i < bytes.length;) {
    const n = bytes[i] ?? 128;
    if (n === 128) break;
    size += n < 128 ? n + 1 : 257 - n;
    i += n < 128 ? n + 2 : 2;
  }
  if (size > maxBytes) return 'too_large';
  const out = Buffer.alloc(size);
  let o = 0;
  for (let i = 0; i < bytes.length && o < size;) {
    const n = bytes[i] ?? 128;
    if (n === 128) break;
    if (n < 128) {
      bytes.copy(out, o, i + 1, i + 2 + n);
      o += n + 1;
      i += n + 2;
    } else {
      out.fill(bytes[i + 1] ?? 0, o, o + 257 - n);
      o += 257 - n;
      i += 2;
    }
  }
  return out;
}
