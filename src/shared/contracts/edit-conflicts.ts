import { z } from 'zod';

/**
 * A save that was refused because someone else saved first, kept for the
 * user to choose from (application, minutes, self-analysis, change model). `content` has
 * the shape of the entity's own content schema.
 */
export function keptEdit<T extends z.ZodType>(content: T) {
  return z.object({
    id: z.string(),
    baseVersion: z.number().int(),
    savedAt: z.string(),
    savedBy: z.string(),
    content,
  });
}

export const ConflictIdParams = z.strictObject({ id: z.uuid(), conflictId: z.uuid() });

/**
 * What a 409 `version_conflict` on a save carries besides the problem (ADR 22):
 * the id of the kept (refused) version, and the version and content saved
 * first, in the shape the document is saved in – enough for the client to
 * merge the two per field and save the result on `version`.
 */
export const VersionConflict = z.object({ id: z.string(), version: z.number().int(), content: z.unknown() });
export type VersionConflict = z.infer<typeof VersionConflict>;
