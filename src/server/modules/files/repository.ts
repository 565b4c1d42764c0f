import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { files, users } from '../../db/schema.js';

export type FileRow = typeof files.$inferSelect;

export async function insertFile(q: Queryable, values: typeof files.$inferInsert): Promise<FileRow> {
  const [row] = await q.insert(files).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findFile(q: Queryable, id: string): Promise<(FileRow & { uploadedByName: string }) | null> {
  const [row] = await q
    .select({ file: files, uploadedByName: users.name })
    .from(files)
    .innerJoin(users, eq(users.id, files.uploadedBy))
    .where(eq(files.id, id));
  return row ? { ...row.file, uploadedByName: row.uploadedByName } : null;
}
