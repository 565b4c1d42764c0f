import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import type { EDIT_KINDS } from '../../db/schema-course-work.js';
import { editConflicts } from '../../db/schema-course-work.js';
import { users } from '../../db/schema.js';

/**
 * Saves refused because someone else saved first (minutes, self-analysis,
 * change model): kept, never lost, until the user picks a version. The
 * module that owns the content validates it before keeping and after reading.
 */
export type EditKind = (typeof EDIT_KINDS)[number];

export interface KeptEdit {
  courseId: string;
  kind: EditKind;
  entityId: string;
  baseVersion: number;
  content: unknown;
  savedBy: string;
}

export async function keepConflictingEdit(q: Queryable, values: KeptEdit): Promise<string> {
  const [row] = await q.insert(editConflicts).values(values).returning({ id: editConflicts.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

/** At most this many open kept edits are shown at once; putting one away reveals the next. */
export const KEPT_EDITS_SHOWN = 20;

/** The open kept edits of one entity, oldest first, with the author's name (bounded). */
export function openConflictingEdits(q: Queryable, kind: EditKind, entityId: string, limit = KEPT_EDITS_SHOWN) {
  return q
    .select({
      id: editConflicts.id,
      baseVersion: editConflicts.baseVersion,
      savedAt: editConflicts.savedAt,
      savedBy: users.name,
      content: editConflicts.content,
    })
    .from(editConflicts)
    .innerJoin(users, eq(users.id, editConflicts.savedBy))
    .where(and(eq(editConflicts.kind, kind), eq(editConflicts.entityId, entityId), isNull(editConflicts.dismissedAt)))
    .orderBy(asc(editConflicts.savedAt))
    .limit(limit);
}
export type ConflictingEditRow = Awaited<ReturnType<typeof openConflictingEdits>>[number];

/** Puts a kept edit away; false when it is not an open edit of this entity (→ 404). */
export async function dismissConflictingEdit(q: Queryable, kind: EditKind, entityId: string, id: string): Promise<boolean> {
  const rows = await q
    .update(editConflicts)
    .set({ dismissedAt: new Date() })
    .where(and(eq(editConflicts.id, id), eq(editConflicts.kind, kind), eq(editConflicts.entityId, entityId), isNull(editConflicts.dismissedAt)))
    .returning({ id: editConflicts.id });
  return rows.length === 1;
}
