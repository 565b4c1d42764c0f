import { eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, outbox, roundDecisions } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { Agreement } from '../src/shared/contracts/agreements.js';
import { Application } from '../src/shared/contracts/applications.js';
import { ApplicationDecision, ListOutboxResponse, RoundSelectionResponse } from '../src/shared/contracts/decisions.js';
import { assess, buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import { startTestApp, type PersonAgent, type TestApp } from './helpers/test-app.js';
import { multipartFile, samplePdf } from './helpers/uploads.js';

let t: TestApp;
let admin: PersonAgent;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.loginAs('national_admin');
});
afterAll(() => t.close());

/**
 * A round of four of the test's own: Hjørring (0860, 63,000, Nordjylland),
 * Helsingør (0217, 63,000, Hovedstaden), Læsø (0825, tiny, Nordjylland) and
 * Thisted (0787, Nordjylland). Capacity 2 and "at least 2 regions": the two
 * best (both in Nordjylland) cannot both be chosen. Assessed by an assessor
 * of its own, past its deadline; Hjørring and Helsingør have a coordinator
 * each, built for the round.
 */
async function roundOfFour() {
  const coordinator = await t.loginAs('coordinator', { municipalityCode: '0860' });
  const otherCoordinator = await t.loginAs('coordinator', { municipalityCode: '0217' });
  const assessor = await t.loginAs('assessor');
  const roundId = await buildRound(t.database, {
    assessorIds: [assessor.person.id],
    capacity: 2,
    balanceRules: { minRegions: 2 },
  });
  const contact = { contactName: 'Mette Holm', contactEmail: 'mette.holm@hjoerring.example' };
  const ids: Record<string, string> = {};
  ids['0860'] = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0860', content: contact });
  ids['0217'] = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0217' });
  ids['0825'] = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0825' });
  ids['0787'] = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0787' });
  await setDeadline(t.database, roundId, new Date(t.now().getTime() - 1000));
  await assess(assessor, ids['0860'], [5, 5, 5]);
  await assess(assessor, ids['0825'], [5, 5, 4]);
  await assess(assessor, ids['0217'], [4, 4, 4]);
  await assess(assessor, ids['0787'], [2, 2, 2], false);
  return { roundId, ids, coordinator, otherCoordinator, assessor };
}

type RoundOfFour = Awaited<ReturnType<typeof roundOfFour>>;

/** The round of four with its decision made (first overridden, then the proposal confirmed: version 2), not published. */
async function decidedRound(): Promise<RoundOfFour & { decisionVersion: number }> {
  const round = await roundOfFour();
  const url = `/api/v1/rounds/${round.roundId}/decision`;
  const overridden = await admin.put(url, {
    selected: ['0860', '0825'],
    waitlist: ['0217'],
    reason: 'Læsø er en ø.',
    letterReason: 'Læsø er en ø.',
  });
  expect(overridden.statusCode, overridden.body).toBe(200);
  const confirmed = await admin.put(url, { selected: ['0860', '0217'], waitlist: ['0825'], version: 1 });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  const decisionVersion = RoundSelectionResponse.parse(confirmed.json()).decision?.version ?? 0;
  return { ...round, decisionVersion };
}

/** The decided round of four, published: Hjørring and Helsingør approved, Læsø waitlisted, Thisted rejected. */
async function publishedRound(): Promise<RoundOfFour> {
  const { decisionVersion, ...round } = await decidedRound();
  const published = await admin.post(`/api/v1/rounds/${round.roundId}/decision/publish`, {
    version: decisionVersion,
    confirmed: true,
  });
  expect(published.statusCode, published.body).toBe(200);
  return round;
}

/** The published round of four with Hjørring's collaboration agreement sent. */
async function agreementSent(): Promise<RoundOfFour> {
  const round = await publishedRound();
  const sent = await admin.post(`/api/v1/applications/${round.ids['0860']}/agreement`, { confirmed: true });
  expect(sent.statusCode, sent.body).toBe(201);
  return round;
}

