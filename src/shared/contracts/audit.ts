import { z } from 'zod';
import { MunicipalityCode, Uuid } from './common.js';
import { IsoDate } from './dates.js';
import { OpaqueKey } from './text.js';

export const AuditEntry = z.object({
  chain: z.string(),
  seq: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * Where a page of the audit log starts: the last entry of the previous page as
 * `<occurred_at in UTC with microseconds>_<chain>_<seq>`, e.g.
 * `2026-12-04T14:00:53.123456Z_access_1234`. The log is listed newest first in the order
 * (occurred_at, chain, seq), which is unique and never changes, so paging by it returns
 * every entry once even while new entries arrive. Take it from `page.nextCursor`.
 */
export const AUDIT_CURSOR_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)_(access|change|auth)_(\d{1,18})$/;
const CURSOR_MESSAGE = 'Ugyldig markør: brug page.nextCursor fra den forrige side';
export const AuditCursor = z
  .string()
  .regex(AUDIT_CURSOR_PATTERN, CURSOR_MESSAGE)
  // A real time (no 13th month); a cursor of the wrong shape is already reported by the pattern.
  .refine((v) => {
    const ms = `${v.slice(0, 23)}Z`;
    return !AUDIT_CURSOR_PATTERN.test(v) || (!Number.isNaN(Date.parse(ms)) && new Date(ms).toISOString() === ms);
  }, CURSOR_MESSAGE);

export const ListAuditQuery = z
  .object({
    /** Omitted: the newest entries. */
    cursor: AuditCursor.optional(),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
    from: IsoDate().optional(),
    to: IsoDate().optional(),
    action: OpaqueKey(60).optional(),
    actorUserId: Uuid.optional(),
    entityId: OpaqueKey(60).optional(),
    municipality: MunicipalityCode.optional(),
  })
  .strict();

/** No total: counting millions of entries is what made the page slow (ADR 15). */
export const ListAuditResponse = z.object({
  items: z.array(AuditEntry),
  page: z.object({ pageSize: z.number().int(), hasMore: z.boolean(), nextCursor: z.string().nullable() }),
});
