import { AgreeTrialRequest, LogTrialRequest } from '../../shared/contracts/trials.js';
import type { DrizzleTx } from '../db/client.js';
import { trialLogs, trials } from '../db/schema-course-work.js';
import type { CourseRow } from '../modules/courses/repository.js';
import { demoId } from './demo-data.js';
import type { DemoPeople, HeldMeeting } from './demo-meetings.js';
import { addDays, danishInstant, workdayFrom } from './demo-time.js';

interface DemoLog {
  by: 'staff' | 'leader';
  /** Days after the meeting where the trial was agreed. */
  after: number;
  whatTried: string;
  whatHappened: string;
  reflection: string;
}

interface DemoTrial {
  group: string;
  /** The working-group meeting (its number in the group's series) where it was agreed. */
  meeting: number;
  description: string;
  responsible: string;
  agreedBy: 'consultant' | 'leader';
  /** Completed at the group's next meeting. */
  completed?: true;
  logs: DemoLog[];
}

/**
 * Trials agreed at the held working-group meetings. The staff member and the
 * leader of Børnehuset Solsikken (ag-1, where the demo users work) log theirs;
 * the first is completed. Texts are about the practice, never a named child.
 */
const DEMO_TRIALS: DemoTrial[] = [
  {
    group: 'ag-1',
    meeting: 1,
    description:
      'Faste, små legegrupper med en voksen i ydertimerne, så børn, der ofte står uden for legen, får en fast plads i et fællesskab.',
    responsible: 'Medarbejderne på Solstrålen og Regnbuen',
    agreedBy: 'consultant',
    completed: true,
    logs: [
      {
        by: 'staff',
        after: 6,
        whatTried:
          'Tre legegrupper på fire børn fra kl. 15, hver med en fast voksen og en kasse med legetøj, børnene selv havde valgt.',
        whatHappened:
          'Grupperne holdt i 25–30 minutter. To børn, der plejer at gå rundt alene, blev i legen hele tiden.',
        reflection:
          'Det virker, når den voksne bliver i legen og ikke går fra for at tage imod forældre. Vi skal aftale, hvem der tager døren.',
      },
      {
        by: 'leader',
        after: 20,
        whatTried:
          'Legegrupperne kørte alle ugens dage; vi byttede rundt på de voksne, så alle prøvede at være fast voksen.',
        whatHappened: 'Mere ro i ydertimerne. På en dag med to syge kollegaer måtte vi slå grupperne sammen.',
        reflection: 'Grupperne skal med i vagtplanen, ellers forsvinder de, når vi er pressede.',
      },
    ],
  },
  {
    group: 'ag-1',
    meeting: 2,
    description: 'Dialogisk læsning i grupper på tre til fire børn to gange om ugen med samme bog i en uge.',
    responsible: 'Ali Hassan og Lene Bak',
    agreedBy: 'leader',
    logs: [
      {
        by: 'staff',
        after: 5,
        whatTried: 'Læste samme billedbog tre dage i træk og stillede åbne spørgsmål om billederne.',
        whatHappened: 'Tredje dag fortalte flere børn selv dele af historien. De stille børn pegede og gentog ord.',
        reflection:
          'Gentagelsen giver de stille børn mod på at sige noget. Vi vil skrive de nye ord op, så forældrene kan se dem.',
      },
      {
        by: 'leader',
        after: 14,
        whatTried: 'Deltog i læsningen på Regnbuen og gav sparring til medarbejderne bagefter.',
        whatHappened: 'Grupperne var for store, når der manglede en voksen, og læsningen blev afbrudt.',
        reflection: 'Hellere én lille gruppe end to store. Vi prioriterer læsningen før frokost.',
      },
    ],
  },
  {
    group: 'ag-1',
    meeting: 3,
    description: 'Billedstøtte og faste trin ved garderoben, så overgangen fra leg til udetid bliver forudsigelig.',
    responsible: 'Medarbejderne på Mariehønen og Solstrålen',
    agreedBy: 'consultant',
    logs: [
      {
        by: 'staff',
        after: 2,
        whatTried: 'Satte billeder af de fire trin op ved garderoben og gennemgik dem med børnene før udetid.',
        whatHappened: 'Færre konflikter i garderoben. Nogle børn brugte billederne til at hjælpe hinanden.',
        reflection: 'Billederne skal sidde i børnehøjde. Vi prøver også billeder ved overgangen til frokost.',
      },
    ],
  },
  {
    group: 'ag-2',
    meeting: 1,
    description: 'Faste pladser ved frokosten med en voksen ved hvert bord, der sætter samtalen i gang.',
    responsible: 'Birthe Kragelund og stuernes pædagoger',
    agreedBy: 'consultant',
    logs: [],
  },
  {
    group: 'ag-2',
    meeting: 2,
    description:
      'Korte samtaler med forældrene ved hentning om, hvad barnet har leget med, og hvad familien kan lege derhjemme.',
    responsible: 'Pædagogerne på Egern, Ræve og Ugler',
    agreedBy: 'consultant',
    logs: [],
  },
];

/**
 * Inserts the trials and their logs as the trials module does (the same
 * columns and defaults; a completed trial has the version its status change
 * gave it), dated by the meetings: a trial is saved on its meeting's day, so
 * it counts as agreed then; logs fall between that day and the seed date.
 */
export async function insertDemoTrials(
  tx: DrizzleTx,
  course: CourseRow,
  held: HeldMeeting[],
  people: DemoPeople,
  today: string,
): Promise<void> {
  const meetingOf = (group: string, sequence: number) =>
    held.find((m) => m.kind === 'working_group' && m.groupKey === group && m.sequence === sequence) ?? null;
  for (const t of DEMO_TRIALS) {
    const meeting = meetingOf(t.group, t.meeting);
    if (!meeting) continue;
    const key = `trial/${course.applicationId}/${t.group}/${t.meeting}`;
    const agreed = AgreeTrialRequest.parse({ description: t.description, responsible: t.responsible });
    const createdAt = danishInstant(meeting.date, meeting.end);
    const next = t.completed ? meetingOf(t.group, t.meeting + 1) : null;
    if (t.completed && !next)
      throw new Error(`Demodata: afprøvningen i ${t.group} afsluttes på et møde, der ikke er holdt`);
    await tx.insert(trials).values({
      id: demoId(key),
      courseId: course.id,
      meetingId: meeting.id,
      groupKey: meeting.groupKey,
      ...agreed,
      createdBy: t.agreedBy === 'leader' ? people.leader : people.consultant,
      createdAt,
      ...(next
        ? { status: 'completed' as const, version: 2, updatedAt: danishInstant(next.date, next.end) }
        : { updatedAt: createdAt }),
    });
    for (const [i, log] of t.logs.entries()) {
      const triedOn = workdayFrom(addDays(meeting.date, log.after));
      if (triedOn >= today || (next && triedOn > next.date)) continue;
      const entry = LogTrialRequest.parse({
        triedOn,
        whatTried: log.whatTried,
        whatHappened: log.whatHappened,
        reflection: log.reflection,
      });
      await tx.insert(trialLogs).values({
        id: demoId(`${key}/log/${i + 1}`),
        trialId: demoId(key),
        authorId: log.by === 'leader' ? people.leader : people.staff,
        ...entry,
        createdAt: danishInstant(triedOn, '15:30'),
      });
    }
  }
}
