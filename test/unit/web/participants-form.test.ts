import { describe, expect, it } from 'vitest';
import { SaveParticipantsRequest } from '../../../src/shared/contracts/meetings.js';
import { da } from '../../../web/src/i18n/da.js';
import {
  cellId,
  draftsOf,
  parseHours,
  participantsOf,
  serverErrors,
  type ParticipantDraft,
} from '../../../web/src/pages/meetings/participants-form.js';

const m = da.meetings;
const USER = '11111111-1111-4111-8111-111111111111';

const draft = (over: Partial<ParticipantDraft>): ParticipantDraft => ({
  key: 'k',
  userId: USER,
  name: 'Anne Holm',
  participantRole: 'coordinator',
  attended: 'yes',
  hours: '1,5',
  ...over,
});

describe('participants form', () => {
  it('turns saved participants into rows and back without change', () => {
    const saved = [
      { userId: USER, name: 'Anne Holm', participantRole: 'coordinator' as const, attended: true, hours: 1.75 },
      { userId: null, name: 'Gæst', participantRole: 'other' as const, attended: null, hours: null },
    ];
    const drafts = draftsOf(saved);
    expect(drafts.map((d) => [d.attended, d.hours])).toEqual([
      ['yes', '1,75'],
      ['', ''],
    ]);
    expect(drafts[1]?.key).toMatch(/^guest-/);
    const { participants, errors } = participantsOf(drafts, da);
    expect(errors).toEqual([]);
    expect(participants).toEqual(saved);
    expect(SaveParticipantsRequest.safeParse({ version: 1, participants }).success).toBe(true);
  });

  it('reads hours in quarter hours from 0 to 24 only', () => {
    expect(parseHours('1,75')).toBe(1.75);
    expect(parseHours('24')).toBe(24);
    expect(parseHours('')).toBeNull();
    expect(parseHours('1,1')).toBeUndefined();
    expect(parseHours('24,25')).toBeUndefined();
    expect(parseHours('to')).toBeUndefined();
  });

  it('asks for a guest’s name, readable hours, and no hours for someone absent', () => {
    const { errors } = participantsOf(
      [
        draft({ userId: null, name: ' ' }),
        draft({ hours: '1,1' }),
        draft({ attended: 'no', hours: '2' }),
        draft({ attended: 'no', hours: '0' }),
      ],
      da,
    );
    expect(errors).toEqual([
      { target: cellId(0, 'name'), label: m.guestName(1), message: m.nameRequired },
      { target: cellId(1, 'hours'), label: m.hoursOf('Anne Holm'), message: m.hoursInvalid },
      { target: cellId(2, 'hours'), label: m.hoursOf('Anne Holm'), message: m.hoursAbsent },
    ]);
  });

  it('places the server’s field errors on their cells', () => {
    const drafts = [draft({}), draft({ userId: null, name: '' })];
    expect(
      serverErrors(
        [
          { field: 'participants.0.hours', message: 'a' },
          { field: 'participants.1.name', message: 'b' },
          { field: 'participants.1.participantRole', message: 'c' },
          { field: 'participants', message: 'd' },
        ],
        drafts,
        da,
      ),
    ).toEqual([
      { target: cellId(0, 'hours'), label: 'Anne Holm', message: 'a' },
      { target: cellId(1, 'name'), label: m.guestName(2), message: 'b' },
      { target: cellId(1, 'role'), label: m.guestName(2), message: 'c' },
      { target: '', label: m.participantsHeading, message: 'd' },
    ]);
  });
});
