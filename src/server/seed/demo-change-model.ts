import { ChangeModelContent, type Indicator } from '../../shared/contracts/change-model.js';
import type { DrizzleTx } from '../db/client.js';
import { changeModelVersions, indicatorMeasurements } from '../db/schema-course-work.js';
import type { CourseRow } from '../modules/courses/repository.js';
import { contentErrors } from '../modules/change-model/validate-content.js';
import { demoId } from './demo-data.js';
import type { DemoPeople } from './demo-meetings.js';
import { addDays, danishInstant, workdayFrom, workdayUntil } from './demo-time.js';

const indicator = (i: Omit<Indicator, 'measuredWhen'> & { when: string; dates: string[] }): Indicator => {
  const { when, dates, ...rest } = i;
  return { ...rest, measuredWhen: { text: when, dates } };
};

/** The course's calendar: its start and end, and the seed date. */
interface Days {
  /** The workday `n` days after the course's start (or the next). */
  fromStart(n: number): string;
  /** The workday `n` days before the seed date (or the one before). */
  beforeToday(n: number): string;
  /** The workday `n` days before the course's end (or the one before). */
  beforeEnd(n: number): string;
}

/**
 * The first version, saved by the coordinator some six weeks into the course
 * after the kick-off and the first steering meeting. Each indicator is
 * measured at the start, once just before the seed date, and at the end.
 */
const first = (d: Days): ChangeModelContent => ({
  problem:
    'Børn i udsatte positioner deltager mindre i leg og fællesskaber i dagtilbuddene, især i ydertimerne og ved overgange. Det begrænser deres sproglige og sociale udvikling, og forældresamarbejdet om barnets trivsel er ikke systematisk.',
  targetGroup:
    'Børn i udsatte positioner i Børnehuset Solsikken og Børnehaven Troldehøj, deres forældre og det pædagogiske personale.',
  activities: [
    { id: 'a-legegrupper', text: 'Faste, små legegrupper med en voksen i ydertimerne' },
    { id: 'a-dialogisk-laesning', text: 'Dialogisk læsning i små grupper' },
    { id: 'a-foraeldresamtaler', text: 'Opfølgende forældresamtaler efter sprogvurdering og trivselsvurdering' },
    { id: 'a-afproevninger', text: 'Arbejdsgruppemøder med afprøvninger og refleksion' },
  ],
  outputs: [
    { id: 'o-legegrupper', text: 'Alle stuer har faste legegrupper i ydertimerne' },
    { id: 'o-samtaler', text: 'Forældre til børn i udsatte positioner tilbydes en opfølgende samtale' },
    { id: 'o-logboeger', text: 'Afprøvningerne er beskrevet og logget mellem møderne' },
  ],
  shortTermOutcomes: [
    { id: 'k-deltagelse', text: 'Flere børn i udsatte positioner deltager aktivt i leg og fællesskaber' },
    { id: 'k-foraeldre', text: 'Forældrene kender og støtter dagtilbuddets arbejde med barnets sprog og trivsel' },
  ],
  longTermOutcomes: [
    { id: 'l-trivsel', text: 'Børn i udsatte positioner trives, udvikler sig og lærer på linje med andre børn' },
    { id: 'l-forankring', text: 'Små fællesskaber og systematisk opfølgning er forankret i kommunens dagtilbud' },
  ],
  assumptions: [
    { id: 'f-tid', text: 'Medarbejderne har tid til at planlægge og reflektere over afprøvningerne' },
    { id: 'f-ledelse', text: 'Dagtilbudslederne prioriterer afprøvningerne på personalemøderne' },
  ],
  indicators: [
    indicator({
      key: 'deltagelse-leg',
      name: 'Andel børn i udsatte positioner, der deltager aktivt i planlagt leg',
      outcomeId: 'k-deltagelse',
      dataSource: 'Observationer på stuerne med fælles observationsskema i to uger',
      baseline: 45,
      target: 70,
      unit: '%',
      when: 'Ved start, undervejs og ved forløbets afslutning',
      dates: [d.fromStart(25), d.beforeToday(7), d.beforeEnd(23)],
    }),
    indicator({
      key: 'foraeldresamtaler',
      name: 'Andel forældre til børn i udsatte positioner, der har haft en opfølgende samtale',
      outcomeId: 'k-foraeldre',
      dataSource: 'Dagtilbuddenes oversigt over forældresamtaler',
      baseline: 30,
      target: 75,
      unit: '%',
      when: 'Ved start, halvvejs og ved afslutningen',
      dates: [d.fromStart(30), d.beforeToday(7), d.beforeEnd(16)],
    }),
    indicator({
      key: 'sprog-opfoelgning',
      name: 'Andel sprogvurderinger med en aftalt opfølgning i dagtilbuddet',
      outcomeId: 'l-trivsel',
      dataSource: 'Sprogvurderingerne',
      baseline: 55,
      target: 90,
      unit: '%',
      when: 'Ved start, midt i forløbet og ved forløbets afslutning',
      dates: [d.fromStart(27), d.beforeToday(3), d.beforeEnd(19)],
    }),
  ],
});

