import type { RoundText } from '../db/schema.js';
import { CLOSED_ROUND, OPEN_ROUND, type DemoCalendar, type DemoRound } from './demo-calendar.js';

/** The award criteria and requirements of the programme, in Indsats's own words (editable per round). */
export const DEFAULT_CRITERIA: RoundText[] = [
  {
    key: 'need',
    text: 'Kommunen dokumenterer, at de udvalgte dagtilbud har behov for og ønsker at udvikle læringsmiljøet, så børn i udsatte positioner deltager mere.',
  },
  {
    key: 'vulnerable_families',
    text: 'De udvalgte dagtilbud har en høj andel familier i en udsat position eller i risiko for at komme det, fx på grund af socioøkonomisk baggrund.',
  },
  { key: 'motivation', text: 'Motivationen for at deltage er relevant og fyldestgørende beskrevet.' },
];

export const DEFAULT_REQUIREMENTS: RoundText[] = [
  { key: 'management_backing', text: 'Ledelsen på dagtilbudsområdet bakker op om forløbet.' },
  {
    key: 'director_commitment',
    text: 'En direktør forpligter med sin underskrift kommunen til at afsætte ressourcer til forløbet og til at forankre indsatsen bagefter.',
  },
  {
    key: 'evaluation',
    text: 'Kommunen vil deltage i den eksterne evaluering og medvirke til at indsamle data sammen med evaluator.',
  },
];

export const DEFAULT_BALANCE_RULES = {
  smallPopulationBelow: 40_000,
  minSmall: 1,
  minLarge: 1,
  minRegions: 3,
  familyDaycareShareAtLeast: 0.3,
  minFamilyDaycare: 1,
};

/**
 * The four historical rounds (seed 003), exactly as they were whatever the
 * seed date; deadlines at noon, Danish time.
 */
export const HISTORICAL_ROUNDS = [
  {
    key: 'round-2017-08',
    name: 'August 2017 – juni 2018',
    courseStart: '2017-08-01',
    courseEnd: '2018-06-30',
    deadline: '2017-05-15T12:00:00+02:00',
  },
  {
    key: 'round-2018-01',
    name: 'Januar – december 2018',
    courseStart: '2018-01-01',
    courseEnd: '2018-12-31',
    deadline: '2017-11-03T12:00:00+01:00',
  },
  {
    key: 'round-2018-08',
    name: 'August 2018 – juni 2019',
    courseStart: '2018-08-01',
    courseEnd: '2019-06-30',
    deadline: '2018-05-01T12:00:00+02:00',
  },
  {
    key: 'round-2019-01',
    name: 'Januar – december 2019',
    courseStart: '2019-01-01',
    courseEnd: '2019-12-31',
    deadline: '2018-11-01T12:00:00+01:00',
  },
] as const;

export type DemoRoundState = 'historical' | 'open' | 'under_way' | 'closed' | 'signed';

export interface SeededRound extends DemoRound {
  state: DemoRoundState;
}

/**
 * Every demo round: the historical ones, then the open round, the round
 * under way, the closed round and the signed one (demo-calendar.ts). The applications of the
 * rounds draw from one random sequence in this order, so the historical
 * rounds come first and a new round goes at the end.
 */
export function demoRounds(calendar: DemoCalendar): SeededRound[] {
  return [
    ...HISTORICAL_ROUNDS.map((r) => ({ ...r, deadline: new Date(r.deadline), state: 'historical' as const })),
    { ...calendar.open, state: 'open' },
    { ...calendar.underWay, state: 'under_way' },
    { ...calendar.closed, state: 'closed' },
    { ...calendar.signed, state: 'signed' },
  ];
}

/** The demo assessor scores the last historical round, the closed one and the open one. */
export const DEMO_ASSESSED_ROUNDS = ['round-2019-01', CLOSED_ROUND, OPEN_ROUND] as const;
