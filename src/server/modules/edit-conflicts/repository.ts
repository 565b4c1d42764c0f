import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { KEPT_VERSIONS_PER_PERSON, lockKeptVersions } from '../../db/kept-versions.js';
import type { EDIT_KINDS } from '../../db/schema-course-work.js';
import { editConflicts } from '../../db/schema-course-work.js';
import { users } from '../../db/schema.js';

/**
 * Saves refused because someone else saved first (application, minutes,
 * self-analysis, change model): kept until the user picks a version, then deleted; at most
 * KEPT_VERSIONS_PER_PERSON per document and person, the newest. The
 * module that owns the content validates it before keeping and after reading.
 */
export type EditKind = (typeof EDIT_KINDS)[number];

export interface KeptEdit {
  /** None for an application (it has no course yet). */
  courseId: string | null;
  kind: EditKind;
  entityId: string;
  baseVersion: number;
  content: unknown;
  savedBy: string;
}

/**
 * Keeps a refused save, replacing the person's oldest kept version of the
 * same document once they have KEPT_VERSIONS_PER_PERSON: the lock, the trim
 * and the insert run in the caller's transaction, in that order.
 */
export async function keepConflictingEdit(q: Queryable, values: KeptEdit): Promise<string> {
  await lockKeptVersions(q, `${values.kind}:${values.entityId}:${values.savedBy}`);
  const own = and(
    eq(editConflicts.kind, values.kind),
    eq(editConflicts.entityId, values.entityId),
    eq(editConflicts.savedBy, values.savedBy),
  );
  const older = q
    .select({ id: editConflicts.id })
    .from(editConflicts)
    .where(own)
    .orderBy(desc(editConflicts.savedAt), desc(editConflicts.id))
    .offset(KEPT_VERSIONS_PER_PERSON - 1);
  await q.delete(editConflicts).where(inArray(editConflicts.id, older));
  const [row] = await q.insert(editConflicts).values(values).returning({ id: editConflicts.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

/** At most this many kept edits are shown at once (a few per person); putting one away reveals the next. */
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
    .where(and(eq(editConflicts.kind, kind), eq(editConflicts.entityId, entityId)))
    .orderBy(asc(editConflicts.savedAt))
    .limit(limit);
}
export type ConflictingEditRow = Awaited<ReturnType<typeof openConflictingEdits>>[number];

/** Deletes a kept edit once resolved (the audit row of the dismissal remains); false when it is not one of this entity's (→ 404). */
export async function dismissConflictingEdit(
  q: Queryable,
  kind: EditKind,
  entityId: string,
  id: string,
): Promise<boolean> {
  const rows = await q
    .delete(editConflicts)
    .where(and(eq(editConflicts.id, id), eq(editConflicts.kind, kind), eq(editConflicts.entityId, entityId)))
    .returning({ id: editConflicts.id });
  return rows.length === 1;
}