describe('selection, decision and publication', () => {
  it('proposes the exact balanced selection on the live round, and explains it', async () => {
    const { roundId } = await roundOfFour();
    const selection = RoundSelectionResponse.parse((await admin.get(`/api/v1/rounds/${roundId}/selection`)).json());
    expect(selection.applicants.map((a) => [a.id, a.score, a.eligible])).toEqual(
      expect.arrayContaining([
        ['0860', 15, true],
        ['0825', 14, true],
        ['0217', 12, true],
        ['0787', 6, false],
      ]),
    );
    expect(selection.proposal.unconstrained).toEqual({ selected: ['0860', '0825'], totalScore: 29 });
    expect(selection.proposal.selected).toEqual(['0860', '0217']);
    expect(selection.proposal.ruleCosts).toEqual({ minRegions: 2 });
    expect(Object.keys(selection.proposal.explanations).sort()).toEqual(['0217', '0787', '0825', '0860']);
    // Codes with parameters, worded by the client (and in Danish by the letters).
    expect(selection.proposal.explanations['0787']).toEqual({ code: 'not_eligible', params: {} });
    expect(selection.proposal.explanations['0217']).toMatchObject({
      code: 'chosen_for_rules',
      params: { rules: [{ rule: 'minRegions', count: 2 }] },
    });
    expect(selection.decision).toBeNull();
    expect(selection.pendingAssessments).toBe(0);
  });

  it('needs a reason to override the proposal, and only eligible applicants', async () => {
    const { roundId } = await roundOfFour();
    const url = `/api/v1/rounds/${roundId}/decision`;
    const noReason = await admin.put(url, { selected: ['0860', '0825'], waitlist: [] });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      { field: 'reason', message: 'Begrund, hvorfor udvælgelsen afviger fra forslaget' },
      { field: 'letterReason', message: expect.stringContaining('afgørelsesbrevet') },
    ]);
    const ineligible = await admin.put(url, { selected: ['0860', '0787'], waitlist: [], reason: 'x' });
    expect(ineligible.json().errors[0]).toMatchObject({ field: 'selected.1' });
    const tooMany = await admin.put(url, { selected: ['0860', '0825', '0217'], waitlist: [], reason: 'x' });
    expect(tooMany.json().errors.map((e: { field: string }) => e.field)).toContain('selected');
    const twice = await admin.put(url, { selected: ['0860'], waitlist: ['0860'], reason: 'x' });
    expect(twice.json().errors[0]).toMatchObject({ field: 'waitlist.0' });
    expect(
      await inMaintenanceTx(t.database.db, (tx) =>
        tx.select().from(roundDecisions).where(eq(roundDecisions.roundId, roundId)),
      ),
    ).toEqual([]);

    const overridden = RoundSelectionResponse.parse(
      (
        await admin.put(url, {
          selected: ['0860', '0825'],
          waitlist: ['0217'],
          reason: 'Læsø er en ø-kommune med særlige behov.',
          letterReason: 'Læsø er en ø-kommune.',
        })
      ).json(),
    );
    expect(overridden.decision).toMatchObject({
      differsFromProposal: true,
      overrideReason: 'Læsø er en ø-kommune med særlige behov.',
      version: 1,
    });
    const stale = await admin.put(url, { selected: ['0860', '0217'], waitlist: [] });
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
    const confirmed = RoundSelectionResponse.parse(
      (await admin.put(url, { selected: ['0860', '0217'], waitlist: ['0825'], version: 1 })).json(),
    );
    expect(confirmed.decision).toMatchObject({
      selected: ['0860', '0217'],
      waitlist: ['0825'],
      differsFromProposal: false,
      overrideReason: null,
      version: 2,
    });
  });

  it('keeps the decision from the municipalities until it is published', async () => {
    const { ids, coordinator } = await decidedRound();
    const res = await coordinator.get(`/api/v1/applications/${ids['0860']}/decision`);
    expect(res.json()).toMatchObject({ status: 409, code: 'not_published' });
    expect(Application.parse((await coordinator.get(`/api/v1/applications/${ids['0860']}`)).json()).outcome).toBeNull();
    expect((await coordinator.get(`/api/v1/applications/${ids['0860']}/decision-letter.pdf`)).statusCode).toBe(409);
    expect(
      (await admin.post(`/api/v1/applications/${ids['0860']}/agreement`, { confirmed: true })).json(),
    ).toMatchObject({
      code: 'not_approved',
    });
  });

  it('publishes: outcomes, letters and e-mails in the outbox', async () => {
    const { roundId, ids, coordinator, otherCoordinator, decisionVersion } = await decidedRound();
    const published = RoundSelectionResponse.parse(
      (
        await admin.post(`/api/v1/rounds/${roundId}/decision/publish`, { version: decisionVersion, confirmed: true })
      ).json(),
    );
    expect(published.decision?.publishedAt).toBeTruthy();
    expect(
      (
        await admin.put(`/api/v1/rounds/${roundId}/decision`, {
          selected: ['0860'],
          waitlist: [],
          reason: 'x',
          version: 3,
        })
      ).json(),
    ).toMatchObject({
      code: 'decision_published',
    });

    const mine = ApplicationDecision.parse(
      (await coordinator.get(`/api/v1/applications/${ids['0860']}/decision`)).json(),
    );
    expect(mine).toMatchObject({ outcome: 'approved', waitlistPosition: null });
    // The reason in plain Danish, as the decision letter gives it (issue 11, point 3).
    expect(mine.explanation).toContain('vurderet højest på kriterierne');
    expect((await coordinator.get(`/api/v1/applications/${ids['0825']}/decision`)).statusCode).toBe(404);

    const outbox = ListOutboxResponse.parse((await admin.get('/api/v1/outbox?limit=50')).json());
    expect(outbox.smtpConfigured).toBe(false);
    const recipients = outbox.items.map((m) => m.to);
    expect(recipients).toEqual(
      expect.arrayContaining([coordinator.person.email, 'mette.holm@hjoerring.example', otherCoordinator.person.email]),
    );
    const toHjoerring = outbox.items.find((m) => m.to === 'mette.holm@hjoerring.example');
    expect(toHjoerring).toMatchObject({ status: 'queued', subject: expect.stringContaining('Afgørelse') });
    expect(toHjoerring?.body).toContain(`/ansoegninger/${ids['0860']}`);
    expect(toHjoerring?.body).toContain('tilsagn');
    expect((await coordinator.get('/api/v1/outbox')).statusCode).toBe(403);
  });

  it('generates the decision letters as DOCX and PDF that real parsers read', async () => {
    const { ids, coordinator, assessor } = await publishedRound();
    const docx = await coordinator.get(`/api/v1/applications/${ids['0860']}/decision-letter.docx`);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const { value: docxText } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    expect(docxText).toContain('Hjørring');
    expect(docxText).toContain('tilsagn');
    expect(docxText).toContain('15');

    const waitlisted = await admin.get(`/api/v1/applications/${ids['0825']}/decision-letter.pdf`);
    const pdf = await getDocumentProxy(new Uint8Array(waitlisted.rawPayload));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Læsø');
    expect(text).toMatch(/venteliste/i);

    const rejected = await admin.get(`/api/v1/applications/${ids['0787']}/decision-letter.pdf`);
    const { text: rejectedText } = await extractText(await getDocumentProxy(new Uint8Array(rejected.rawPayload)), {
      mergePages: true,
    });
    expect(rejectedText).toMatch(/afslag|ikke fået plads/i);
    expect((await assessor.get(`/api/v1/applications/${ids['0860']}/decision`)).statusCode).toBe(404);
  });
});

