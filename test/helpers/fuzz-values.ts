import fc from 'fast-check';
import { typesOf, type JsonSchema } from './fuzz-openapi.js';

/** A hostile value for one place in a request, and whether the contract must refuse it (else it may pass). */
export interface Hostile {
  value: unknown;
  mustRefuse: boolean;
}

/** Code units that have broken or may break something: NUL, C0, DEL, C1, noncharacters, lone surrogates, tab and line breaks, bidi override, an emoji (a valid pair). */
const SPICY = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\t',
  '\n',
  '\r',
  '\u2028',
  '\u202e',
  '😀',
];
const PLAIN = ['a', 'Æ', 'ø', ' ', '-', '1', "'", '<', '%'];

/**
 * The oracle, written apart from the code under test: a text must be refused
 * when it holds a control character other than tab and line breaks, a
 * noncharacter U+FFFE/U+FFFF, or a UTF-16 surrogate without its partner.
 */
export function mustRefuseText(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c <= 0x1f && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    if ((c >= 0x7f && c <= 0x9f) || c === 0xfffe || c === 0xffff) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i += 1;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

const spicyText = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 2, arbitrary: fc.constantFrom(...SPICY) }),
    { minLength: 1, maxLength: 12 },
  )
  .map((units) => units.join(''));

export const MALFORMED_DATES = [
  '../../etc/passwd',
  '2027-02-30',
  '2027-13-45',
  '2027-2-3',
  '0000-01-01',
  '99999-01-01',
  '2027-09-01T25:00:00Z',
  '',
  ' 2027-09-01',
  '2027-09-01\u0000',
  '1e308',
];
const EDGE_DATES = ['1900-01-01', '2100-12-31', '2028-02-29'];
const EDGE_DATE_TIMES = ['2027-09-01T10:00:00Z', '2100-12-31T23:59:59.999+14:00'];
const HUGE = [1e308, -1e308, 2 ** 53, 2 ** 31, -(2 ** 31) - 1, 1e20, 0.5, -1, 0, 5e-324];

const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function outOfBounds(n: number, s: JsonSchema): boolean {
  if (s.type === 'integer' && !Number.isSafeInteger(n)) return true;
  return (
    (s.minimum !== undefined && n < s.minimum) ||
    (s.maximum !== undefined && n > s.maximum) ||
    (s.exclusiveMinimum !== undefined && n <= s.exclusiveMinimum)
  );
}

const stringSchemaOf = (s: JsonSchema): JsonSchema | undefined =>
  (s.anyOf ?? s.oneOf ?? [s]).find((a) => typesOf(a).includes('string'));
const numberSchemaOf = (s: JsonSchema): JsonSchema | undefined =>
  (s.anyOf ?? s.oneOf ?? [s]).find((a) => a.type === 'number' || a.type === 'integer');

/** Hostile values for a place in a JSON body. */
export function hostileFor(schema: JsonSchema): fc.Arbitrary<Hostile> {
  const types = typesOf(schema);
  const options: fc.Arbitrary<Hostile>[] = [
    fc
      .constantFrom<unknown>(null, true, 0, 'x', {}, [], { nested: ['\u0000'] })
      .map((value) => ({ value, mustRefuse: !types.includes(jsonType(value)) })),
  ];
  const str = stringSchemaOf(schema);
  if (str && !str.enum && str.const === undefined) {
    options.push(spicyText.map((value) => ({ value, mustRefuse: mustRefuseText(value) })));
    if (str.format === 'date' || str.format === 'date-time') {
      // '' is no date, but a draft's date may be left empty (a union with the literal '').
      const mayBeEmpty = (schema.anyOf ?? schema.oneOf ?? []).some((a) => a.const === '' || a.enum?.includes(''));
      options.push(
        fc.constantFrom(...MALFORMED_DATES).map((value) => ({ value, mustRefuse: !(value === '' && mayBeEmpty) })),
      );
      options.push(
        fc
          .constantFrom(...(str.format === 'date' ? EDGE_DATES : EDGE_DATE_TIMES))
          .map((value) => ({ value, mustRefuse: false })),
      );
    }
    if (str.maxLength !== undefined)
      options.push(fc.constant({ value: 'x'.repeat(str.maxLength + 1) + ' y', mustRefuse: true }));
  }
  const num = numberSchemaOf(schema);
  if (num) options.push(fc.constantFrom(...HUGE).map((value) => ({ value, mustRefuse: outOfBounds(value, num) })));
  if (types.includes('object') && schema.additionalProperties === false) {
    options.push(fc.constant({ value: { unbekannt: '\u0000' }, mustRefuse: true }));
  }
  return fc.oneof(...options);
}

const encodable = (s: string) => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};

/**
 * Hostile values for a query parameter, already percent-encoded. Lone surrogates
 * cannot be written in UTF-8, so their bytes and other broken sequences go in raw.
 */
export function hostileQuery(name: string, schema: JsonSchema): fc.Arbitrary<{ query: string; mustRefuse: boolean }> {
  const enc = (v: string) => `${name}=${encodeURIComponent(v)}`;
  const options: fc.Arbitrary<{ query: string; mustRefuse: boolean }>[] = [
    fc
      .constantFrom('%ED%A0%80', '%FF', '%C0%80', '%E2%80', 'a%00b', '%1B%5B31m')
      .map((raw) => ({ query: `${name}=${raw}`, mustRefuse: raw.includes('%00') || raw.includes('%1B') })),
    fc.constant({ query: `${name}=a&${name}=b`, mustRefuse: true }),
    spicyText.filter(encodable).map((s) => ({ query: enc(s), mustRefuse: mustRefuseText(s) })),
  ];
  if (schema.format === 'date')
    options.push(fc.constantFrom(...MALFORMED_DATES).map((v) => ({ query: enc(v), mustRefuse: true })));
  if (schema.type === 'integer' || schema.type === 'number') {
    options.push(
      fc.constantFrom('1e308', '-1', '99999999999999999999', 'NaN', 'Infinity', '1.5', '0x10', '').map((v) => ({
        query: enc(v),
        mustRefuse: ['1e308', '-1', '99999999999999999999', 'NaN', 'Infinity', '1.5'].includes(v),
      })),
    );
  }
  return fc.oneof(...options);
}

/** Hostile path parameters, percent-encoded: NUL, traversal, broken UTF-8, very long. */
export const HOSTILE_PATH_PARAMS = [
  '%00',
  'a%00b',
  '..%2F..%2Fetc%2Fpasswd',
  '%ED%A0%80',
  '%FF',
  'x'.repeat(300),
  '1e308',
  '-1',
];
