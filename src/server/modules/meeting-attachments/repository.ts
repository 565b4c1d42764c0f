import { asc, count, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { meetingAttachments } from '../../db/schema-course-work.js';
import { files, users } from '../../db/schema.js';

const columns = {
  id: meetingAttachments.id,
  meetingId: meetingAttachments.meetingId,
  fileId: meetingAttachments.fileId,
  title: meetingAttachments.title,
  kind: meetingAttachments.kind,
  uploadedBy: meetingAttachments.uploadedBy,
  uploadedByName: users.name,
  createdAt: meetingAttachments.createdAt,
  filename: files.filename,
  size: files.size,
};

export type AttachmentRow = Awaited<ReturnType<typeof listAttachments>>[number];

/** A meeting's attachments, oldest first (the index on meeting and time). */
export function listAttachments(q: Queryable, meetingId: string) {
  return q
    .select(columns)
    .from(meetingAttachments)
    .innerJoin(files, eq(files.id, meetingAttachments.fileId))
    .innerJoin(users, eq(users.id, meetingAttachments.uploadedBy))
    .where(eq(meetingAttachments.meetingId, meetingId))
    .orderBy(asc(meetingAttachments.createdAt), asc(meetingAttachments.id));
}

/** One attachment with its meeting's id (whoever asks must then read the meeting), or null. */
export async function findAttachment(q: Queryable, id: string): Promise<AttachmentRow | null> {
  const [row] = await q
    .select(columns)
    .from(meetingAttachments)
    .innerJoin(files, eq(files.id, meetingAttachments.fileId))
    .innerJoin(users, eq(users.id, meetingAttachments.uploadedBy))
    .where(eq(meetingAttachments.id, id));
  return row ?? null;
}

export async function countAttachments(q: Queryable, meetingId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(meetingAttachments)
    .where(eq(meetingAttachments.meetingId, meetingId));
  return row?.n ?? 0;
}

export async function insertAttachment(q: Queryable, values: typeof meetingAttachments.$inferInsert): Promise<string> {
  const [row] = await q.insert(meetingAttachments).values(values).returning({ id: meetingAttachments.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

/** Deletes the attachment's row; false when someone else deleted it first. */
export async function deleteAttachment(q: Queryable, id: string): Promise<boolean> {
  const rows = await q
    .delete(meetingAttachments)
    .where(eq(meetingAttachments.id, id))
    .returning({ id: meetingAttachments.id });
  return rows.length === 1;
}
