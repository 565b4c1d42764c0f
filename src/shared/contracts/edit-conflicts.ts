import { z } from 'zod';

/**
 * A save that was refused because someone else saved first, kept for the
 * user to choose from (minutes, self-analysis, change model). `content` has
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
