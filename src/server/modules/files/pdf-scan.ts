import { decodeStream } from './pdf-filters.js';

/**
 * Reads the whole of an uploaded PDF as a sequence of PDF tokens – the body,
 * every stream (decoded with a bound) and the objects packed inside object
 * streams – and answers whether it may be kept. It looks for what a PDF
 * viewer would act on rather than show: names are compared after their #xx
 * escapes are decoded, so `/J#53` is still JavaScript, and names written
 * inside strings and comments count as well, since a reader that jumps to an
 * offset may land there. Runs inside the PDF check's worker, which bounds its
 * time and memory (pdf-check.ts).
 */
export type ScanVerdict =
  | { ok: true; decodedBytes: number }
  | { ok: false; reason: 'not_pdf' }
  | { ok: false; reason: 'active_content'; name: string }
  | { ok: false; reason: 'too_large' }
  | { ok: false; reason: 'unsupported'; what: string };

export interface ScanLimits {
  /** What one stream may decode to (bytes). */
  maxStreamBytes: number;
  /** What all streams together may decode to (bytes). */
  maxTotalBytes: number;
}

/**
 * Names that make a PDF do something rather than show something: scripts,
 * actions run on open/close/page/field events, actions that start programs,
 * send or fetch data or open other files, attached and embedded files, and
 * active media and forms (XFA carries scripts of its own). Links (/URI) and
 * jumps inside the document (/GoTo, /Named) stay allowed.
 */
export const DENIED_NAMES: ReadonlySet<string> = new Set([
  'JS',
  'JavaScript',
  'AA',
  'Launch',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'EmbeddedFile',
  'EmbeddedFiles',
  'FileAttachment',
  'RichMedia',
  'RichMediaExecute',
  'Rendition',
  'Movie',
  'Sound',
  '3D',
  'XFA',
]);

const MAX_DEPTH = 64;

type Value = { name: string } | { word: string } | Value[] | Dict | { opaque: true };
type Dict = Map<string, Value>;
type Token = { t: 'name'; v: string } | { t: 'word'; v: string } | { t: '<<' | '>>' | '[' | ']' | 'string' };

class Stop extends Error {
  constructor(readonly verdict: ScanVerdict) {
    super(verdict.ok ? 'ok' : verdict.reason);
  }
}
const refuse = (verdict: ScanVerdict): never => {
  throw new Stop(verdict);
};

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const isRegular = (c: number) => !WHITE.has(c) && !DELIM.has(c);

