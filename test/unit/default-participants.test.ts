import { describe, expect, it } from 'vitest';
import { MEETING_KINDS, type MeetingKind } from '../../src/shared/contracts/courses.js';
import {
  defaultParticipants,
  type CourseCircle,
  type MunicipalPerson,
} from '../../src/server/modules/meetings/default-participants.js';

const person = (
  userId: string,
  role: MunicipalPerson['role'],
  institutionId: string | null = null,
): MunicipalPerson => ({
  userId,
  name: userId.toUpperCase(),
  role,
  institutionId,
});

/** A municipality with two institutions in two working groups, and people around them. */
const circle: CourseCircle = {
  consultant: { id: 'k', name: 'Konsulent' },
  people: [
    person('chief', 'daycare_chief'),
    person('coord', 'coordinator'),
    person('coord2', 'coordinator'),
    person('leaderA', 'daycare_leader', 'instA'),
    person('leaderB', 'daycare_leader', 'instB'),
    person('leaderX', 'daycare_leader', 'instX'), // an institution outside the course
    person('staffA', 'staff', 'instA'),
    person('staffB', 'staff', 'instB'),
    person('partner', 'partner'),
    // One person, two roles: invited once, in the role listed first (coordinator before leader).
    person('both', 'coordinator'),
    person('both', 'daycare_leader', 'instA'),
  ],
  institutionIds: ['instA', 'instB'],
  groups: { 'ag-1': ['instA'], 'ag-2': ['instB'], 'ag-faelles': ['instA', 'instB'] },
};

const ids = (kind: MeetingKind, groupKey: string | null = null) =>
  defaultParticipants({ kind, groupKey }, circle).map((p) => p.userId);

describe('default participants', () => {
  it('invite the head of daycare and the coordinators to the kick-off and the steering group', () => {
    expect(ids('kickoff')).toEqual(['k', 'both', 'coord', 'coord2', 'chief']);
    expect(ids('steering')).toEqual(ids('kickoff'));
  });

  it('invite the coordinators to sparring, the theme day, conferences and extra meetings', () => {
    for (const kind of ['sparring', 'theme_day', 'conference', 'extra'] as const)
      expect(ids(kind)).toEqual(['k', 'both', 'coord', 'coord2']);
  });

  it('invite the leaders of the course’s institutions to leader sparring – not those outside the course', () => {
    expect(ids('leader_sparring')).toEqual(['k', 'both', 'leaderA', 'leaderB']);
    const both = defaultParticipants({ kind: 'leader_sparring', groupKey: null }, circle).find(
      (p) => p.userId === 'both',
    );
    expect(both?.participantRole).toBe('daycare_leader');
  });

  it('invite the leaders and staff of the group’s institutions to a working-group meeting', () => {
    expect(ids('working_group', 'ag-1')).toEqual(['k', 'both', 'leaderA', 'staffA']);
    expect(ids('working_group', 'ag-2')).toEqual(['k', 'leaderB', 'staffB']);
    expect(ids('working_group', 'ag-faelles')).toEqual(['k', 'both', 'leaderA', 'leaderB', 'staffA', 'staffB']);
    expect(ids('working_group', 'ukendt')).toEqual(['k']);
  });

  it('always invite the consultant, once, with the consultant role; never partners by default', () => {
    for (const kind of MEETING_KINDS) {
      const invited = defaultParticipants({ kind, groupKey: 'ag-1' }, circle);
      expect(invited[0]).toEqual({ userId: 'k', name: 'Konsulent', participantRole: 'consultant' });
      expect(new Set(invited.map((p) => p.userId)).size).toBe(invited.length);
      expect(invited.map((p) => p.userId)).not.toContain('partner');
      expect(invited.map((p) => p.userId)).not.toContain('leaderX');
    }
  });

  it('invite no consultant when the course has none yet', () => {
    expect(ids('sparring')).toContain('k');
    expect(
      defaultParticipants({ kind: 'sparring', groupKey: null }, { ...circle, consultant: null }).map((p) => p.userId),
    ).toEqual(['both', 'coord', 'coord2']);
  });

  it('invite the consultant of the course even when they also hold a municipal role', () => {
    const twoHats = { ...circle, people: [...circle.people, person('k', 'coordinator')] };
    const invited = defaultParticipants({ kind: 'sparring', groupKey: null }, twoHats);
    expect(invited.filter((p) => p.userId === 'k')).toEqual([
      { userId: 'k', name: 'Konsulent', participantRole: 'consultant' },
    ]);
  });
});
