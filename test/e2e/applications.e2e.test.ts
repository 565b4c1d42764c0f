/**
 * Online applications in the browser: a coordinator starts the municipality's
 * application from the open round, fills every field (autosaved), uploads the
 * director's signed PDF, sees the checklist complete, submits and gets the
 * receipt. Two sessions editing the same draft keep both when they change
 * different fields, and choose per field where both changed the same. Once the decision is published the
 * coordinator sees it, the agency sends the collaboration agreement and the
 * signed copy makes the municipality ready. Every page visited is scanned with axe.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../helpers/uploads.js';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { DEMO, shownDeadline } from './support/demo-dates.js';
import { apiAs, h1, logIn, openArea, snap } from './support/journey.js';

const HJOERRING = 'koordinator.hjoerring@kommune.example';
const HELSINGOER = 'koordinator.helsingoer@kommune.example';
const CHIEF = 'dagtilbudschef.hjoerring@kommune.example';
const ADMIN = 'admin@socialstyrelsen.example';
const ASSESSOR = 'bedoemmer@socialstyrelsen.example';
const OPEN_ROUND = DEMO.open.name;

/** The polite status line of the autosave. */
const saveStatus = (page: Page) => page.locator('#application-save-status');

async function waitForSaved(page: Page): Promise<void> {
  await expect
    .poll(async () => (await saveStatus(page).textContent()) ?? '', { timeout: 10_000 })
    .toMatch(/Gemt kl\. \d{2}\.\d{2}/);
}

/** From the menu to the open round, then into the application (starting it if there is none). */
async function openApplication(page: Page): Promise<void> {
  await openArea(page, 'Ansøgningsrunder');
  await page.getByRole('link', { name: OPEN_ROUND }).click();
  await h1(page, OPEN_ROUND).waitFor();
  const panel = page.getByRole('region', { name: 'Kommunens ansøgning' });
  await panel
    .getByRole('button', { name: 'Ansøg' })
    .or(panel.getByRole('link', { name: 'Fortsæt ansøgningen' }))
    .click();
  await h1(page, /^Ansøgning fra /).waitFor();
  await page.getByRole('form', { name: 'Ansøgningsskema' }).waitFor();
}

function group(page: Page, name: string | RegExp): Locator {
  return page.getByRole('group', { name });
}

const danish = (n: number) => n.toLocaleString('da-DK');

/**
 * Pastes one character more than the field's limit: the whole text stays (not
 * cut), the count says how long it is against the limit, the field is marked
 * invalid with a message, and count and message are tied to it for screen readers.
 */
async function pasteOverLimit(field: Locator, limit: number, text = 'æ'.repeat(limit + 1)): Promise<void> {
  await field.fill(text);
  const id = (await field.getAttribute('id')) ?? '';
  const page = field.page();
  expect(await field.inputValue()).toHaveLength(text.length);
  expect(await page.locator(`#${id}-count`).textContent()).toContain(`${danish(text.length)} / ${danish(limit)} tegn`);
  expect(await page.locator(`#${id}-error`).textContent()).toContain(`må højst være ${danish(limit)}`);
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect((await field.getAttribute('aria-describedby'))?.split(' ')).toEqual(
    expect.arrayContaining([`${id}-count`, `${id}-error`]),
  );
}