/** The second version, two weeks before the seed date: sharper problem, one more activity and assumption, a higher target, a clearer data source. */
const second = (d: Days): ChangeModelContent => {
  const base = first(d);
  return {
    ...base,
    problem: `${base.problem} Medarbejderne mangler faste rutiner, der giver de mindste fællesskaber plads i de travle dele af dagen.`,
    activities: [
      ...base.activities,
      { id: 'a-overgange', text: 'Billedstøtte og faste trin ved overgange, fx i garderoben' },
    ],
    assumptions: [
      ...base.assumptions,
      { id: 'f-data', text: 'Sprogvurderingerne registreres, så opfølgningen kan måles' },
    ],
    indicators: base.indicators.map((i) => {
      if (i.key === 'foraeldresamtaler') return { ...i, target: 80 };
      if (i.key === 'sprog-opfoelgning')
        return { ...i, dataSource: 'Sprogvurderingerne og dagtilbuddenes opfølgningsplaner' };
      return i;
    }),
  };
};

const versions = (d: Days) => {
  const firstSaved = d.fromStart(44);
  return [
    {
      content: first(d),
      note: 'Første udgave efter opstarten',
      by: 'coordinator',
      at: danishInstant(firstSaved, '14:20'),
    },
    {
      content: second(d),
      note: 'Justeret efter arbejdsgruppernes første afprøvninger: nyt mål for forældresamtaler og en aktivitet om overgange',
      by: 'coordinator',
      at: danishInstant(d.beforeToday(13), '09:45'),
    },
  ] as const;
};

/**
 * Measurements: the baselines taken at the start (recorded the workday after
 * the model got its indicators), and the latest for two of the three
 * indicators – the language follow-up planned three days before the seed date
 * is not measured, so it is due.
 */
const measurements = (d: Days) => {
  const recorded = workdayFrom(addDays(d.fromStart(44), 1));
  return [
    {
      key: 'deltagelse-leg',
      measuredOn: d.fromStart(25),
      value: 45,
      note: 'Udgangspunkt',
      by: 'leader',
      at: danishInstant(recorded, '13:00'),
    },
    {
      key: 'foraeldresamtaler',
      measuredOn: d.fromStart(30),
      value: 30,
      note: 'Udgangspunkt',
      by: 'coordinator',
      at: danishInstant(recorded, '13:10'),
    },
    {
      key: 'sprog-opfoelgning',
      measuredOn: d.fromStart(27),
      value: 55,
      note: 'Udgangspunkt',
      by: 'coordinator',
      at: danishInstant(recorded, '13:20'),
    },
    {
      key: 'deltagelse-leg',
      measuredOn: d.beforeToday(7),
      value: 53,
      note: 'Begge dagtilbud',
      by: 'leader',
      at: danishInstant(d.beforeToday(7), '15:00'),
    },
    {
      key: 'foraeldresamtaler',
      measuredOn: d.beforeToday(5),
      value: 48,
      note: '',
      by: 'coordinator',
      at: danishInstant(d.beforeToday(5), '11:30'),
    },
  ] as const;
};

/**
 * The course's change model in two versions and its indicator measurements,
 * the rows the change-model module writes on a save and a measurement (the
 * content checked by the contract and the module's own rules first).
 */
export async function insertDemoChangeModel(
  tx: DrizzleTx,
  course: CourseRow,
  people: DemoPeople,
  today: string,
): Promise<void> {
  const d: Days = {
    fromStart: (n) => workdayFrom(addDays(course.periodStart, n)),
    beforeToday: (n) => workdayUntil(addDays(today, -n)),
    beforeEnd: (n) => workdayUntil(addDays(course.periodEnd, -n)),
  };
  for (const [i, v] of versions(d).entries()) {
    const content = ChangeModelContent.parse(v.content);
    const errors = contentErrors(content);
    if (errors.length > 0)
      throw new Error(`Demodata: forandringsmodellen er ugyldig: ${errors.map((e) => e.field).join(', ')}`);
    await tx.insert(changeModelVersions).values({
      id: demoId(`change-model/${course.applicationId}/${i + 1}`),
      courseId: course.id,
      version: i + 1,
      content,
      note: v.note,
      savedBy: people[v.by],
      savedAt: v.at,
    });
  }
  for (const [i, m] of measurements(d).entries()) {
    await tx.insert(indicatorMeasurements).values({
      id: demoId(`measurement/${course.applicationId}/${i + 1}`),
      courseId: course.id,
      indicatorKey: m.key,
      measuredOn: m.measuredOn,
      value: m.value,
      note: m.note,
      recordedBy: people[m.by],
      createdAt: m.at,
    });
  }
}
