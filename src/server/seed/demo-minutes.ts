import type { MeetingKind } from '../../shared/contracts/courses.js';

/**
 * What the held meetings of the demo course year say: agendas, places,
 * minutes (formatted text as the editor sends it; the seed sanitises it like
 * the meetings module) and decisions. Plain professional Danish about the
 * practice – never about a named child.
 */
export interface DemoMinutes {
  html: string;
  decisions: string[];
}

interface MeetingRef {
  kind: MeetingKind;
  groupKey: string | null;
  sequence: number;
}

const AGENDAS: Record<MeetingKind, string[]> = {
  kickoff: [
    'Velkomst og præsentation',
    'Forløbets elementer og årshjul',
    'Roller: styregruppe, tovholder og arbejdsgrupper',
    'Egenanalysen: hvem gør hvad',
    'Næste skridt',
  ],
  steering: [
    'Status på forløbet',
    'Erfaringer fra arbejdsgrupperne',
    'Forandringsmodellen og indikatorerne',
    'Beslutninger og næste møde',
  ],
  sparring: ['Status siden sidst', 'Tovholderens spørgsmål', 'Egenanalyse og data', 'Aftaler'],
  leader_sparring: [
    'Runde: hvad fylder i dagtilbuddene',
    'Pædagogisk ledelse af afprøvningerne',
    'Erfaringsudveksling',
    'Aftaler',
  ],
  working_group: [
    'Opfølgning på afprøvningerne siden sidst',
    'Refleksion: hvad lærte vi',
    'Næste afprøvning: hvad, hvem og hvornår',
    'Evaluering af mødet',
  ],
  theme_day: ['Oplæg om læringsmiljøer for børn i udsatte positioner', 'Erfaringer fra rundens kommuner', 'Workshops'],
  conference: ['Oplæg og workshops'],
  extra: ['Dagsorden følger'],
};

/** The agenda as the meeting stores it: plain text, one item per line. */
export function agendaFor(kind: MeetingKind): string {
  return AGENDAS[kind].join('\n');
}

/** Where a meeting is held: the working group at its institution, the rest at the town hall. */
export function locationFor(kind: MeetingKind, groupAddress: string | null): string {
  switch (kind) {
    case 'working_group':
      return groupAddress ?? 'I dagtilbuddet';
    case 'leader_sparring':
      return 'Dagtilbudsafdelingen, Hjørring Rådhus, mødelokale 3';
    case 'theme_day':
    case 'conference':
      return 'Oplyses senere';
    case 'kickoff':
    case 'steering':
    case 'sparring':
    case 'extra':
      return 'Hjørring Rådhus, mødelokale 2';
  }
}

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
const p = (text: string) => `<p>${text}</p>`;

const KICKOFF: DemoMinutes = {
  html: [
    '<h3>Formål med forløbet</h3>',
    p(
      'Praksiskonsulenten præsenterede forløbets elementer: egenanalysen, forandringsmodellen, arbejdsgruppemøderne i de to dagtilbud, sparringen med tovholderen og styregruppens rolle. Dagtilbudschefen understregede, at forløbet skal styrke læringsmiljøet for børn i udsatte positioner i hele kommunen, ikke kun i de to dagtilbud.',
    ),
    p(
      'Vi drøftede, hvordan kommunen i dag følger op på sprogvurderinger og trivsel, og hvor der mangler et fælles sprog på tværs af dagtilbuddene. Der er gode erfaringer med tværfaglige møder med sundhedsplejen, men de bruges forskelligt fra dagtilbud til dagtilbud.',
    ),
    '<h3>Aftaler</h3>',
    list([
      'Tovholderen samler kommunens egne tal til egenanalysen inden for forløbets første måned.',
      'Lederne af Børnehuset Solsikken og Børnehaven Troldehøj udpeger hver to til tre medarbejdere til arbejdsgruppen.',
      'Styregruppen består af dagtilbudschefen, tovholderen, de to dagtilbudsledere og praksiskonsulenten.',
    ]),
  ].join(''),
  decisions: [
    'Styregruppen nedsættes med dagtilbudschef, tovholder, de to dagtilbudsledere og praksiskonsulent.',
    'Egenanalysen udfyldes af tovholderen og fremlægges, når forløbet har kørt et par måneder.',
  ],
};

const STEERING: DemoMinutes = {
  html: [
    p(
      'Styregruppen godkendte kommissoriet og årshjulet for forløbet. Praksiskonsulenten fortalte om de første arbejdsgruppemøder: begge dagtilbud har valgt at arbejde med ydertimerne og overgangene i løbet af dagen, hvor børn i udsatte positioner oftest står uden for fællesskabet.',
    ),
    p(
      'Der var en drøftelse af, hvilke data kommunen allerede har, og hvilke der skal indsamles til forandringsmodellens indikatorer. Sprogvurderingerne og dagtilbuddenes egne observationer kan bruges som udgangspunkt, så der ikke skal opfindes nye registreringer.',
    ),
    list([
      'Forandringsmodellens første udgave udarbejdes af tovholderen og praksiskonsulenten.',
      'Udgangspunktsmålinger foretages i forløbets første måned.',
      'Næste styregruppemøde holdes midt i forløbet.',
    ]),
  ].join(''),
  decisions: [
    'Kommissoriet for forløbet er godkendt.',
    'Forandringsmodellen får tre indikatorer med udgangspunkt og mål.',
  ],
};

