import { MEETING_LIMITS } from '../../../../src/shared/contracts/meetings.js';
import { textLength } from '../../../../src/shared/contracts/text-length.js';
import type { Messages } from '../../i18n/da.js';
import type { Meeting, ParticipantInput, ParticipantRole } from './api.js';

/** A row of the participant editor, as typed (hours as text, "1,75"). */
export interface ParticipantDraft {
  key: string;
  userId: string | null;
  name: string;
  participantRole: ParticipantRole;
  attended: '' | 'yes' | 'no';
  hours: string;
}

/** A problem with one cell; `target` is the id of the input to move focus to. */
export interface ParticipantError {
  target: string;
  label: string;
  message: string;
}

/** The participant roles in the order the editor offers them (the server's order). */
export const PARTICIPANT_ROLES = [
  'consultant',
  'coordinator',
  'daycare_chief',
  'daycare_leader',
  'staff',
  'partner',
  'other',
] as const satisfies readonly ParticipantRole[];

export const cellId = (i: number, cell: 'name' | 'role' | 'attended' | 'hours') => `participant-${i}-${cell}`;

export const pickParticipants = (m: Meeting): ParticipantInput[] =>
  m.participants.map((p) => ({
    userId: p.userId,
    name: p.name,
    participantRole: p.participantRole,
    attended: p.attended,
    hours: p.hours,
  }));

let guests = 0;
export const newGuestKey = () => `guest-${++guests}`;

export function draftsOf(participants: ParticipantInput[]): ParticipantDraft[] {
  return participants.map((p) => ({
    key: p.userId ?? newGuestKey(),
    userId: p.userId,
    name: p.name,
    participantRole: p.participantRole,
    attended: p.attended === null ? '' : p.attended ? 'yes' : 'no',
    hours: p.hours === null ? '' : String(p.hours).replace('.', ','),
  }));
}

/** "1,75" → 1.75; '' → null; anything else (or not in quarter hours between 0 and 24) → undefined. */
export function parseHours(text: string): number | null | undefined {
  const s = text.trim().replace(',', '.');
  if (s === '') return null;
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 0 && n <= 24 && Number.isInteger(n * 4) ? n : undefined;
}

/** The list to send, or the problems to fix first. */
export function participantsOf(
  drafts: ParticipantDraft[],
  t: Messages,
): { participants: ParticipantInput[]; errors: ParticipantError[] } {
  const m = t.meetings;
  const errors: ParticipantError[] = [];
  const participants = drafts.map((d, i) => {
    const hours = parseHours(d.hours);
    const attended = d.attended === '' ? null : d.attended === 'yes';
    const label = d.name || m.guestName(i + 1);
    const nameLength = textLength(d.name, 'single');
    if (d.userId === null && nameLength === 0)
      errors.push({ target: cellId(i, 'name'), label: m.guestName(i + 1), message: m.nameRequired });
    else if (d.userId === null && nameLength > MEETING_LIMITS.participantName)
      errors.push({
        target: cellId(i, 'name'),
        label: m.guestName(i + 1),
        message: t.textLimit.tooLong(nameLength, MEETING_LIMITS.participantName),
      });
    if (hours === undefined)
      errors.push({ target: cellId(i, 'hours'), label: m.hoursOf(label), message: m.hoursInvalid });
    else if (attended === false && hours !== null && hours > 0)
      errors.push({ target: cellId(i, 'hours'), label: m.hoursOf(label), message: m.hoursAbsent });
    return {
      userId: d.userId,
      name: d.name.trim(),
      participantRole: d.participantRole,
      attended,
      hours: hours ?? null,
    };
  });
  return { participants, errors };
}

/** The server's field errors (participants.3.hours) placed on the cells they are about. */
export function serverErrors(
  fieldErrors: { field: string; message: string }[],
  drafts: ParticipantDraft[],
  t: Messages,
): ParticipantError[] {
  const m = t.meetings;
  return fieldErrors.map((fe) => {
    const match = /^participants\.(\d+)\.(\w+)$/.exec(fe.field);
    const i = Number(match?.[1] ?? -1);
    const cell =
      match?.[2] === 'hours'
        ? 'hours'
        : match?.[2] === 'name'
          ? 'name'
          : match?.[2] === 'attended'
            ? 'attended'
            : 'role';
    const name = drafts[i]?.name ?? '';
    return i >= 0
      ? { target: cellId(i, cell), label: name || m.guestName(i + 1), message: fe.message }
      : { target: '', label: m.participantsHeading, message: fe.message };
  });
}
