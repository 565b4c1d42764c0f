import type { MeetingAttachment } from '../../../shared/contracts/meeting-attachments.js';
import { visibleFileName } from '../../http/content-disposition.js';
import type { AttachmentRow } from './repository.js';

export function presentAttachment(row: AttachmentRow, mayDelete: boolean): MeetingAttachment {
  return {
    id: row.id,
    title: row.title,
    filename: visibleFileName(row.filename),
    kind: row.kind,
    size: row.size,
    uploadedAt: row.createdAt.toISOString(),
    uploadedBy: row.uploadedByName,
    mayDelete,
  };
}
