import { z } from 'zod';
import { OpaqueKey } from './text.js';

/**
 * Input and output of the cost estimate (issue 12, points 7–9): `indsats costs estimate`
 * now; the cost views, the Excel export and the public calculator later share them.
 * Arithmetic, units and rounding: docs/adr/0035-cost-arithmetic.md.
 */

/** The nine elements of the evaluation, numbered 1–9 in the seed's order. */
export const ELEMENT_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export const COST_PHASES = ['startup', 'running'] as const;
export type CostPhase = (typeof COST_PHASES)[number];

const MAX_LINES = 10_000;

/** "Fill in the field" when it is missing, else the field's own sentence. */
const missingOr =
  (sentence: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'Feltet skal udfyldes' : sentence;
const MAX_AMOUNT = 1e12;

const Element = z
  .number({ error: missingOr('Elementet skal være et helt tal fra 1 til 9') })
  .int({ error: 'Elementet skal være et helt tal fra 1 til 9' })
  .min(1, { error: 'Elementet skal være et helt tal fra 1 til 9' })
  .max(9, { error: 'Elementet skal være et helt tal fra 1 til 9' });
const Phase = z.enum(COST_PHASES, {
  error: missingOr('Fasen skal være "startup" (opstart) eller "running" (drift pr. år)'),
});
const Times = z
  .number({ error: 'Antal gange skal være et tal' })
  .min(0, { error: 'Antal gange må ikke være negativt' })
  .max(MAX_AMOUNT, { error: 'Antal gange er for stort' })
  .default(1);
const Substituted = z
  .number({ error: 'Andelen, der erstatter andet arbejde, skal være et tal mellem 0 og 1' })
  .min(0, { error: 'Andelen, der erstatter andet arbejde, skal være mellem 0 og 1' })
  .max(1, { error: 'Andelen, der erstatter andet arbejde, skal være mellem 0 og 1' })
  .default(0);

/** Hours of a role: costs hours × times × rates[role]. */
export const HoursLine = z.strictObject({
  element: Element,
  phase: Phase,
  kind: z.literal('hours'),
  role: OpaqueKey(100).min(1, { error: 'Angiv rollen' }),
  hours: z
    .number({ error: missingOr('Timerne skal være et tal') })
    .min(0, { error: 'Timerne må ikke være negative' })
    .max(MAX_AMOUNT, { error: 'Timerne er for mange' }),
  times: Times,
  substituted: Substituted,
});

/** Materials, kits, rent, fees in kroner: costs amount × times. */
export const MaterialsLine = z.strictObject({
  element: Element,
  phase: Phase,
  kind: z.literal('materials'),
  amount: z
    .number({ error: missingOr('Beløbet skal være et tal i kroner') })
    .min(0, { error: 'Beløbet må ikke være negativt' })
    .max(MAX_AMOUNT, { error: 'Beløbet er for stort' }),
  times: Times,
  substituted: Substituted,
});

export const CostLine = z.discriminatedUnion('kind', [HoursLine, MaterialsLine], {
  error: (issue) =>
    typeof issue.input === 'object' && issue.input !== null
      ? 'Arten (kind) skal være "hours" (timer) eller "materials" (materialer)'
      : 'Linjen skal være et objekt med element, phase og kind',
});
export type CostLine = z.infer<typeof CostLine>;
export type CostLineInput = z.input<typeof CostLine>;

/**
 * The lines, each checked on its own so that every message names its line,
 * counted from 1 as a person reads the file ("Linje 3, hours: Timerne må ikke være negative").
 */
const CostLines = z
  .array(z.unknown())
  .max(MAX_LINES)
  .transform((raw, ctx) => {
    const lines: CostLine[] = [];
    raw.forEach((value, i) => {
      const parsed = CostLine.safeParse(value);
      if (parsed.success) {
        lines.push(parsed.data);
        return;
      }
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        ctx.addIssue({
          code: 'custom',
          path: [i, ...issue.path],
          message: `Linje ${i + 1}${field ? `, ${field}` : ''}: ${issue.message}`,
        });
      }
    });
    return lines;
  });

export const CostEstimateInput = z
  .strictObject({
    horizonYears: z
      .number({ error: missingOr('Skriv antal år som et helt tal fra 1 til 10') })
      .int({ error: 'Skriv antal år som et helt tal fra 1 til 10' })
      .min(1, { error: 'Skriv antal år som et helt tal fra 1 til 10' })
      .max(10, { error: 'Skriv antal år som et helt tal fra 1 til 10' }),
    /** Kroner per hour for each role (yearly salary with pension ÷ effective working hours a year). */
    rates: z.record(
      OpaqueKey(100).min(1),
      z
        .number({ error: 'Timeprisen skal være et tal' })
        .min(0, { error: 'Timeprisen må ikke være negativ' })
        .max(MAX_AMOUNT, { error: 'Timeprisen er for stor' }),
    ),
    reach: z.strictObject({
      children: z.number().int().min(0).max(MAX_AMOUNT),
      families: z.number().int().min(0).max(MAX_AMOUNT),
    }),
    lines: CostLines,
  })
  .superRefine((input, ctx) => {
    input.lines.forEach((line, i) => {
      if (line.kind === 'hours' && !Object.hasOwn(input.rates, line.role)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'role'],
          message: `Linje ${i + 1}, role: Rollen "${line.role}" har ingen timepris i rates`,
        });
      }
    });
  });
export type CostEstimateInput = z.output<typeof CostEstimateInput>;
/** What a person writes: `times` and `substituted` may be left out. */
export type CostEstimateInputJson = Omit<z.input<typeof CostEstimateInput>, 'lines'> & { lines: CostLineInput[] };

const Kroner = z.number();

/** One element's figures, in kroner rounded to øre. */
export const ElementCost = z.object({
  element: z.number().int().min(1).max(9),
  startup: Kroner,
  runningPerYear: Kroner,
  /** startup + horizonYears × runningPerYear. */
  total: Kroner,
  /** The part of total the municipality must find: each line's cost × (1 − substituted). */
  newMoney: Kroner,
});
export type ElementCost = z.infer<typeof ElementCost>;

export const CostEstimate = z.object({
  /** Only the elements that have lines, by element number. */
  elements: z.array(ElementCost),
  startup: Kroner,
  runningPerYear: Kroner,
  total: Kroner,
  newMoney: Kroner,
  /** total ÷ children reached; null when no children are reached. */
  perChild: Kroner.nullable(),
  /** total ÷ families reached; null when no families are reached. */
  perFamily: Kroner.nullable(),
});
export type CostEstimate = z.infer<typeof CostEstimate>;
