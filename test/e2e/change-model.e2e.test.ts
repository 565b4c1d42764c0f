/**
 * The change model in the browser: Hjørring's coordinator opens the course's
 * change model (version 1 saved behind the browser's back), adds an activity
 * and an indicator, meets the error summary, saves version 2, compares it
 * with version 1, records a measurement and sees the indicator's progress;
 * then the head of daycare saves at the same time, her own save is kept
 * beside it, and she makes hers the newest version. Every state is scanned with axe.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { apiAs, h1, logIn, openArea, printed, snap } from './support/journey.js';

const HJOERRING = 'koordinator.hjoerring@kommune.example';
/** Hjørring's course of August 2018, untouched (the demo's course year under way is Hjørring's current course). */
const ROUND = 'August 2018 – juni 2019';

const VERSION_1 = {
  problem: 'Børn i udsatte positioner får ikke nok ud af dagtilbuddet.',
  targetGroup: 'Børn 0–6 år i de udvalgte dagtilbud og deres forældre.',
  activities: [{ id: 'a-sprog', text: 'Sprogstimulering i små grupper' }],
  outputs: [{ id: 'o-grupper', text: 'Alle børn deltager i sproggrupper' }],
  shortTermOutcomes: [{ id: 'k-sprog', text: 'Flere børn har alderssvarende sprog' }],
  longTermOutcomes: [{ id: 'l-skole', text: 'Flere børn er klar til skole' }],
  assumptions: [{ id: 'as-tid', text: 'Personalet har tid til sproggrupperne' }],
  indicators: [],
};

