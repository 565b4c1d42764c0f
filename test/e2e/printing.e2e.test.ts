/**
 * Printing (issue 11, point 6 and its quality bar): every page a person would
 * print – application with its receipt, assessment, scores, selection,
 * meeting with agenda and minutes, self-analysis, change model, course plan
 * and a calendar week – is printed to PDF by Chromium and read back with a
 * real PDF parser (unpdf): the page's own text is on paper, the app's frame
 * (header, menu, footer, buttons) is not. On the demo, seeded on today's date.
 */
import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { courseMeetings, courses } from '../../src/server/db/schema.js';
import { CLOSED_ROUND, UNDER_WAY_ROUND } from '../../src/server/seed/demo-calendar.js';
import { demoId } from '../../src/server/seed/demo-data.js';
import { danishToday } from '../../src/server/time/danish-today.js';
import { chromiumAvailable } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { DEMO } from './support/demo-dates.js';
import { h1, logIn, printed } from './support/journey.js';

const COORDINATOR = 'koordinator.hjoerring@kommune.example';
const CONSULTANT = 'konsulent@socialstyrelsen.example';
const ASSESSOR = 'bedoemmer@socialstyrelsen.example';
const ADMIN = 'admin@socialstyrelsen.example';
/** Hjørring's application in the closed round: submitted, so it has its receipt. */
const APPLICATION = demoId(`application/${CLOSED_ROUND}/0860`);
const CLOSED = demoId(CLOSED_ROUND);
/** The demo's working-group meeting with an agenda and minutes. */
const MEETING = 'Arbejdsgruppemøde 3 – Børnehaven Troldehøj';
/** What only the app's frame says: the header, the main menu and the footer. */
const FRAME = ['Mine opgaver', 'Log ud', 'Hovedmenu', 'Tilgængelighedserklæring', 'Privatlivspolitik', 'Udskriv'];

/** Whitespace as the PDF text has it: runs of spaces and line ends become one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The start of a long text (its first 60 characters, whole words): enough to find it on paper. */
const opening = (s: string) =>
  flat(s)
    .slice(0, 60)
    .replace(/\s\S*$/, '');
/** Text from stored HTML (minutes): tags become spaces. */
const fromHtml = (html: string) => flat(html.replace(/<[^>]+>/g, ' '));

/**
 * Prints the page as it is and checks the paper: every `own` text is on it
 * (whitespace folded), and nothing of the app's frame or of `screenOnly`.
 */
async function expectPrinted(
  page: Page,
  label: string,
  own: string[],
  screenOnly: string[] = [],
): Promise<{ landscape: boolean }[]> {
  const { text, pages } = await printed(page);
  if (process.env.E2E_PRINT_TEXT) console.log(`── ${label}:\n${text.slice(0, 3000)}`);
  for (const s of own) expect(text, `${label}: "${s}" on paper`).toContain(flat(s));
  for (const s of [...FRAME, ...screenOnly]) expect(text, `${label}: "${s}" is not printed`).not.toContain(s);
  return pages;
}

/** The first string of at least 40 characters in a record read through the API (depth first). */
async function aLongTextOf(page: Page, url: string): Promise<string> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  const find = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v.length >= 40 && !/^[\w-]+$/.test(v) ? v : undefined;
    if (Array.isArray(v)) return v.map(find).find(Boolean);
    if (v && typeof v === 'object') return Object.values(v).map(find).find(Boolean);
    return undefined;
  };
  const found = find(await res.json());
  if (!found) throw new Error(`no long text in ${url}`);
  return found;
}