export function scanPdf(bytes: Buffer, limits: ScanLimits): ScanVerdict {
  if (bytes.length < 5 || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return { ok: false, reason: 'not_pdf' };
  const budget = { left: limits.maxTotalBytes, perStream: limits.maxStreamBytes };
  try {
    new Lexer(bytes, budget, false).scanAll();
  } catch (err) {
    if (err instanceof Stop) return err.verdict;
    throw err;
  }
  return { ok: true, decodedBytes: limits.maxTotalBytes - budget.left };
}

class Lexer {
  private pos = 0;
  private pushed: Token[] = [];

  constructor(
    private readonly b: Buffer,
    private readonly budget: { left: number; perStream: number },
    private readonly insideObjectStream: boolean,
  ) {}

  scanAll(): void {
    let lastDict: Dict | null = null;
    for (let tok = this.next(); tok; tok = this.next()) {
      if (tok.t === '<<') lastDict = this.dict(0);
      else if (tok.t === '[') this.array(0);
      else if (tok.t === 'word' && tok.v === 'stream') {
        if (this.insideObjectStream || !lastDict) refuse({ ok: false, reason: 'unsupported', what: 'stream' });
        this.stream(lastDict ?? new Map<string, Value>());
        lastDict = null;
      } else if (tok.t === 'word' && !/^[\d.+-]+$/.test(tok.v) && tok.v !== 'R') lastDict = null;
    }
  }

  private stream(dict: Dict): void {
    const b = this.b;
    if (b[this.pos] === 13) this.pos++;
    if (b[this.pos] === 10) this.pos++;
    const start = this.pos;
    const length = dict.get('Length');
    let end = -1;
    if (length && 'word' in length && /^\d+$/.test(length.word)) {
      const candidate = start + Number(length.word);
      let after = candidate;
      while (after < b.length && WHITE.has(b[after] ?? 0)) after++;
      if (b.subarray(after, after + 9).toString('latin1') === 'endstream') end = candidate;
    }
    if (end < 0) {
      end = b.indexOf('endstream', start, 'latin1');
      if (end < 0) refuse({ ok: false, reason: 'unsupported', what: 'endstream' });
      while (end > start && (b[end - 1] === 10 || b[end - 1] === 13)) end--;
    }
    this.pos = b.indexOf('endstream', end, 'latin1') + 'endstream'.length;
    const data = b.subarray(start, end);
    const raw = data.toString('latin1');
    // A reader that jumps to an xref offset would find an object hidden in what this scan took for stream data.
    // Unfiltered stream data is read as it stands; compressed data is binary, where three random bytes
    // spell "/JS" about once in 16 MB, so only hidden structure (below) is looked for there.
    if (!isImage(dict) && !dict.has('Filter')) checkNamesIn(raw);
    if (HIDDEN_STRUCTURE.test(raw)) refuse({ ok: false, reason: 'unsupported', what: 'hidden object' });
    this.decode(dict, data);
  }

  private decode(dict: Dict, data: Buffer): void {
    const filters = namesOf(dict.get('Filter'));
    if (!filters) refuse({ ok: false, reason: 'unsupported', what: 'Filter' });
    const bound = Math.min(this.budget.perStream, this.budget.left);
    const out = decodeStream(data, filters ?? [], bound);
    if (out.kind === 'too_large') refuse({ ok: false, reason: 'too_large' });
    if (out.kind === 'unsupported' || out.kind === 'broken')
      refuse({ ok: false, reason: 'unsupported', what: out.filter });
    if (out.kind !== 'decoded' && out.kind !== 'image') return;
    this.budget.left -= out.bytes.length;
    const type = dict.get('Type');
    const packed = (type !== undefined && 'name' in type && type.name === 'ObjStm') || dict.has('First');
    if (packed && out.kind === 'decoded') {
      // Packed objects (pdf.js takes any stream with /First and /N as such, whatever its /Type): their names are
      // read like the body's. A predictor would scramble them, so none is accepted.
      if (dict.has('DecodeParms')) refuse({ ok: false, reason: 'unsupported', what: 'DecodeParms' });
      new Lexer(out.bytes, this.budget, true).scanAll();
    }
  }

  private dict(depth: number): Dict {
    if (depth > MAX_DEPTH) refuse({ ok: false, reason: 'unsupported', what: 'depth' });
    const dict: Dict = new Map();
    for (let tok = this.next(); tok && tok.t !== '>>'; tok = this.next()) {
      if (tok.t !== 'name') continue; // a stray value where a key belongs: skip it as readers do
      dict.set(tok.v, this.value(depth));
    }
    return dict;
  }

  private array(depth: number): Value[] {
    if (depth > MAX_DEPTH) refuse({ ok: false, reason: 'unsupported', what: 'depth' });
    const items: Value[] = [];
    for (let tok = this.next(); tok && tok.t !== ']'; tok = this.next()) items.push(this.valueOf(tok, depth));
    return items;
  }

  private value(depth: number): Value {
    const tok = this.next();
    if (!tok) return { opaque: true };
    const v = this.valueOf(tok, depth);
    // `12 0 R` is a reference: mark it so a Length or Filter given indirectly is not taken for a number.
    if ('word' in v && /^\d+$/.test(v.word)) {
      const gen = this.next();
      const r = gen?.t === 'word' && /^\d+$/.test(gen.v) ? this.next() : undefined;
      if (gen && r?.t === 'word' && r.v === 'R') return { opaque: true };
      if (r) this.pushed.push(r);
      if (gen) this.pushed.push(gen);
    }
    return v;
  }

  private valueOf(tok: Token, depth: number): Value {
    switch (tok.t) {
      case '<<':
        return this.dict(depth + 1);
      case '[':
        return this.array(depth + 1);
      case 'name':
        return { name: tok.v };
      case 'word':
        return { word: tok.v };
      case ']':
      case '>>':
      case 'string':
        return { opaque: true };
    }
  }

  private next(): Token | null {
    const pushed = this.pushed.pop();
    if (pushed) return pushed;
    const b = this.b;
    while (this.pos < b.length) {
      const c = b[this.pos] ?? 0;
      if (WHITE.has(c)) {
        this.pos++;
      } else if (c === 0x25) {
        const start = this.pos;
        while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
        checkNamesIn(b.toString('latin1', start, this.pos));
      } else {
        break;
      }
    }
    if (this.pos >= b.length) return null;
    const c = b[this.pos] ?? 0;
    const d = b[this.pos + 1];
    if (c === 0x3c && d === 0x3c) return this.advance(2, { t: '<<' });
    if (c === 0x3e && d === 0x3e) return this.advance(2, { t: '>>' });
    if (c === 0x5b) return this.advance(1, { t: '[' });
    if (c === 0x5d) return this.advance(1, { t: ']' });
    if (c === 0x28) return this.literalString();
    if (c === 0x3c) {
      const close = b.indexOf(0x3e, this.pos);
      const end = close < 0 ? b.length : close + 1;
      checkNamesIn(b.toString('latin1', this.pos, end));
      this.pos = end;
      return { t: 'string' };
    }
    if (c === 0x2f) return this.name();
    if (!isRegular(c)) return this.advance(1, { t: 'word', v: String.fromCharCode(c) });
    const start = this.pos;
    while (this.pos < b.length && isRegular(b[this.pos] ?? 0)) this.pos++;
    return { t: 'word', v: b.toString('latin1', start, this.pos) };
  }

  private advance(n: number, tok: Token): Token {
    this.pos += n;
    return tok;
  }

  private literalString(): Token {
    const b = this.b;
    const start = this.pos;
    let depth = 0;
    for (; this.pos < b.length; this.pos++) {
      const c = b[this.pos];
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
    }
    this.pos++;
    checkNamesIn(b.toString('latin1', start, this.pos));
    return { t: 'string' };
  }

  private name(): Token {
    const b = this.b;
    const start = ++this.pos;
    while (this.pos < b.length && isRegular(b[this.pos] ?? 0)) this.pos++;
    return { t: 'name', v: checkName(b.toString('latin1', start, this.pos)) };
  }
}

/**
 * PDF's own separators: its six white-space bytes (NUL and form feed among them, which JS `\s` misses)
 * and comments, which run to the end of their line – so a comment separates only up to its line break.
 */
const SEP = String.raw`(?:[\0\t\n\f\r ]|%[^\r\n]*[\r\n])`;
/** `N G obj`, a trailer or an xref table: structure a reader may jump to by offset. */
const HIDDEN_STRUCTURE = new RegExp(
  String.raw`\d${SEP}+\d+${SEP}+obj(?![A-Za-z0-9])|trailer${SEP}*<<|(?<![A-Za-z0-9])xref${SEP}`,
);

/** An image's bytes are pixels, not PDF syntax: a name in them means nothing to a reader. */
function isImage(dict: Dict): boolean {
  const subtype = dict.get('Subtype');
  return subtype !== undefined && 'name' in subtype && subtype.name === 'Image';
}

function checkName(raw: string): string {
  const v = raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  if (DENIED_NAMES.has(v)) refuse({ ok: false, reason: 'active_content', name: v });
  if (v === 'Encrypt') refuse({ ok: false, reason: 'unsupported', what: 'Encrypt' });
  return v;
}

/**
 * Comments and strings are skipped by a reader that walks the file, but one
 * that jumps to an xref offset can land inside them: their names count too.
 */
function checkNamesIn(text: string): void {
  for (const m of text.matchAll(/\/([^\0\t\n\f\r ()<>[\]{}/%]*)/g)) checkName(m[1] ?? '');
}

/** A /Filter value as a list of filter names; null when it is not given directly. */
function namesOf(v: Value | undefined): string[] | null {
  if (v === undefined) return [];
  if ('name' in v) return [v.name];
  if (Array.isArray(v)) {
    const names = v.map((item) => ('name' in item ? item.name : null));
    return names.every((n): n is string => n !== null) ? names : null;
  }
  return null;
}
