import { eq } from 'drizzle-orm';
import { AttachmentTitle, type MeetingAttachment } from '../../../shared/contracts/meeting-attachments.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden } from '../../core/errors.js';
import { courseMeetings } from '../../db/schema.js';
import { recordAttachmentFile, type ReceivedAttachment, type StoredBytes } from '../files/index.js';
import { loadVisibleMeeting } from '../meetings/index.js';
import { presentAttachment } from './presenter.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * Before the body is read: the meeting exists for the actor (404), they run
 * it (403), and it has room for one more attachment (409). The route asks
 * this first, so a refused upload costs no content check and stores nothing.
 */
export async function assertMayAttach(ctx: Context, meetingId: string, maxPerMeeting: number): Promise<void> {
  const { course } = await loadVisibleMeeting(ctx, meetingId);
  if (!ctx.access.may('meeting.run', course)) throw forbidden();
  if ((await repo.countAttachments(ctx.tx, meetingId)) >= maxPerMeeting) throw new AppError('attachments_full');
}

/**
 * Records a checked and stored file as an attachment of the meeting, under
 * its title (the file's name when none is given). Asks the same questions as
 * assertMayAttach again, now under a lock on the meeting's row, so two uploads
 * at once cannot pass the count together. If this throws, the route removes
 * the stored bytes.
 */
export async function attachToMeeting(
  ctx: Context,
  meetingId: string,
  received: ReceivedAttachment,
  stored: StoredBytes,
  maxPerMeeting: number,
): Promise<MeetingAttachment> {
  const { tx, actor } = ctx;
  const title = AttachmentTitle.safeParse(received.title);
  if (!title.success) {
    throw new AppError('validation_failed', {
      errors: title.error.issues.map((issue) => ({ field: 'title', message: issue.message })),
    });
  }
  const { course } = await loadVisibleMeeting(ctx, meetingId);
  if (!ctx.access.may('meeting.run', course)) throw forbidden();
  await tx.select({ id: courseMeetings.id }).from(courseMeetings).where(eq(courseMeetings.id, meetingId)).for('update');
  if ((await repo.countAttachments(tx, meetingId)) >= maxPerMeeting) throw new AppError('attachments_full');
  const file = await recordAttachmentFile(tx, received, stored, {
    municipalityCode: course.municipalityCode,
    uploadedBy: actor.userId,
  });
  const id = await repo.insertAttachment(tx, {
    meetingId,
    fileId: file.id,
    title: title.data === '' ? received.filename : title.data,
    kind: received.kind,
    uploadedBy: actor.userId,
    createdAt: ctx.now,
  });
  await writeAudit(tx, actor, {
    action: 'meeting.attachment_upload',
    entityType: 'meeting',
    entityId: meetingId,
    municipalityCode: course.municipalityCode,
    details: {
      courseId: course.id,
      attachmentId: id,
      fileId: file.id,
      kind: received.kind,
      size: stored.size,
      sha256: stored.sha256,
    },
  });
  const row = await repo.findAttachment(tx, id);
  if (!row) throw new Error('attachment vanished');
  return presentAttachment(row, true);
}
