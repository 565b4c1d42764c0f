import type { CoursePlan, MeetingKind } from '../../../shared/contracts/courses.js';

/**
 * The typical course of seed 003 ("Et typisk forløb indeholder"): a kick-off
 * with the head of daycare and the coordinator; recurring sparring with the
 * coordinator; three steering-group meetings; sparring for daycare leaders; up
 * to nine working-group meetings per institution or shared by several; the
 * theme day with the round's other municipalities; national conferences.
 * Where the seed gives no number we chose one (ADR 9): sparring every second
 * month (6), leader sparring three times, nine working-group meetings for each
 * selected institution, one conference.
 */
export function typicalPlan(institutions: { id: string; name: string }[]): CoursePlan {
  return {
    sparring: 6,
    steering: 3,
    leaderSparring: 3,
    workingGroups: institutions.map((inst, i) => ({
      key: `ag-${i + 1}`,
      name: inst.name,
      institutionIds: [inst.id],
      meetings: 9,
    })),
    themeDay: true,
    conferences: 1,
    extra: [],
  };
}

export interface PlannedMeeting {
  kind: MeetingKind;
  groupKey: string | null;
  sequence: number;
  title: string;
}

/** Identity of a meeting within its course: the plan adds and removes by it, so a held meeting keeps its record. */
export const meetingKey = (m: { kind: string; groupKey: string | null; sequence: number }) =>
  `${m.kind}/${m.groupKey ?? ''}/${m.sequence}`;

const times = (n: number, make: (i: number) => PlannedMeeting): PlannedMeeting[] =>
  Array.from({ length: n }, (_, i) => make(i + 1));

/** The meetings a plan stands for, in the order of the year. */
export function meetingsOf(plan: CoursePlan): PlannedMeeting[] {
  return [
    { kind: 'kickoff', groupKey: null, sequence: 1, title: 'Opstartsmøde med dagtilbudschef og tovholder' },
    ...times(plan.steering, (i) => ({ kind: 'steering', groupKey: null, sequence: i, title: `Styregruppemøde ${i}` })),
    ...times(plan.sparring, (i) => ({
      kind: 'sparring',
      groupKey: null,
      sequence: i,
      title: `Sparringsmøde med tovholderen ${i}`,
    })),
    ...times(plan.leaderSparring, (i) => ({
      kind: 'leader_sparring',
      groupKey: null,
      sequence: i,
      title: `Sparringsmøde for dagtilbudsledere ${i}`,
    })),
    ...plan.workingGroups.flatMap((g) =>
      times(g.meetings, (i) => ({
        kind: 'working_group' as const,
        groupKey: g.key,
        sequence: i,
        title: `Arbejdsgruppemøde ${i} – ${g.name}`,
      })),
    ),
    ...(plan.themeDay
      ? [{ kind: 'theme_day' as const, groupKey: null, sequence: 1, title: 'Temadag med rundens kommuner' }]
      : []),
    ...times(plan.conferences, (i) => ({
      kind: 'conference',
      groupKey: null,
      sequence: i,
      title: `Landsdækkende konference ${i}`,
    })),
    ...plan.extra.map((e, i) => ({ kind: 'extra' as const, groupKey: null, sequence: i + 1, title: e.title })),
  ];
}
