import { Confirmed } from './confirmation.js';
import { z } from 'zod';
import { Text, Uuid, Version } from './common.js';
import { KeysetPage, KeysetQuery } from './paging.js';
import { IsoDate, IsoDateTime } from './dates.js';
import { ROUND_LIMITS } from './field-limits.js';
import { MultiLineText, tooLong } from './text.js';
import { SelectionRules } from './selection.js';

/** A criterion or requirement; `subject` names it in the message when it is too long. */
const RoundTextOf = (subject: string) =>
  z.strictObject({
    key: z.string().regex(/^[a-z_]{1,40}$/),
    text: MultiLineText(ROUND_LIMITS.text, tooLong(subject)).min(1),
  });

const three = (what: string, subject: string) =>
  z.array(RoundTextOf(subject)).length(3, `Der skal være præcis tre ${what}`);

const RoundFields = {
  name: Text(ROUND_LIMITS.name, tooLong('Navnet')),
  courseStart: IsoDate(),
  courseEnd: IsoDate(),
  /** A point in time with its offset, e.g. 2027-02-01T12:00:00+01:00 (Danish time). */
  deadline: IsoDateTime('Fristen skal være et tidspunkt med tidszone (ÅÅÅÅ-MM-DDTtt:mm+01:00)'),
  capacity: z.number().int().min(1).max(20),
  criteria: three('tildelingskriterier', 'Tildelingskriteriet'),
  requirements: three('krav', 'Kravet'),
  balanceRules: SelectionRules,
};

const periodInOrder = (r: { courseStart?: string | undefined; courseEnd?: string | undefined }) =>
  !r.courseStart || !r.courseEnd || r.courseEnd > r.courseStart;
const periodMessage = { message: 'Forløbet skal slutte efter, at det begynder', path: ['courseEnd'] };

export const CreateRoundRequest = z.strictObject(RoundFields).refine(periodInOrder, periodMessage);

export const UpdateRoundRequest = z
  .strictObject({
    version: Version,
    ...z.object(RoundFields).partial().shape,
    /** Needed to move an open round's deadline into the past (it closes the round for every municipality). */
    confirmed: Confirmed,
  })
  .refine(periodInOrder, periodMessage);

export const SetAssessorsRequest = z.strictObject({ userIds: z.array(Uuid).max(50) });

export const Round = z.object({
  id: z.string(),
  name: z.string(),
  courseStart: z.string(),
  courseEnd: z.string(),
  deadline: z.string(),
  capacity: z.number().int(),
  criteria: z.array(z.object({ key: z.string(), text: z.string() })),
  requirements: z.array(z.object({ key: z.string(), text: z.string() })),
  balanceRules: SelectionRules,
  /** open until the deadline has passed. */
  status: z.enum(['open', 'closed']),
  version: z.number().int(),
  /** Only for those who manage rounds. */
  assessors: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })).optional(),
});
export type Round = z.infer<typeof Round>;

/** One row of the rounds list: what the list shows (read the round for criteria, rules and assessors). */
export const RoundListItem = z.object({
  id: z.string(),
  name: z.string(),
  courseStart: z.string(),
  courseEnd: z.string(),
  deadline: z.string(),
  capacity: z.number().int(),
  status: z.enum(['open', 'closed']),
});
export type RoundListItem = z.infer<typeof RoundListItem>;

/** Newest course period first: sort key [courseStart, id]. */
export const ListRoundsQuery = KeysetQuery('rounds', z.tuple([z.iso.date(), Uuid])).strict();
export const ListRoundsResponse = KeysetPage(RoundListItem);
export type ListRoundsResponse = z.infer<typeof ListRoundsResponse>;
export const RoundIdParams = z.strictObject({ id: Uuid });
