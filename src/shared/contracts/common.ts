import { z } from 'zod';

export const Uuid = z.uuid();
export const MunicipalityCode = z.string().regex(/^\d{4}$/, 'Kommunekoden skal være fire cifre');

/** Trimmed, non-empty free text of bounded length. Stored as text; rendered escaped. */
export const Text = (max: number) => z.string().trim().min(1).max(max);

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
});
export type Problem = z.infer<typeof Problem>;

export const OkResponse = z.object({ ok: z.literal(true) });
