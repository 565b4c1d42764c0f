import { z } from 'zod';
import { ROLES } from '../roles.js';
import { MunicipalityCode, Uuid } from './common.js';

/**
 * "Hvem kan se dette?" (issue 10 point 2, ADR 21): who reads a record and why,
 * as the access module's rules answer it. A self-analysis and a change model
 * belong to one course and are named by the course's id, as in their routes
 * and the audit log.
 */
export const RECORD_KINDS = ['course', 'meeting', 'application', 'self_analysis', 'change_model'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const ASSIGNMENTS = [
  'course_consultant',
  'round_assessor',
  'working_group',
  'course_institution',
  'institution',
] as const;

export const ListReadersQuery = z.strictObject({
  kind: z.enum(RECORD_KINDS, 'Vælg en af: course, meeting, application, self_analysis, change_model'),
  id: Uuid,
});
export type ListReadersQuery = z.infer<typeof ListReadersQuery>;

/** Why a person reads the record: a code and its parameters; the client words it. */
export const ReaderReason = z.discriminatedUnion('via', [
  z.strictObject({ via: z.literal('role'), role: z.enum(ROLES) }),
  z.strictObject({
    via: z.literal('municipality'),
    role: z.enum(ROLES),
    municipalityCode: MunicipalityCode,
    municipalityName: z.string(),
  }),
  z.strictObject({ via: z.literal('assignment'), role: z.enum(ROLES), assignment: z.enum(ASSIGNMENTS) }),
  z.strictObject({ via: z.literal('invitation'), role: z.enum(ROLES), meetingId: Uuid }),
]);
export type ReaderReason = z.infer<typeof ReaderReason>;

export const Reader = z.strictObject({
  userId: Uuid,
  name: z.string(),
  email: z.string(),
  /** One per role of the person that reads the record (a person may hold several). */
  reasons: z.array(ReaderReason).min(1),
});
export type Reader = z.infer<typeof Reader>;

export const ListReadersResponse = z.strictObject({
  kind: z.enum(RECORD_KINDS),
  id: Uuid,
  /** Roles that read every such record by the role alone (the agency's admins): counted, not named. */
  counted: z.array(z.strictObject({ role: z.enum(ROLES), count: z.number().int().min(1) })),
  /** The named readers, by name; at most READERS_NAMED. */
  readers: z.array(Reader),
  /** How many more named readers there are beyond the list. */
  more: z.number().int().min(0),
});
export type ListReadersResponse = z.infer<typeof ListReadersResponse>;

/** At most this many people are named; the rest are counted in `more`. */
export const READERS_NAMED = 200;
