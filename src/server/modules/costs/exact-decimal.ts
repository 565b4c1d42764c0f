/**
 * Exact decimal arithmetic for the cost estimate (ADR 35): a value is `n / 10^scale` with a
 * BigInt numerator, so sums and products of the numbers a person wrote are exact –
 * 0.1 + 0.2 is 0.3 here – and the only rounding is the last step, to whole øre.
 */
export interface Decimal {
  readonly n: bigint;
  readonly scale: number;
}

const TEN = 10n;
const pow10 = (k: number): bigint => TEN ** BigInt(k);

/**
 * The decimal a JSON number stands for: JavaScript's shortest form of the double
 * ("1.5", "1e-7", "1.2e+21") read digit by digit, so 0.1 is exactly one tenth.
 */
export function decimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`Ikke et endeligt tal: ${x}`);
  const [mantissa = '0', exponent = '0'] = x.toString().toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  let n = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    n *= pow10(-scale);
    scale = 0;
  }
  return { n: negative ? -n : n, scale };
}

export const ZERO: Decimal = { n: 0n, scale: 0 };
export const ONE: Decimal = { n: 1n, scale: 0 };

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * pow10(scale - a.scale), b.n * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { n: x + y, scale };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { n: x - y, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { n: a.n * b.n, scale: a.scale + b.scale };
}

/**
 * `value ÷ divisor` in kroner, rounded to whole øre half away from zero, as a number
 * with at most two decimals (the double nearest to that many øre ÷ 100, which prints as
 * exactly those digits). The one place where the estimate rounds.
 */
export function toKroner(value: Decimal, divisor = 1n): number {
  const numerator = value.n * 100n;
  const denominator = pow10(value.scale) * divisor;
  const negative = numerator < 0n !== denominator < 0n;
  const num = numerator < 0n ? -numerator : numerator;
  const den = denominator < 0n ? -denominator : denominator;
  let ore = num / den;
  if ((num % den) * 2n >= den) ore += 1n;
  const kroner = Number(ore) / 100;
  return negative && ore !== 0n ? -kroner : kroner;
}
