import type { Meeting, ParticipantInput, SaveParticipantsRequest } from '../../../shared/contracts/meetings.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import { AppError, forbidden, type FieldError } from '../../core/errors.js';
import { readMeeting } from './read-meeting.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { loadVisibleMeeting } from './visible-meeting.js';

/**
 * Saves the whole participant list: who is invited, who came, the hours each
 * spent. A user must belong to the course's municipality or be its
 * consultant (their name is taken from their user); a guest is named only.
 */
export async function saveParticipants(ctx: Context, id: string, input: SaveParticipantsRequest): Promise<Meeting> {
  const { tx, actor } = ctx;
  const { meeting, course } = await loadVisibleMeeting(ctx, id);
  if (!ctx.access.may('meeting.run', course)) throw forbidden();
  const names = await userNames(tx, course, input.participants);
  const errors = participantErrors(input.participants, names);
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
  if (!(await repo.updateMeeting(tx, id, input.version, {}, ctx.now))) throw new AppError('version_conflict');
  const rows = input.participants.map((p) => ({
    meetingId: id,
    userId: p.userId,
    name: p.userId ? (names.get(p.userId) ?? p.name) : p.name,
    participantRole: p.participantRole,
    attended: p.attended,
    hours: p.hours,
  }));
  await repo.replaceParticipants(tx, id, rows);
  await writeAudit(tx, actor, {
    action: 'meeting.participants_save',
    entityType: 'meeting',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: {
      courseId: meeting.courseId,
      participants: rows.length,
      attended: rows.filter((r) => r.attended === true).length,
      hours: rows.reduce((sum, r) => sum + (r.hours ?? 0), 0),
    },
  });
  return readMeeting(ctx, id);
}

async function userNames(
  tx: Tx,
  course: { municipalityCode: string; consultantId: string | null; consultantName: string | null },
  participants: ParticipantInput[],
): Promise<Map<string, string>> {
  const ids = [...new Set(participants.flatMap((p) => (p.userId ? [p.userId] : [])))];
  const names = await repo.usersOfMunicipality(tx, course.municipalityCode, ids);
  if (course.consultantId && ids.includes(course.consultantId))
    names.set(course.consultantId, course.consultantName ?? '');
  return names;
}

function participantErrors(participants: ParticipantInput[], names: Map<string, string>): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  participants.forEach((p, i) => {
    if (p.userId) {
      if (!names.has(p.userId))
        errors.push({ field: `participants.${i}.userId`, message: 'Brugeren hører ikke til kommunen eller forløbet' });
      else if (seen.has(p.userId))
        errors.push({ field: `participants.${i}.userId`, message: 'Personen står på listen to gange' });
      seen.add(p.userId);
    }
    if (p.attended === false && p.hours !== null && p.hours > 0) {
      errors.push({
        field: `participants.${i}.hours`,
        message: 'Der kan kun registreres timer for deltagere, der var med',
      });
    }
  });
  return errors;
}
