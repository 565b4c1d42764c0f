import { isGuest } from '../../access/index.js';
import { writeAudit } from '../../audit/write-audit.js';
import { notFound } from '../../core/errors.js';
import { findFile } from '../files/index.js';
import { loadVisibleMeeting } from '../meetings/index.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * An attachment's file, for whoever reads its meeting (a guest too; anyone
 * else 404). Logged: slides and notes of a working group may name children.
 */
export async function downloadAttachment(ctx: Context, id: string) {
  const { tx, actor } = ctx;
  const row = await repo.findAttachment(tx, id);
  if (!row) throw notFound();
  const { course } = await loadVisibleMeeting(ctx, row.meetingId);
  const file = await findFile(tx, row.fileId);
  if (!file) throw notFound();
  const guest = isGuest(actor, course);
  await writeAudit(tx, actor, {
    action: 'meeting.attachment_download',
    entityType: 'meeting',
    entityId: row.meetingId,
    municipalityCode: course.municipalityCode,
    details: {
      courseId: course.id,
      attachmentId: row.id,
      fileId: row.fileId,
      ...(guest ? { readAs: 'guest' as const } : {}),
    },
  });
  return file;
}