describe.skipIf(!chromiumAvailable())('applications', () => {
  const suite = browserSuite();

  it('a coordinator fills in every field, sees it saved and the checklist complete, submits and gets the receipt', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, HJOERRING);
    await openArea(page, 'Ansøgningsrunder');
    await page.getByRole('link', { name: OPEN_ROUND }).click();
    await h1(page, OPEN_ROUND).waitFor();
    const panel = page.getByRole('region', { name: 'Kommunens ansøgning' });
    await panel.getByRole('button', { name: 'Ansøg' }).waitFor();
    await expectAccessible(page, 'open round with the call to apply');
    await panel.getByRole('button', { name: 'Ansøg' }).click();
    await h1(page, 'Ansøgning fra Hjørring').waitFor();
    expect(await page.title()).toBe(`Ansøgning fra Hjørring – ${OPEN_ROUND} – Ansøgninger – Indsats`);
    expect(await page.locator('dl.facts').textContent()).toContain(shownDeadline(DEMO.open.deadline));
    await expect.poll(() => page.getByRole('checkbox').count()).toBeGreaterThan(2);
    await expectAccessible(page, 'empty application');
    await snap(page, 'application-empty');

    // Asking to submit the empty form lists what is missing; the list follows the form (gone once all is done, below).
    await page.getByRole('button', { name: 'Indsend ansøgningen' }).click();
    const missing = page.getByRole('alert').filter({ hasText: 'Ansøgningen mangler disse punkter' });
    await missing.waitFor();

    // Kontaktperson. Every limited field refuses a longer text visibly and keeps it whole (issue 11, point 5);
    // a too long name does not stop the other fields from being saved.
    const contact = group(page, 'Kontaktperson');
    const contactName = contact.getByLabel('Navn', { exact: true });
    await pasteOverLimit(contactName, 200);
    await pasteOverLimit(contact.getByLabel('Telefon'), 40);
    await pasteOverLimit(
      contact.getByLabel('E-mail', { exact: true }),
      200,
      `mette@${'k'.repeat(60)}.${'k'.repeat(60)}.${'k'.repeat(60)}.hjoerring.example`,
    );
    await contact.getByLabel('E-mail', { exact: true }).fill('mette.skov@hjoerring.example');
    await contact.getByLabel('Telefon').fill('72 33 33 33');
    await waitForSaved(page);
    expect(await page.locator('#application-held-back').textContent()).toContain('Ikke gemt: Navn (kontaktperson)');
    const savedNow = (await (
      await page.request.get(page.url().replace('/ansoegninger/', '/api/v1/applications/'))
    ).json()) as {
      content: { contactName: string; contactEmail: string };
    };
    expect(savedNow.content).toMatchObject({ contactName: '', contactEmail: 'mette.skov@hjoerring.example' });
    await contactName.fill('Mette Skov');
    await waitForSaved(page);
    expect(await page.locator('#application-held-back').count()).toBe(0);

    // Dagtilbud: two institutions, each with its share and documentation.
    const institutions = group(page, 'Deltagende dagtilbud');
    const boxes = institutions.getByRole('checkbox');
    const chosen: string[] = [];
    for (const i of [0, 1]) {
      const box = boxes.nth(i);
      const label = (await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent()) ?? '';
      const name = label.replace(/\s*\(.*\)\s*$/, '').trim();
      chosen.push(name);
      await box.check();
      const need = group(page, `Behov i ${name}`);
      await need.getByLabel('Andel familier i en udsat position (%)').fill(i === 0 ? '18,5' : '22');
      if (i === 0) await pasteOverLimit(need.getByLabel('Hvordan er behovet dokumenteret?'), 2000);
      await need.getByLabel('Hvordan er behovet dokumenteret?').fill(`Kommunens opgørelse 2026 for ${name}.`);
    }
    // An unreadable share is pointed out and not saved.
    const daycare = page.getByLabel('Andel af kommunens 0–2-årige i dagpleje (%)');
    await daycare.fill('140');
    await page.getByText('Skriv et tal mellem 0 og 100').first().waitFor();
    await daycare.fill('31');

    // 10,000 characters pasted into Motivation stay 10,000: refused, not cut to 6,000.
    await pasteOverLimit(page.getByLabel('Hvorfor ønsker kommunen at deltage?'), 6000, 'm'.repeat(10_000));
    await expectAccessible(page, 'application with a text over its limit');
    await pasteOverLimit(page.getByLabel('Beskriv ledelsens opbakning til forløbet'), 4000);
    await pasteOverLimit(page.getByLabel('Tilsagn om ressourcer og forankring'), 4000);
    await pasteOverLimit(page.getByLabel('Direktørens navn'), 200);
    await pasteOverLimit(page.getByLabel('Direktørens titel'), 200);
    expect(await page.locator('#application-held-back').textContent()).toContain(
      'Ikke gemt: Hvorfor ønsker kommunen at deltage?, Beskriv ledelsens opbakning',
    );
    await page
      .getByLabel('Hvorfor ønsker kommunen at deltage?')
      .fill('Vi vil styrke det tidlige samarbejde med forældrene.');
    await page
      .getByLabel('Beskriv ledelsens opbakning til forløbet')
      .fill('Dagtilbudschefen og lederne står bag og deltager i styregruppen.');
    await page
      .getByLabel('Tilsagn om ressourcer og forankring')
      .fill('Vi afsætter medarbejdertid, forplejning og transport og forankrer indsatsen i dagtilbudspolitikken.');
    await page.getByLabel('Direktørens navn').fill('Lars Thomsen');
    await page.getByLabel('Direktørens titel').fill('Børne- og kulturdirektør');
    await page.getByLabel('Dato for underskrift').fill('2027-01-15');

    // The director's PDF: a file that is not really a PDF is refused by the server; a real one is taken.
    const fileInput = page.getByLabel('Underskrevet tilsagn (PDF)');
    expect(await fileInput.getAttribute('accept')).toBe('application/pdf');
    expect(await page.locator('#application-directorFile-hint').textContent()).toContain('Højst 10 MB, kun PDF');
    await fileInput.setInputFiles({
      name: 'tilsagn.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('ikke en pdf'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('alert').filter({ hasText: 'Filen er ikke en gyldig PDF' }).waitFor();
    await fileInput.setInputFiles({ name: 'tilsagn.pdf', mimeType: 'application/pdf', buffer: await samplePdf() });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('status').filter({ hasText: 'tilsagn.pdf er uploadet.' }).waitFor();
    await page.getByRole('link', { name: 'Hent tilsagn.pdf' }).waitFor();

    await page.getByLabel(/Kommunen vil deltage i den eksterne evaluering/).check();
    await waitForSaved(page);

    // Everything saved: the checklist is complete, the list of missing points gone, and a reload shows what was typed.
    const checklist = page.getByRole('region', { name: 'Tjekliste' });
    await checklist.getByText('Alle punkter er udfyldt').waitFor();
    expect(await missing.count()).toBe(0);
    expect(await page.locator('#application-held-back').count()).toBe(0);
    await expectAccessible(page, 'filled application');
    await snap(page, 'application-filled');
    await page.reload();
    await h1(page, 'Ansøgning fra Hjørring').waitFor();
    expect(await page.getByLabel('Hvorfor ønsker kommunen at deltage?').inputValue()).toBe(
      'Vi vil styrke det tidlige samarbejde med forældrene.',
    );
    expect(
      await group(page, `Behov i ${chosen[0]}`).getByLabel('Andel familier i en udsat position (%)').inputValue(),
    ).toBe('18,5');
    expect(await daycare.inputValue()).toBe('31');

    // Submit, confirming in the dialog.
    await page.getByRole('button', { name: 'Indsend ansøgningen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indsend ansøgningen' });
    await dialog.waitFor();
    await expectAccessible(page, 'submit dialog');
    await dialog.getByRole('button', { name: 'Indsend ansøgningen' }).click();
    const receipt = page.getByRole('region', { name: 'Kvittering' });
    await receipt.waitFor();
    await page.getByRole('status').filter({ hasText: 'Ansøgningen er indsendt.' }).waitFor();
    expect(await receipt.textContent()).toContain('Mette');
    expect(await page.getByRole('form', { name: 'Ansøgningsskema' }).count()).toBe(0);
    const pdfHref = await receipt.getByRole('link', { name: 'Hent kvittering (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(pdfHref ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    // The read-only view shows what was sent.
    const content = page.getByRole('region', { name: 'Ansøgningens indhold' });
    expect(await content.textContent()).toContain('18,5 %');
    expect(await content.textContent()).toContain('Lars Thomsen');
    await expectAccessible(page, 'receipt');
    await snap(page, 'application-receipt');

    // The list shows it as submitted; the round now links to it.
    await openArea(page, 'Ansøgninger');
    const row = page.getByRole('row', { name: new RegExp(OPEN_ROUND) });
    expect(await row.textContent()).toContain('Indsendt');
    await expectAccessible(page, 'application list');
    await openArea(page, 'Ansøgningsrunder');
    await page.getByRole('link', { name: OPEN_ROUND }).click();
    await page
      .getByRole('region', { name: 'Kommunens ansøgning' })
      .getByRole('link', { name: 'Se ansøgningen' })
      .waitFor();

    // The head of daycare reads it: no form, the content, the director's PDF and the receipt.
    const chief = (await suite.freshSession()).page;
    await logIn(chief, CHIEF);
    await chief.goto('/ansoegninger');
    await h1(chief, 'Ansøgninger').waitFor();
    await chief.getByRole('link', { name: OPEN_ROUND }).click();
    await h1(chief, 'Ansøgning fra Hjørring').waitFor();
    await chief.getByRole('region', { name: 'Kvittering' }).waitFor();
    expect(await chief.getByRole('form', { name: 'Ansøgningsskema' }).count()).toBe(0);
    const directorPdf = await chief.getByRole('link', { name: 'Hent tilsagn.pdf' }).getAttribute('href');
    expect((await chief.request.get(directorPdf ?? '')).status()).toBe(200);
    await expectAccessible(chief, 'application read by the head of daycare');
  }, 180_000);

  it('two sessions editing the same draft: other fields merge by themselves, the same field asks, and the choice is saved', async () => {
    const first = (await suite.freshSession()).page;
    const second = (await suite.freshSession()).page;
    await logIn(first, HELSINGOER);
    await openApplication(first);
    const url = first.url();
    await logIn(second, HELSINGOER);
    await second.goto(url);
    await second.getByRole('form', { name: 'Ansøgningsskema' }).waitFor();
    const id = url.split('/').pop() ?? '';
    const stored = async (page: Page) =>
      (await (await page.request.get(`/api/v1/applications/${id}`)).json()) as {
        content: { motivation: string; contactPhone: string };
        conflicts: unknown[];
      };

    // The first session saves the motivation; the second, still on the older version, the phone: both are kept.
    const motivation = (page: Page) => page.getByLabel('Hvorfor ønsker kommunen at deltage?');
    const phone = (page: Page) => page.getByLabel('Telefon');
    await motivation(first).fill('Første udgave: fokus på sprog.');
    await waitForSaved(first);
    await phone(second).fill('70 10 20 30');
    await second.getByRole('status').filter({ hasText: 'så begge er gemt' }).waitFor();
    await waitForSaved(second);
    expect(await motivation(second).inputValue()).toBe('Første udgave: fokus på sprog.');
    expect(await stored(second)).toMatchObject({
      content: { motivation: 'Første udgave: fokus på sprog.', contactPhone: '70 10 20 30' },
      conflicts: [],
    });

    // Both change the motivation: the later save asks about that field only, with both versions side by side.
    await motivation(second).fill('Anden udgave: fokus på forældresamarbejde.');
    await waitForSaved(second);
    await motivation(first).fill('Første udgave, rettet.');
    const choice = first.getByRole('region', { name: 'I har ændret de samme felter' });
    await choice.waitFor();
    const fields = choice.getByRole('group');
    await expect.poll(() => fields.count()).toBe(1);
    const field = choice.getByRole('group', { name: 'Hvorfor ønsker kommunen at deltage?' });
    expect(await field.textContent()).toContain('Første udgave, rettet.');
    expect(await field.textContent()).toContain('Anden udgave: fokus på forældresamarbejde.');
    expect(await motivation(first).isDisabled()).toBe(true);
    expect(await saveStatus(first).textContent()).toContain('venter på dit valg');
    await expectAccessible(first, 'application with a conflict');
    await snap(first, 'application-conflict');

    // She takes the saved version for that field; nothing is left kept.
    await field.getByRole('radio', { name: /Den gemte udgave/ }).check();
    await choice.getByRole('button', { name: 'Gem mine valg' }).click();
    await first.getByRole('status').filter({ hasText: 'Dit valg er gemt.' }).waitFor();
    expect(await choice.count()).toBe(0);
    expect(await motivation(first).inputValue()).toBe('Anden udgave: fokus på forældresamarbejde.');
    await expect
      .poll(async () => {
        const after = await stored(first);
        return [after.content.motivation, after.content.contactPhone, after.conflicts.length];
      })
      .toEqual(['Anden udgave: fokus på forældresamarbejde.', '70 10 20 30', 0]);
    await expectAccessible(first, 'application after the conflict');
  }, 120_000);

  // Runs last: it closes the open round to decide it, on the application the first test submitted.
  it('after the decision is published, the coordinator sees it, the agency sends the agreement and the signed copy makes the municipality ready', async () => {
    const baseUrl = suite.server.baseUrl;
    const admin = await apiAs(baseUrl, ADMIN);
    const adminHeaders = { 'x-csrf-token': admin.csrf };
    const rounds = (await (await admin.api.get('/api/v1/rounds')).json()) as { items: { id: string; name: string }[] };
    const roundId = rounds.items.find((r) => r.name === OPEN_ROUND)?.id ?? '';
    const apps = (await (await admin.api.get(`/api/v1/rounds/${roundId}/applications`)).json()) as {
      items: { id: string; municipalityCode: string; status: string }[];
    };
    const appId = apps.items.find((a) => a.municipalityCode === '0860' && a.status === 'submitted')?.id ?? '';
    expect(appId).not.toBe('');

    // The assessor scores it; the agency closes the round, decides and publishes.
    const users = (await (
      await admin.api.get('/api/v1/users', { params: { role: 'assessor', pageSize: 50 } })
    ).json()) as { items: { id: string; email: string }[] };
    const assessorId = users.items.find((u) => u.email === ASSESSOR)?.id ?? '';
    expect(
      (
        await admin.api.put(`/api/v1/rounds/${roundId}/assessors`, {
          headers: adminHeaders,
          data: { userIds: [assessorId] },
        })
      ).status(),
    ).toBe(200);
    const assessor = await apiAs(baseUrl, ASSESSOR);
    const assessorHeaders = { 'x-csrf-token': assessor.csrf };
    const round = (await (await admin.api.get(`/api/v1/rounds/${roundId}`)).json()) as {
      version: number;
      criteria: { key: string }[];
      requirements: { key: string }[];
    };
    await assessor.api.get(`/api/v1/applications/${appId}/assessment`);
    const declared = await assessor.api.put(`/api/v1/applications/${appId}/assessment/conflict`, {
      headers: assessorHeaders,
      data: { hasConflict: false, note: '' },
    });
    expect(declared.status()).toBe(200);
    const own = ((await declared.json()) as { own: { version: number } }).own;
    const scored = await assessor.api.put(`/api/v1/applications/${appId}/assessment`, {
      headers: assessorHeaders,
      data: {
        version: own.version,
        requirements: Object.fromEntries(round.requirements.map((r) => [r.key, true])),
        criteria: Object.fromEntries(
          round.criteria.map((c) => [c.key, { score: 4, justification: 'Velbegrundet og konkret.' }]),
        ),
      },
    });
    expect(scored.status()).toBe(200);
    const scoredVersion = ((await scored.json()) as { own: { version: number } }).own.version;
    expect(
      (
        await assessor.api.post(`/api/v1/applications/${appId}/assessment/submit`, {
          headers: assessorHeaders,
          data: { version: scoredVersion },
        })
      ).status(),
    ).toBe(200);
    const closed = await admin.api.patch(`/api/v1/rounds/${roundId}`, {
      headers: adminHeaders,
      data: { version: round.version, deadline: new Date(Date.now() - 60_000).toISOString(), confirmed: true },
    });
    expect(closed.status()).toBe(200);
    const decided = await admin.api.put(`/api/v1/rounds/${roundId}/decision`, {
      headers: adminHeaders,
      data: {
        selected: ['0860'],
        waitlist: [],
        reason: 'Den eneste ansøger.',
        letterReason: 'Hjørring er den eneste ansøger og opfylder kravene.',
      },
    });
    expect(decided.status()).toBe(200);
    const decision = ((await decided.json()) as { decision: { version: number } }).decision;
    expect(
      (
        await admin.api.post(`/api/v1/rounds/${roundId}/decision/publish`, {
          headers: adminHeaders,
          data: { version: decision.version, confirmed: true },
        })
      ).status(),
    ).toBe(200);

    // The coordinator sees the decision with its letter; no agreement yet.
    const { page } = await suite.freshSession();
    await logIn(page, HJOERRING);
    await page.goto(`/ansoegninger/${appId}`);
    const decisionPanel = page.getByRole('region', { name: 'Afgørelse' });
    await decisionPanel.waitFor();
    expect(await decisionPanel.textContent()).toContain('Tilsagn');
    const letter = await decisionPanel.getByRole('link', { name: 'Hent afgørelsesbrevet (PDF)' }).getAttribute('href');
    expect((await page.request.get(letter ?? '')).headers()['content-type']).toContain('application/pdf');
    await page
      .getByRole('region', { name: 'Samarbejdsaftale' })
      .getByText('Samarbejdsaftalen er ikke sendt endnu.')
      .waitFor();
    await expectAccessible(page, 'application with its decision');

    // The agency sends the agreement from the application page.
    const agency = (await suite.freshSession()).page;
    await logIn(agency, ADMIN);
    await agency.goto(`/ansoegninger/${appId}`);
    const agencyPanel = agency.getByRole('region', { name: 'Samarbejdsaftale' });
    await agencyPanel.getByRole('button', { name: 'Send samarbejdsaftale' }).click();
    // The agreement as it will go, then the confirmation (issue 11, point 4).
    const confirmSend = agency.getByRole('dialog', { name: 'Send samarbejdsaftalen?' });
    await confirmSend.getByText('Samarbejdsaftale', { exact: false }).first().waitFor();
    await confirmSend.getByRole('button', { name: 'Send aftalen' }).click();
    await agency.getByRole('status').filter({ hasText: 'Samarbejdsaftalen er sendt til kommunen.' }).waitFor();
    expect(await agencyPanel.locator('dl.facts').textContent()).toContain('Sendt');
    await expectAccessible(agency, 'agreement sent');
    await snap(agency, 'application-agreement-sent');

    // The coordinator uploads the signed copy: the municipality is ready for its course.
    await page.reload();
    const agreementPanel = page.getByRole('region', { name: 'Samarbejdsaftale' });
    await agreementPanel.getByRole('link', { name: 'Hent samarbejdsaftalen (PDF)' }).waitFor();
    await agreementPanel.getByLabel('Underskrevet samarbejdsaftale (PDF)').setInputFiles({
      name: 'aftale-underskrevet.pdf',
      mimeType: 'application/pdf',
      buffer: await samplePdf('Underskrevet samarbejdsaftale'),
    });
    await agreementPanel.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('status').filter({ hasText: 'Kommunen er klar til forløbet.' }).waitFor();
    expect(await agreementPanel.locator('dl.facts').textContent()).toContain('Underskrevet');
    await agreementPanel.getByRole('link', { name: 'Hent den underskrevne aftale (PDF)' }).waitFor();
    await expectAccessible(page, 'agreement signed');
    await snap(page, 'application-agreement-signed');
    await openArea(page, 'Ansøgninger');
    expect(await page.getByRole('row', { name: new RegExp(OPEN_ROUND) }).textContent()).toContain('Klar til forløb');
  }, 120_000);
});