describe('collaboration agreement', () => {
  it('is sent for approved municipalities only, generated from the application', async () => {
    const { ids, coordinator, otherCoordinator } = await publishedRound();
    expect(
      (await admin.post(`/api/v1/applications/${ids['0787']}/agreement`, { confirmed: true })).json(),
    ).toMatchObject({
      code: 'not_approved',
    });
    // First the agreement as it will go, then the confirmed sending (issue 11, point 4).
    const preview = await admin.post(`/api/v1/applications/${ids['0860']}/agreement/preview`, {});
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ recipient: { name: 'Mette Holm', email: 'mette.holm@hjoerring.example' } });
    expect(preview.json().text).toContain('Samarbejdsaftale');
    const unconfirmed = await admin.post(`/api/v1/applications/${ids['0860']}/agreement`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.json()).toMatchObject({ code: 'confirmation_required' });
    expect((await coordinator.get(`/api/v1/applications/${ids['0860']}/agreement`)).statusCode).toBe(404);
    const res = await admin.post(`/api/v1/applications/${ids['0860']}/agreement`, { confirmed: true });
    expect(res.statusCode, res.body).toBe(201);
    const agreement = Agreement.parse(res.json());
    expect(agreement).toMatchObject({
      status: 'sent',
      municipalityName: 'Hjørring',
      terms: { municipalityContactName: 'Mette Holm' },
    });
    expect(agreement.terms.transport).toMatch(/transport/i);

    const docx = await coordinator.get(agreement.documents.docx);
    const { value } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    expect(value).toContain('Samarbejdsaftale');
    expect(value).toContain('Mette Holm');
    const pdf = await coordinator.get(agreement.documents.pdf);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text).toContain('Hjørring');

    expect((await otherCoordinator.get(`/api/v1/applications/${ids['0860']}/agreement`)).statusCode).toBe(404);
    expect((await otherCoordinator.get(agreement.documents.pdf)).statusCode).toBe(404);
  });

  it('is signed by uploading the signed PDF, which makes the municipality ready for its course', async () => {
    const { ids, coordinator, otherCoordinator } = await agreementSent();
    const url = `/api/v1/applications/${ids['0860']}/agreement/signed`;
    const pdf = await samplePdf('Samarbejdsaftale underskrevet');
    expect(
      (await otherCoordinator.request({ method: 'PUT', url, ...multipartFile(pdf, 'aftale.pdf') })).statusCode,
    ).toBe(404);
    const fake = await coordinator.request({ method: 'PUT', url, ...multipartFile(Buffer.from('hej'), 'aftale.pdf') });
    expect(fake.json()).toMatchObject({ code: 'unsupported_file' });
    const [before] = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(agreements).where(eq(agreements.applicationId, ids['0860']!)),
    );
    expect(before?.status).toBe('sent');

    const signed = Agreement.parse(
      (await coordinator.request({ method: 'PUT', url, ...multipartFile(pdf, 'aftale.pdf') })).json(),
    );
    expect(signed).toMatchObject({ status: 'signed', signedFile: { filename: 'aftale.pdf', size: pdf.length } });
    const app = Application.parse((await coordinator.get(`/api/v1/applications/${ids['0860']}`)).json());
    expect(app.readyForCourse).toBe(true);
    expect((await admin.get(`${url}.pdf`)).rawPayload.equals(pdf)).toBe(true);
    expect((await coordinator.request({ method: 'PUT', url, ...multipartFile(pdf, 'igen.pdf') })).json()).toMatchObject(
      { code: 'agreement_signed' },
    );
    expect(
      (await admin.post(`/api/v1/applications/${ids['0860']}/agreement`, { confirmed: true })).json(),
    ).toMatchObject({
      code: 'agreement_signed',
    });
    const messages = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(outbox).where(eq(outbox.toAddress, coordinator.person.email)),
    );
    expect(messages.length).toBeGreaterThan(0);
  });
});
