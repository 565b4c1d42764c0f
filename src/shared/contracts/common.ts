import { z } from 'zod';
import { VersionConflict } from './edit-conflicts.js';
import { SingleLineText, type MaxMessage } from './text.js';

export const Uuid = z.uuid();
export const MunicipalityCode = z.string().regex(/^\d{4}$/, 'Kommunekoden skal være fire cifre');

/** Trimmed, non-empty one-line text of bounded length (no control characters, ADR 13). Stored as text; rendered escaped. */
export const Text = (max: number, maxMessage?: MaxMessage) => SingleLineText(max, maxMessage).min(1);

/** The version an editor started from (a stale one gets 409); bounded like the integer column that holds it. */
const INT4_MAX = 2_147_483_647;
export const Version = z.number().int().min(1).max(INT4_MAX, 'Versionsnummeret er for stort');
/** The version an edit started from, 0 before the first save. */
export const BaseVersion = z.number().int().min(0).max(INT4_MAX, 'Versionsnummeret er for stort');

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const PageMeta = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

/** RFC 9457 problem details, with a stable `code` for programs and Danish text for people. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  correlationId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  /** On a save refused by `version_conflict`: the kept version's id and what was saved first (ADR 22). */
  conflict: VersionConflict.optional(),
});
export type Problem = z.infer<typeof Problem>;

export const OkResponse = z.object({ ok: z.literal(true) });