describe.skipIf(!chromiumAvailable())('change model', () => {
  const suite = browserSuite();

  it('the coordinator adds an activity and an indicator, saves version 2, compares it with version 1, records a measurement and resolves a concurrent save', async () => {
    const { api, csrf } = await apiAs(suite.server.baseUrl, HJOERRING);
    const { items } = (await (await api.get('/api/v1/courses')).json()) as {
      items: { id: string; municipalityName: string; roundName: string }[];
    };
    const courseId = items.find((c) => c.municipalityName === 'Hjørring' && c.roundName === ROUND)?.id ?? '';
    const first = await api.put(`/api/v1/courses/${courseId}/change-model`, {
      headers: { 'x-csrf-token': csrf },
      data: { baseVersion: 0, content: VERSION_1, note: 'Første udkast' },
    });
    expect(first.status()).toBe(200);
    await api.dispose();

    const { page } = await suite.freshSession();
    await logIn(page, HJOERRING);
    await openArea(page, 'Forløb');
    await page
      .getByRole('table', { name: 'Forløb' })
      .getByRole('row')
      .filter({ hasText: ROUND })
      .getByRole('link', { name: 'Hjørring' })
      .click();
    await h1(page, 'Forløb for Hjørring').waitFor();
    await page
      .getByRole('navigation', { name: 'Forløbets sider' })
      .getByRole('link', { name: 'Forandringsmodel' })
      .click();
    await h1(page, 'Forandringsmodel').waitFor();
    expect(await page.title()).toBe('Forandringsmodel – Hjørring – Forandringsmodel – Indsats');
    await page.getByText(/^Version 1, gemt .* af Mette Kjær\.$/).waitFor();
    const diagram = page.getByRole('img', { name: 'Forandringsmodel – Hjørring Kommune' });
    await diagram.waitFor();
    const diagramText = async () => ((await diagram.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(await diagramText()).toContain('Sprogstimulering i små grupper');
    await page.getByRole('form', { name: 'Redigér forandringsmodellen' }).waitFor();
    await expectAccessible(page, 'change model, version 1');

    // A new activity left empty: the summary names it and takes focus.
    await page.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cm-activities-1');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Forandringsmodellen kan ikke gemmes' });
    await summary.getByRole('link', { name: 'Aktivitet 2: Skal udfyldes' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cm-errors');
    await expectAccessible(page, 'change model with errors');

    await page.getByLabel('Aktivitet 2', { exact: true }).fill('Læringskufferter lånes med hjem');
    await page.getByRole('button', { name: 'Tilføj indikator' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cm-ind-0-name');
    const indicator = page.getByRole('group', { name: /^Indikator 1/ });
    await indicator.getByLabel('Navn', { exact: true }).fill('Andel børn med alderssvarende sprog');
    await indicator.getByLabel('Måler resultatet').selectOption({ label: 'Flere børn har alderssvarende sprog' });
    await indicator.getByLabel('Datakilde').fill('Sprogvurderinger');
    await indicator.getByLabel('Udgangspunkt').fill('60');
    await indicator.getByRole('textbox', { name: 'Mål (frivilligt)' }).fill('80');
    await indicator.getByLabel('Enhed').fill('%');
    await page.getByLabel('Note til versionen').fill('Efter styregruppemødet');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    await page.getByRole('status').filter({ hasText: 'Forandringsmodellen er gemt som version 2.' }).waitFor();
    await page.getByText(/^Version 2, gemt .* af Mette Kjær\.$/).waitFor();
    const versions = page.getByRole('table', { name: 'Gemte versioner, nyeste først' });
    expect(await versions.locator('tbody th').allTextContents()).toEqual(['2', '1']);
    await expect.poll(diagramText).toContain('Læringskufferter lånes med hjem');
    await expectAccessible(page, 'change model, version 2');
    await snap(page, 'change-model-saved');

    // Printing gives the diagram alone, on landscape pages.
    const diagramPrint = await printed(page);
    expect(diagramPrint.text).toContain('Læringskufferter lånes med hjem');
    expect(diagramPrint.text).not.toContain('Gemte versioner');
    expect(diagramPrint.pages.every((p) => p.landscape)).toBe(true);

    // Version 1 against version 2.
    await page.getByLabel('Fra version', { exact: true }).selectOption('1');
    await page.getByLabel('Til version', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    const comparison = page.getByRole('region', { name: 'Forskelle fra version 1 til version 2' });
    await comparison.waitFor();
    const compared = (await comparison.textContent()) ?? '';
    expect(compared).toContain('2 ændringer.');
    expect(compared).toContain('Tilføjet: Læringskufferter lånes med hjem');
    expect(compared).toContain('Tilføjet: Andel børn med alderssvarende sprog');
    await expectAccessible(page, 'change model comparison');

    // A measurement half way from baseline to target.
    const form = page.getByRole('form', { name: 'Registrér en måling' });
    await form.getByLabel('Målt værdi').fill('70');
    await form.getByRole('button', { name: 'Registrér målingen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Målingen af Andel børn med alderssvarende sprog er registreret.' })
      .waitFor();
    const progress = page.getByRole('table', { name: 'Indikatorernes fremdrift' });
    const row = progress.getByRole('row', { name: /Andel børn med alderssvarende sprog/ });
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('50 % af vejen fra udgangspunkt til mål');
    expect(await row.textContent()).toContain('60 %');
    expect(
      await row
        .getByRole('progressbar', { name: 'Fremdrift for Andel børn med alderssvarende sprog' })
        .getAttribute('value'),
    ).toBe('50');
    await expectAccessible(page, 'change model with progress');
    await snap(page, 'change-model-progress');

    // Someone saves version 3 while the coordinator edits the same section: only that section is offered, she chooses.
    const other = await apiAs(suite.server.baseUrl, 'dagtilbudschef.hjoerring@kommune.example');
    const current = (await (await other.api.get(`/api/v1/courses/${courseId}/change-model`)).json()) as {
      version: number;
      content: object;
    };
    const theirs = await other.api.put(`/api/v1/courses/${courseId}/change-model`, {
      headers: { 'x-csrf-token': other.csrf },
      data: {
        baseVersion: current.version,
        content: { ...current.content, problem: 'Chefens formulering af problemet.' },
        note: '',
      },
    });
    expect(theirs.status()).toBe(200);
    await other.api.dispose();
    await page.getByRole('textbox', { name: 'Problem', exact: true }).fill('Koordinatorens formulering af problemet.');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    const conflict = page.getByRole('region', { name: 'I har ændret de samme felter' });
    await conflict.waitFor();
    await expect.poll(() => conflict.getByRole('group').count()).toBe(1);
    const problem = conflict.getByRole('group', { name: 'Problem' });
    expect(await problem.textContent()).toContain('Koordinatorens formulering af problemet.');
    expect(await problem.textContent()).toContain('Chefens formulering af problemet.');
    await expectAccessible(page, 'change model conflict');
    await snap(page, 'change-model-conflict');
    await problem.getByRole('radio', { name: /Din udgave/ }).check();
    await conflict.getByRole('button', { name: 'Gem mine valg' }).click();
    await page.getByText(/^Version 4, gemt .* af Mette Kjær\.$/).waitFor();
    await expect.poll(() => conflict.count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Problem', exact: true }).inputValue()).toBe(
      'Koordinatorens formulering af problemet.',
    );
    const saved = (await (await page.request.get(`/api/v1/courses/${courseId}/change-model`)).json()) as {
      conflicts: unknown[];
    };
    expect(saved.conflicts).toEqual([]);

    // The change model's print rules stay loaded after leaving it; another page still prints its own content, upright.
    await page.getByRole('navigation', { name: 'Forløbets sider' }).getByRole('link', { name: 'Møder' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Forandringsmodel' }).waitFor();
    const meetingsPrint = await printed(page);
    expect(meetingsPrint.text).toContain('Hjørring');
    expect(meetingsPrint.text).not.toContain('Læringskufferter lånes med hjem');
    expect(meetingsPrint.pages.some((p) => p.landscape)).toBe(false);
  }, 120_000);
});
