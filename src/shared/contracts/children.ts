import { z } from 'zod';
import { PageMeta, PageQuery, Text, Uuid, Version } from './common.js';
import { IsoDate } from './dates.js';
import { CHILD_LIMITS } from './field-limits.js';
import { SearchQuery, tooLong } from './text.js';

const FirstName = Text(CHILD_LIMITS.firstName, tooLong('Fornavnet'));
const LastName = Text(CHILD_LIMITS.lastName, tooLong('Efternavnet'));

const BirthDate = IsoDate('Fødselsdatoen skal være en dato (ÅÅÅÅ-MM-DD)');

export const Child = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Child = z.infer<typeof Child>;

export const ListChildrenQuery = PageQuery.extend({
  institutionId: Uuid.optional(),
  groupId: Uuid.optional(),
  q: SearchQuery.optional(),
}).strict();
/**
 * With `q`, `total` counts matches up to 1,000 (or to the end of the page asked for, if
 * further) and `totalCapped: true` means there are more than `total` ("over 1.000").
 * Without `q` the count is exact and `totalCapped` is false.
 */
export const ListChildrenResponse = z.object({
  items: z.array(Child),
  page: PageMeta.extend({ totalCapped: z.boolean() }),
});

export const ExportChildrenQuery = z.strictObject({ institutionId: Uuid });

export const CreateChildRequest = z.strictObject({
  institutionId: Uuid,
  groupId: Uuid.nullable().optional(),
  firstName: FirstName,
  lastName: LastName,
  birthDate: BirthDate,
});

export const UpdateChildRequest = z.strictObject({
  /** The version the editor started from; a stale version gets 409 instead of overwriting. */
  version: Version,
  groupId: Uuid.nullable().optional(),
  firstName: FirstName.optional(),
  lastName: LastName.optional(),
  birthDate: BirthDate.optional(),
});

export const ChildIdParams = z.strictObject({ id: Uuid });