const SPARRING: DemoMinutes[] = [
  {
    html: [
      p(
        'Sparringen handlede om tovholderens rolle og planlægningen af egenanalysen. Vi gennemgik skabelonen og aftalte, hvem der bidrager til de enkelte afsnit:',
      ),
      list([
        'Ledelse: dagtilbudschefen.',
        'Organisering: tovholderen med input fra de to dagtilbudsledere.',
        'Målrettede indsatser: tovholderen sammen med PPR.',
      ]),
      p(
        'Tovholderen oplever god opbakning, men tiden er knap i de kommende måneder. Vi aftalte faste sparringstider hver anden måned.',
      ),
    ].join(''),
    decisions: ['Egenanalysens afsnit fordeles som beskrevet.'],
  },
  {
    html: [
      p(
        'Egenanalysen er næsten færdig. Kapacitetsoversigten for de to dagtilbud er udfyldt; kommunens tal for tværfaglige møder mangler stadig og hentes hos PPR.',
      ),
      p(
        'Tovholderen ønskede sparring på, hvordan arbejdsgruppernes afprøvninger kan deles med kommunens øvrige dagtilbud. Vi drøftede et kort nyhedsbrev efter hvert arbejdsgruppemøde og et fast punkt på dagtilbudsledermøderne.',
      ),
      list(['Tovholderen henter de sidste tal hos PPR.', 'Praksiskonsulenten sender et eksempel på et nyhedsbrev.']),
    ].join(''),
    decisions: ['Egenanalysen fremlægges på et af de næste møder.'],
  },
  {
    html: [
      p(
        'Vi fulgte op på fremlæggelsen af egenanalysen og på forandringsmodellen. Tovholderen vil justere målet for forældresamtaler, fordi dagtilbuddene allerede er kommet godt i gang.',
      ),
      list([
        'Forandringsmodellen gemmes i en ny udgave efter justeringen.',
        'De næste målinger aftales med dagtilbudslederne.',
      ]),
    ].join(''),
    decisions: ['Målet for forældresamtaler hæves i forandringsmodellen.'],
  },
];

const LEADER_SPARRING: DemoMinutes = {
  html: [
    p(
      'Dagtilbudslederne drøftede pædagogisk ledelse af afprøvningerne: hvordan medarbejderne får tid til at afprøve og reflektere, og hvordan lederen følger op, uden at det bliver kontrol.',
    ),
    list([
      'Afprøvningerne drøftes kort på hvert personalemøde.',
      'Lederne deltager i arbejdsgruppemøderne, når det er muligt.',
      'Erfaringerne deles på næste ledersparring.',
    ]),
  ].join(''),
  decisions: ['Afprøvningerne er et fast punkt på personalemøderne i begge dagtilbud.'],
};

/** Working-group meetings by their number in the group's series; the group's name is put in. */
const WORKING_GROUP: ((group: string) => DemoMinutes)[] = [
  (group) => ({
    html: [
      p(
        `Arbejdsgruppen i ${group} drøftede, hvor i hverdagen børn i udsatte positioner har sværest ved at deltage. Medarbejderne pegede på ydertimerne og overgangene mellem aktiviteter, hvor grupperne er store og de voksne travle.`,
      ),
      p(
        'Praksiskonsulenten introducerede arbejdet med afprøvninger: en konkret ændring i praksis, som prøves af i tre til fire uger og skrives ned undervejs, så gruppen kan vende tilbage til den på næste møde.',
      ),
      list([
        'Små legegrupper med en fast voksen i ydertimerne.',
        'Billedstøtte ved overgange.',
        'Forældrenes viden om barnets leg derhjemme.',
      ]),
    ].join(''),
    decisions: ['Gruppen starter med én afprøvning ad gangen.'],
  }),
  (group) => ({
    html: [
      p(
        `Arbejdsgruppen i ${group} fulgte op på den første afprøvning. Medarbejderne oplever, at de små grupper giver mere ro, og at flere børn tager initiativ til leg, når der er en voksen, der bliver i legen.`,
      ),
      p(
        'Det har været svært at holde fast i grupperne på dage med sygdom blandt personalet. Gruppen drøftede, hvad der kan prioriteres væk på de dage.',
      ),
      list(['Logbogen bruges efter hver afprøvning.', 'Næste afprøvning handler om sprog i små grupper.']),
    ].join(''),
    decisions: ['Den første afprøvning fortsætter og udvides til alle stuer.'],
  }),
  (group) => ({
    html: [
      p(
        `Arbejdsgruppen i ${group} gennemgik logbøgerne fra afprøvningerne. Refleksionerne viser, at børnene deltager mere, når aktiviteterne er forudsigelige og grupperne små.`,
      ),
      list([
        'Dialogisk læsning fortsætter to gange om ugen.',
        'Billedstøtte ved garderoben afprøves frem til næste møde.',
      ]),
    ].join(''),
    decisions: ['Billedstøtte ved garderoben afprøves frem til næste møde.'],
  }),
];

/** The minutes of a held meeting, or null for a kind the demo holds none of. */
export function minutesFor(meeting: MeetingRef, groupName: string | null): DemoMinutes | null {
  const nth = (items: readonly unknown[]) => Math.min(meeting.sequence, items.length) - 1;
  switch (meeting.kind) {
    case 'kickoff':
      return KICKOFF;
    case 'steering':
      return STEERING;
    case 'sparring':
      return SPARRING[nth(SPARRING)] ?? null;
    case 'leader_sparring':
      return LEADER_SPARRING;
    case 'working_group':
      return WORKING_GROUP[nth(WORKING_GROUP)]?.(groupName ?? 'dagtilbuddet') ?? null;
    case 'theme_day':
    case 'conference':
    case 'extra':
      return null;
  }
}
