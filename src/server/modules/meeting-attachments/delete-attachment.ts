import { writeAudit } from '../../audit/write-audit.js';
import { forbidden, notFound } from '../../core/errors.js';
import { deleteFileRow, findFile } from '../files/index.js';
import { loadVisibleMeeting } from '../meetings/index.js';
import { mayDelete } from './list-attachments.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * Deletes an attachment: its row and its file's row, in the request's
 * transaction, and returns the storage key whose bytes the route removes once
 * that has committed (so a rollback never leaves a row without its bytes).
 * Allowed to whoever runs the meeting and to the one who attached it.
 */
export async function deleteMeetingAttachment(ctx: Context, id: string): Promise<{ storageKey: string }> {
  const { tx, actor } = ctx;
  const row = await repo.findAttachment(tx, id);
  if (!row) throw notFound();
  const { course } = await loadVisibleMeeting(ctx, row.meetingId);
  if (!mayDelete(ctx, ctx.access.may('meeting.run', course), row.uploadedBy)) throw forbidden();
  const file = await findFile(tx, row.fileId);
  if (!file || !(await repo.deleteAttachment(tx, id))) throw notFound();
  await deleteFileRow(tx, row.fileId);
  await writeAudit(tx, actor, {
    action: 'meeting.attachment_delete',
    entityType: 'meeting',
    entityId: row.meetingId,
    municipalityCode: course.municipalityCode,
    details: { courseId: course.id, attachmentId: row.id, fileId: row.fileId, sha256: file.sha256 },
  });
  return { storageKey: file.storageKey };
}
