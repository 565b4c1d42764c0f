import type { DashboardMessages } from './dashboard.da.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const dashboardEn: DashboardMessages = {
  title: 'Overview',
  factsHeading: 'About the course',
  countsText: (held, dated, total) => `${plural(held, 'meeting', 'meetings')} held · ${dated} of ${total} have a date`,

  nextHeading: 'Next meeting',
  noNext: 'No planned meeting has a date yet.',
  openMeeting: 'Open the meeting',

  owedHeading: 'What the municipality still owes',
  owedNothing: 'Nothing right now – everything is in.',
  owedSelfAnalysisNotStarted: 'The self-analysis has not been started.',
  owedSelfAnalysisDraft: 'The self-analysis has not been presented yet.',
  owedSelfAnalysisMissing: (parts) => `Missing: ${parts}.`,
  owedMinutesNone: (title, date) => `Minutes of ${title} (${date}) have not been written.`,
  owedMinutesDraft: (title, date) => `Minutes of ${title} (${date}) have not been approved.`,
  owedChangeModel: 'The change model has not been filled in yet.',
  owedMeasurement: (name) => `The indicator "${name}" is due to be measured.`,
  goToSelfAnalysis: 'Go to the self-analysis',
  goToChangeModel: 'Go to the change model',

  trialsHeading: 'Open trials',
  noTrials: 'There are no open trials.',
  trialsMore: (shown, total) => `Showing ${shown} of ${total}.`,
  allTrials: 'See all trials',
  trialAgreed: (meeting) => `Agreed at ${meeting}`,
  trialResponsible: (who) => `Responsible: ${who}`,
  trialLogs: (n, last) => (n === 0 ? 'Not logged yet' : `${plural(n, 'log', 'logs')}, latest ${last ?? ''}`),

  indicatorsHeading: 'Indicators',
  noIndicators: 'The change model has no indicators yet.',
  indicatorCaption: "The indicators' progress towards their targets",
  indicator: 'Indicator',
  baseline: 'Baseline',
  target: 'Target',
  latest: 'Latest measurement',
  progress: 'Progress',
  notMeasured: 'Not measured',
  progressText: (percent) => `${percent} % of the way to the target`,
  due: 'Measurement due',

  timelineHeading: 'Timeline',
  timelineIntro: "The course's meetings in time. Meetings without a date come last.",
  undatedHeading: 'Without a date',
  past: 'Held',
  minutesApproved: 'Minutes approved',
  minutesDraft: 'Minutes not approved',
  minutesNone: 'No minutes',
};