describe.skipIf(!chromiumAvailable())('printing', () => {
  const suite = browserSuite();
  let courseId = '';
  let meeting: { id: string; agenda: string; minutes: string };

  beforeAll(async () => {
    await inMaintenanceTx(suite.server.database.db, async (tx) => {
      const [course] = await tx
        .select({ id: courses.id })
        .from(courses)
        .where(eq(courses.applicationId, demoId(`application/${UNDER_WAY_ROUND}/0860`)));
      courseId = course!.id;
      const [m] = await tx
        .select({ id: courseMeetings.id, agenda: courseMeetings.agenda, minutes: courseMeetings.minutesHtml })
        .from(courseMeetings)
        .where(and(eq(courseMeetings.courseId, courseId), eq(courseMeetings.title, MEETING)));
      meeting = m!;
    });
  });

  it('the application with its receipt, the assessment, the scores and the selection', async () => {
    const coordinator = (await suite.freshSession()).page;
    await logIn(coordinator, COORDINATOR);
    const motivation = opening(
      (
        (await (await coordinator.request.get(`/api/v1/applications/${APPLICATION}`)).json()) as {
          content: { motivation: string };
        }
      ).content.motivation,
    );
    await coordinator.goto(`/ansoegninger/${APPLICATION}`);
    await h1(coordinator, 'Ansøgning fra Hjørring').waitFor();
    await coordinator.getByRole('heading', { name: 'Kvittering' }).waitFor();
    await expectPrinted(
      coordinator,
      'application',
      [
        'Ansøgning fra Hjørring',
        'Kvittering',
        'Socialstyrelsen har modtaget ansøgningen.',
        'Referencenummer',
        motivation,
      ],
      ['Hent kvittering (PDF)'],
    );

    const assessor = (await suite.freshSession()).page;
    await logIn(assessor, ASSESSOR);
    await assessor.goto(`/bedoemmelser/${APPLICATION}`);
    await h1(assessor, 'Bedømmelse af Hjørring').waitFor();
    await assessor.getByRole('region', { name: 'Ansøgningen', exact: true }).waitFor();
    await expectPrinted(assessor, 'assessment', ['Bedømmelse af Hjørring', motivation, 'Tildelingskriterium 1']);

    const admin = (await suite.freshSession()).page;
    await logIn(admin, ADMIN);
    await admin.goto(`/runder/${CLOSED}/point`);
    await h1(admin, 'Point og bedømmelser').waitFor();
    await admin.getByRole('table', { name: 'Point pr. ansøgning' }).waitFor();
    const scores = await expectPrinted(admin, 'scores', ['Point og bedømmelser', DEMO.closed.name, 'Hjørring']);
    expect(scores.every((p) => p.landscape)).toBe(true);

    await admin.goto(`/runder/${CLOSED}/udvaelgelse`);
    await h1(admin, 'Udvælgelse og afgørelser').waitFor();
    await admin.getByRole('table', { name: 'Ansøgerne med point og forslagets begrundelse' }).waitFor();
    await expectPrinted(admin, 'selection', ['Udvælgelse og afgørelser', 'Ansøgerne', 'Hjørring']);
  });

  it('the meeting with agenda and minutes, the self-analysis, the change model, the course plan and a calendar week', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, CONSULTANT);
    const course = `/forloeb/${courseId}`;
    /** The course's own pages: on paper without the course's navigation between them. */
    const courseNav = ['Overblik'];

    const { participants, decisions } = (await (await page.request.get(`/api/v1/meetings/${meeting.id}`)).json()) as {
      participants: { name: string }[];
      decisions: string[];
    };
    expect(participants.length).toBeGreaterThan(0);
    expect(decisions.length).toBeGreaterThan(0);
    await page.goto(`${course}/moeder/${meeting.id}`);
    await h1(page, MEETING).waitFor();
    await page.getByRole('textbox', { name: 'Referat', exact: true }).waitFor();
    await expectPrinted(
      page,
      'meeting',
      [
        MEETING,
        'Dagsorden',
        meeting.agenda.split('\n')[0]!,
        'Referat',
        opening(fromHtml(meeting.minutes)),
        // Every participant's name and every decision whole (on screen they are fields).
        ...participants.map((p) => p.name),
        ...decisions,
      ],
      [...courseNav, 'Vedhæft et bilag', 'Aftal en afprøvning', 'Mødets status', 'kalenderinvitation (.ics)'],
    );

    const analysis = opening(await aLongTextOf(page, `/api/v1/courses/${courseId}/self-analysis`));
    await page.goto(`${course}/egenanalyse`);
    await h1(page, 'Egenanalyse').waitFor();
    await page.getByText(analysis).first().waitFor();
    await expectPrinted(page, 'self-analysis', ['Egenanalyse', analysis], courseNav);

    // The change model prints its diagram alone, on landscape paper.
    await page.goto(`${course}/forandringsmodel`);
    await h1(page, 'Forandringsmodel').waitFor();
    const box = flat((await page.locator('.cm-diagram svg text').first().textContent()) ?? '');
    expect(box).not.toBe('');
    const diagram = await expectPrinted(page, 'change model', [box], courseNav);
    expect(diagram.every((p) => p.landscape)).toBe(true);

    await page.goto(`${course}/plan`);
    await h1(page, 'Plan og møder').waitFor();
    await page.getByRole('table').first().waitFor();
    const plan = await expectPrinted(page, 'course plan', ['Plan og møder', 'Forløbets plan', MEETING], courseNav);
    expect(plan.every((p) => p.landscape)).toBe(true);

    await page.goto(`/kalender?maaned=${danishToday(new Date()).slice(0, 7)}`);
    await h1(page, 'Kalender').waitFor();
    const week = page.getByRole('table', { name: /^Uge \d+/ }).first();
    await week.waitFor();
    const weekName = flat((await week.locator('caption').textContent()) ?? '');
    const firstMeeting = flat((await week.locator('tbody th').first().textContent()) ?? '');
    const calendar = await expectPrinted(
      page,
      'calendar',
      ['Kalender', weekName, firstMeeting],
      ['Kalenderabonnement', 'Registrér fravær', 'Forrige måned'],
    );
    expect(calendar.every((p) => p.landscape)).toBe(true);
  });
});
