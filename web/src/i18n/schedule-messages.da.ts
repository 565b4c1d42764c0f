import type { Wording } from '../../../src/shared/contracts/messages.js';
import type { ScheduleReasonMessage, ScheduleViolationMessage } from '../../../src/shared/contracts/schedule.js';
import { danishClock as clock } from '../../../src/shared/danish-clock.js';
import { formatDayMonth, formatDayRange, formatList, formatWeekday } from './format.js';

/** The scheduler's and the checker's message codes in Danish (ADR 24); schedule-messages.en.ts words the same codes. */

const L = 'da-DK';
const THIRDS = ['første', 'midterste', 'sidste'] as const;
const third = (n: number) => THIRDS[n] ?? '';
const subject = (s: 'meeting' | 'theme_day') => (s === 'meeting' ? 'Mødet' : 'Temadagen');
const day = (iso: string, withYear = false) => formatDayMonth(L, iso, withYear);
const list = (items: readonly string[]) => formatList(L, items);
const meetings = (n: number) => (n === 1 ? '1 møde' : `${n} møder`);
/** The scheduler's reasons name the period by its ISO dates, as the input gives them. */
const period = (p: { from: string; to: string }) => `${p.from}–${p.to}`;

export const scheduleViolationsDa: Wording<ScheduleViolationMessage> = {
  outside_period: (p) =>
    `${subject(p.subject)} ligger uden for forløbets periode (${formatDayRange(L, p.from, p.to, true)})`,
  weekend: (p) => `${subject(p.subject)} ligger på en ${formatWeekday(L, p.date)}`,
  holiday: (p) => `${subject(p.subject)} ligger på en helligdag (${p.holiday})`,
  holiday_week: (p) => {
    const range = formatDayRange(L, p.from, p.to, false);
    return `${subject(p.subject)} ligger i en ferieuge (${p.label ? `${p.label} ${range}` : range})`;
  },
  consultant_unavailable: () => 'Konsulenten er ikke til rådighed denne dag',
  theme_day_unavailable: ({ consultants }) =>
    consultants.length === 0
      ? 'En konsulent i runden er ikke til rådighed på temadagen'
      : `${consultants.length === 1 ? 'Konsulent' : 'Konsulenterne'} ${list(consultants)} er ikke til rådighed på temadagen`,
  working_hours: (p) => `Mødet ligger uden for arbejdstiden (${clock(p.start)}–${clock(p.end)})`,
  on_theme_day: (p) => `Mødet ligger på temadagen (${day(p.date)})`,
  not_on_theme_day: (p) => `Temadagen ligger ikke på rundens fælles temadag (${day(p.date, true)})`,
  before_kickoff: (p) => `Ligger før opstartsmødet (${day(p.date)} kl. ${clock(p.start)})`,
  kickoff_not_first: (p) => `Opstartsmødet skal være forløbets første møde, men ${meetings(p.before)} ligger før`,
  steering_third: (p) =>
    `Styregruppemødet skal ligge i periodens ${third(p.third)} tredjedel (${formatDayRange(L, p.from, p.to, true)})`,
  group_spacing_after: (p) => `Mindre end ${p.days} dage efter forrige arbejdsgruppemøde (${day(p.date)})`,
  group_spacing_before: (p) => `Mindre end ${p.days} dage før næste arbejdsgruppemøde (${day(p.date)})`,
  one_course_per_day: (p) =>
    `Konsulenten har allerede et møde med ${list(p.courses.map((c) => ('name' in c ? c.name : `forløbet ${c.id}`)))} denne dag`,
  daily_cap: (p) => `Konsulenten har ${meetings(p.meetings)} denne dag – højst ${p.max}`,
  overlap: (p) => `Overlapper med ${p.title} (${clock(p.start)}–${clock(p.end)})`,
};

export const scheduleReasonsDa: Wording<ScheduleReasonMessage> = {
  period_over: (p) =>
    `Perioden ${period(p)} er forbi, så der kan ikke foreslås datoer. Læg møderne selv med Flyt, hvis de skal have en dato.`,
  no_working_days: (p) => `Perioden ${period(p)} har ingen arbejdsdage uden for helligdage og ferieuger.`,
  no_theme_day: (p) =>
    `Ingen fælles temadag: der er ingen arbejdsdag i perioden ${period(p)}, hvor alle konsulenter (${list(p.consultants)}) er ledige og intet møde er lagt.`,
  kickoff_blocked: (p) =>
    `Forløbet ${p.course}: opstartsmødet ${p.meeting} skal være forløbets første møde, men konsulent ` +
    `${p.consultant} har ingen ledig arbejdsdag før det faste møde ${p.fixedMeeting} (${day(p.date, true)} kl. ${clock(p.start)}).`,
  consultant_no_days: (p) => `Konsulent ${p.consultant} har ingen ledige arbejdsdage i perioden ${period(p)}.`,
  steering_third_over: (p) =>
    `Forløbet ${p.course}: styregruppemødet ${p.meeting} skal ligge i periodens ${third(p.third)} tredjedel, ` +
    `som sluttede ${p.ended}. Læg det selv med Flyt.`,
  steering_third_no_day: (p) =>
    `Forløbet ${p.course}: konsulent ${p.consultant} har ingen ledig arbejdsdag ` +
    `i periodens ${third(p.third)} tredjedel${p.from && p.to ? ` (${p.from}–${p.to})` : ''} til styregruppemødet ${p.meeting}.`,
  steering_third_too_few_days: (p) =>
    `Konsulent ${p.consultant} har kun ${p.free === 1 ? '1 ledig arbejdsdag' : `${p.free} ledige arbejdsdage`} ` +
    `i periodens ${third(p.third)} tredjedel, men styregruppemøderne ${list(p.meetings)} skal alle ligge der på hver sin dag.`,
  group_spacing_too_few_days: (p) =>
    `Forløbet ${p.course}: ikke nok arbejdsdage til ${p.meetings} arbejdsgruppemøder${p.group ? ` i gruppen ${p.group}` : ''} ` +
    `med ${p.days} dages mellemrum i perioden ${period(p)} – der er plads til højst ${p.fits}.`,
  consultant_too_few_days: (p) =>
    `Konsulent ${p.consultant} har for få ledige dage: ${p.courses.length === 1 ? 'forløbet' : 'forløbene'} ${list(p.courses)} ` +
    `kræver mindst ${p.needed} mødedage (højst ${p.perDay} møder om dagen og ét forløb om dagen), ` +
    `men der er kun ${p.free} ledige arbejdsdage${p.besidesThemeDay ? ' ud over temadagen' : ''}.`,
  search_failed: (p) =>
    `Der blev ikke fundet en plan, der holder alle regler, for forløbene hos konsulent ${p.consultant} (${p.courses.join(', ')}) ` +
    `(hverken grådig placering eller søgning med op til ${new Intl.NumberFormat(L).format(p.attempts)} forsøg). ` +
    'Giv konsulenterne flere ledige dage, færre møder eller en længere periode.',
  steering_third_ended: (p) =>
    `Skal ligge i periodens ${third(p.third)} tredjedel, som sluttede ${day(p.ended, true)}. Giv mødet en dato med Flyt.`,
};
