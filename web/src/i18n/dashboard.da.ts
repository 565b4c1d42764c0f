/** Texts of the course overview (dashboard). en.ts's counterpart must have the same shape. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const dashboardDa = {
  title: 'Overblik',
  factsHeading: 'Om forløbet',
  countsText: (held: number, dated: number, total: number) =>
    `${plural(held, 'møde', 'møder')} afholdt · ${dated} af ${total} har en dato`,

  nextHeading: 'Næste møde',
  noNext: 'Der er intet planlagt møde med dato endnu.',
  openMeeting: 'Åbn mødet',

  owedHeading: 'Det mangler kommunen',
  owedNothing: 'Intet lige nu – alt er afleveret.',
  owedSelfAnalysisNotStarted: 'Egenanalysen er ikke påbegyndt.',
  owedSelfAnalysisDraft: 'Egenanalysen er ikke fremlagt endnu.',
  owedSelfAnalysisMissing: (parts: string) => `Mangler: ${parts}.`,
  owedMinutesNone: (title: string, date: string) => `Referat af ${title} (${date}) er ikke skrevet.`,
  owedMinutesDraft: (title: string, date: string) => `Referat af ${title} (${date}) er ikke godkendt.`,
  owedChangeModel: 'Forandringsmodellen er ikke udfyldt endnu.',
  owedMeasurement: (name: string) => `Indikatoren "${name}" skulle være målt.`,
  goToSelfAnalysis: 'Gå til egenanalysen',
  goToChangeModel: 'Gå til forandringsmodellen',

  trialsHeading: 'Åbne afprøvninger',
  noTrials: 'Der er ingen åbne afprøvninger.',
  trialsMore: (shown: number, total: number) => `Viser ${shown} af ${total}.`,
  allTrials: 'Se alle afprøvninger',
  trialAgreed: (meeting: string) => `Aftalt på ${meeting}`,
  trialResponsible: (who: string) => `Ansvarlig: ${who}`,
  trialLogs: (n: number, last: string | null) =>
    n === 0 ? 'Ikke logget endnu' : `${plural(n, 'logning', 'logninger')}, senest ${last ?? ''}`,

  indicatorsHeading: 'Indikatorer',
  noIndicators: 'Forandringsmodellen har ingen indikatorer endnu.',
  indicatorCaption: 'Indikatorernes fremdrift mod målet',
  indicator: 'Indikator',
  baseline: 'Udgangspunkt',
  target: 'Mål',
  latest: 'Seneste måling',
  progress: 'Fremdrift',
  notMeasured: 'Ikke målt',
  progressText: (percent: number) => `${percent} % af vejen til målet`,
  due: 'Måling mangler',

  timelineHeading: 'Tidslinje',
  timelineIntro: 'Forløbets møder i tid. Møder uden dato står til sidst.',
  undatedHeading: 'Uden dato',
  past: 'Afholdt',
  minutesApproved: 'Referat godkendt',
  minutesDraft: 'Referat ikke godkendt',
  minutesNone: 'Intet referat',
};
export type DashboardMessages = typeof dashboardDa;
