import { z } from 'zod';
import { Uuid } from './common.js';
import { IsoDate as StrictDate } from './dates.js';
import { keptEdit } from './edit-conflicts.js';
import { MultiLineText, SingleLineText } from './text.js';

/**
 * The course's change model (forandringsmodel, issue 4 point 7): the steering
 * tool of the course. Problem and target group are texts; activities,
 * outputs, short- and long-term outcomes and assumptions are lists of items
 * with stable ids (so versions compare item by item and indicators can point
 * at an outcome); indicators carry a stable key that their measurements use.
 * Every saved version is kept; the highest is current.
 */
export const LIMITS = {
  text: 2000,
  item: 500,
  items: 20,
  indicators: 30,
  name: 200,
  dataSource: 300,
  unit: 40,
  when: 300,
  dates: 12,
  note: 500,
  /** Versions listed with the model (newest first); older ones by number. */
  versionsListed: 50,
  /** Measurements listed per indicator (newest first). */
  measurementsListed: 50,
  /** |value| of baselines, targets and measurements. */
  magnitude: 1_000_000_000,
} as const;

/** Sections that are lists of items, in the order of the model (and the diagram). */
export const ITEM_SECTIONS = ['activities', 'outputs', 'shortTermOutcomes', 'longTermOutcomes', 'assumptions'] as const;
export type ItemSection = (typeof ITEM_SECTIONS)[number];
export const TEXT_SECTIONS = ['problem', 'targetGroup'] as const;
export type TextSection = (typeof TEXT_SECTIONS)[number];

// Texts refuse control characters, unpaired surrogates and (single-line) line breaks: contracts/text.ts, ADR 13.
/** Free text that may be empty (problem, target group, notes: several lines). */
const Optional = (max: number) => MultiLineText(max, `Højst ${max} tegn`);
/** Free text that must be filled in (items: several lines). */
const Required = (max: number) => Optional(max).refine((s) => s.length > 0, 'Feltet må ikke være tomt');
/** A one-line text that may be empty (an indicator's data source, unit, when). */
const OptionalLine = (max: number) => SingleLineText(max, `Højst ${max} tegn`);
/** A one-line text that must be filled in (an indicator's name). */
const RequiredLine = (max: number) => OptionalLine(max).refine((s) => s.length > 0, 'Feltet må ikke være tomt');

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ItemId = z
  .string()
  .max(40, 'Højst 40 tegn')
  .regex(SLUG, 'Id må kun indeholde små bogstaver, tal og enkelte bindestreger');
export const IndicatorKey = z
  .string()
  .max(40, 'Nøglen må højst have 40 tegn')
  .regex(SLUG, 'Nøglen må kun indeholde små bogstaver, tal og enkelte bindestreger');

const magnitudeMessage = 'Tallet skal ligge mellem −1.000.000.000 og 1.000.000.000';
const Num = z
  .number({ error: (issue) => (issue.input === undefined ? undefined : 'Skriv et tal') })
  .min(-LIMITS.magnitude, magnitudeMessage)
  .max(LIMITS.magnitude, magnitudeMessage);
export const IsoDate = StrictDate('Skriv en gyldig dato (ÅÅÅÅ-MM-DD)');

export const ChangeModelItem = z.strictObject({ id: ItemId, text: Required(LIMITS.item) });
export type ChangeModelItem = z.infer<typeof ChangeModelItem>;

const Items = z.array(ChangeModelItem).max(LIMITS.items, `Højst ${LIMITS.items} punkter`);

export const Indicator = z.strictObject({
  /** Stable: measurements are recorded under it. */
  key: IndicatorKey,
  name: RequiredLine(LIMITS.name),
  /** The short- or long-term outcome it measures (an item id), or none yet. */
  outcomeId: ItemId.nullable(),
  dataSource: OptionalLine(LIMITS.dataSource),
  baseline: Num.nullable(),
  target: Num.nullable(),
  unit: OptionalLine(LIMITS.unit),
  /** When it is measured: in words, and the planned dates (they make a measurement due). */
  measuredWhen: z.strictObject({
    text: OptionalLine(LIMITS.when),
    dates: z.array(IsoDate).max(LIMITS.dates, `Højst ${LIMITS.dates} datoer`),
  }),
});
export type Indicator = z.infer<typeof Indicator>;

export const ChangeModelContent = z.strictObject({
  problem: Optional(LIMITS.text),
  targetGroup: Optional(LIMITS.text),
  activities: Items,
  outputs: Items,
  shortTermOutcomes: Items,
  longTermOutcomes: Items,
  assumptions: Items,
  indicators: z.array(Indicator).max(LIMITS.indicators, `Højst ${LIMITS.indicators} indikatorer`),
});
export type ChangeModelContent = z.infer<typeof ChangeModelContent>;

export const EMPTY_CHANGE_MODEL: ChangeModelContent = {
  problem: '',
  targetGroup: '',
  activities: [],
  outputs: [],
  shortTermOutcomes: [],
  longTermOutcomes: [],
  assumptions: [],
  indicators: [],
};

/** A save refused because someone else saved first: the content and the note, kept. */
export const KeptChangeModel = z.object({ model: ChangeModelContent, note: z.string() });
export type KeptChangeModel = z.infer<typeof KeptChangeModel>;
export const ChangeModelConflict = keptEdit(KeptChangeModel);
export type ChangeModelConflict = z.infer<typeof ChangeModelConflict>;

