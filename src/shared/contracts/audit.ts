import { z } from 'zod';
import { MunicipalityCode, PageQuery, Uuid } from './common.js';
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

export const ListAuditQuery = PageQuery.extend({
  from: IsoDate().optional(),
  to: IsoDate().optional(),
  action: OpaqueKey(60).optional(),
  actorUserId: Uuid.optional(),
  entityId: OpaqueKey(60).optional(),
  municipality: MunicipalityCode.optional(),
}).strict();

export const ListAuditResponse = z.object({
  items: z.array(AuditEntry),
  page: z.object({ page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() }),
});