export const ChangeModelVersionSummary = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string(),
  note: z.string(),
});
export type ChangeModelVersionSummary = z.infer<typeof ChangeModelVersionSummary>;

export const ChangeModelVersion = ChangeModelVersionSummary.extend({
  courseId: z.string(),
  content: ChangeModelContent,
});
export type ChangeModelVersion = z.infer<typeof ChangeModelVersion>;

export const Measurement = z.object({
  id: z.string(),
  indicatorKey: z.string(),
  measuredOn: z.string(),
  value: z.number(),
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  /** Whether the caller may delete it (the one who recorded it, or a writer of the model). */
  deletable: z.boolean(),
});
export type Measurement = z.infer<typeof Measurement>;

/** An indicator's progress: the latest measurement against baseline and target. */
export const IndicatorProgress = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  latest: z.object({ value: z.number(), measuredOn: z.string() }).nullable(),
  /**
   * How far the latest value has come from the baseline towards the target, in
   * per cent (one decimal): 0 at the baseline, 100 at the target, above 100
   * beyond it, negative when it moved away. Works the same for a target below
   * the baseline. Null without baseline, target or measurement.
   */
  progressPercent: z.number().nullable(),
  /** A planned measurement date has passed with no measurement for it. */
  due: z.boolean(),
});
export type IndicatorProgress = z.infer<typeof IndicatorProgress>;

export const IndicatorWithMeasurements = IndicatorProgress.extend({
  measurements: z.array(Measurement),
  measurementCount: z.number().int(),
});
export type IndicatorWithMeasurements = z.infer<typeof IndicatorWithMeasurements>;

export const ChangeModel = z.object({
  courseId: z.string(),
  /** 0 while nothing has been saved (the content is then empty). */
  version: z.number().int(),
  content: ChangeModelContent,
  note: z.string(),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
  versions: z.object({ total: z.number().int(), items: z.array(ChangeModelVersionSummary) }),
  indicators: z.array(IndicatorWithMeasurements),
  conflicts: z.array(ChangeModelConflict),
  allowed: z.object({ edit: z.boolean(), measure: z.boolean() }),
});
export type ChangeModel = z.infer<typeof ChangeModel>;

// ── Comparison ────────────────────────────────────────────────────────────
/** A text's changes word by word: unchanged, added and removed runs in order. */
export const TextDiff = z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() }));
export type TextDiff = z.infer<typeof TextDiff>;

export const TextChange = z.object({
  section: z.enum(TEXT_SECTIONS),
  before: z.string(),
  after: z.string(),
  diff: TextDiff,
});

export const ItemChange = z.object({
  kind: z.enum(['added', 'removed', 'changed', 'moved']),
  id: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** Word by word, for a changed text. */
  diff: TextDiff.nullable(),
  /** 1-based positions in the section. */
  fromPosition: z.number().int().nullable(),
  toPosition: z.number().int().nullable(),
});
export type ItemChange = z.infer<typeof ItemChange>;

export const INDICATOR_FIELDS = [
  'name',
  'outcome',
  'dataSource',
  'baseline',
  'target',
  'unit',
  'whenText',
  'whenDates',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];
/** Numbers for baseline/target, ISO dates for whenDates, the outcome's text for outcome; null = none. */
const FieldValue = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);
export const IndicatorChange = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  key: z.string(),
  name: z.string(),
  fields: z.array(z.object({ field: z.enum(INDICATOR_FIELDS), before: FieldValue, after: FieldValue })),
});
export type IndicatorChange = z.infer<typeof IndicatorChange>;

export const ChangeModelComparison = z.object({
  from: ChangeModelVersionSummary,
  to: ChangeModelVersionSummary,
  texts: z.array(TextChange),
  sections: z.array(z.object({ section: z.enum(ITEM_SECTIONS), changes: z.array(ItemChange) })),
  indicators: z.array(IndicatorChange),
  changeCount: z.number().int(),
});
export type ChangeModelComparison = z.infer<typeof ChangeModelComparison>;

// ── Requests ──────────────────────────────────────────────────────────────
const VersionNumber = z.coerce
  .number({ error: 'Versionen skal være et helt tal' })
  .int('Versionen skal være et helt tal')
  .min(1, 'Versionen skal være 1 eller derover')
  .max(1_000_000, 'Versionen findes ikke');

export const SaveChangeModelRequest = z.strictObject({
  /** The version the edit started from (0 when nothing was saved yet). */
  baseVersion: z.number().int('Versionen skal være et helt tal').min(0).max(1_000_000),
  content: ChangeModelContent,
  note: Optional(LIMITS.note).default(''),
});
export type SaveChangeModelRequest = z.infer<typeof SaveChangeModelRequest>;

export const RecordMeasurementRequest = z.strictObject({
  measuredOn: IsoDate,
  value: Num,
  note: Optional(LIMITS.note).default(''),
});
export type RecordMeasurementRequest = z.infer<typeof RecordMeasurementRequest>;

export const ChangeModelParams = z.strictObject({ id: Uuid });
export const ChangeModelVersionParams = z.strictObject({ id: Uuid, version: VersionNumber });
export const CompareChangeModelQuery = z.strictObject({ from: VersionNumber, to: VersionNumber });
export const DiagramQuery = z.strictObject({ version: VersionNumber.optional() });
export const IndicatorParams = z.strictObject({ id: Uuid, key: IndicatorKey });
export const MeasurementParams = z.strictObject({ id: Uuid, key: IndicatorKey, measurementId: Uuid });
