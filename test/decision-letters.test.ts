import { eq, inArray } from 'drizzle-orm';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINTS } from '../src/server/config.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { applications, outbox, roundDecisions } from '../src/server/db/schema.js';
import { ApplicationDecision, DecisionPreview, RoundSelectionResponse } from '../src/shared/contracts/decisions.js';
import { assess, buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import { startTestApp, type PersonAgent, type TestApp } from './helpers/test-app.js';

/**
 * Issue 11, point 3: the letters state only what is true of the round. Five places and four
 * applicants (as the demo's waitlist letter to Slagelse): the admin departs from the proposal,
 * with an internal justification and a separate text for the letter.
 */
const INTERNAL = 'INTERNT NOTAT: Læsø har klaget over os før';
const FOR_LETTER = 'Socialstyrelsen prioriterer i denne runde kommuner, der ikke har deltaget i et tidligere forløb';
const CONTACT = { name: 'Karen Ærø Lund', email: 'karen.lund@agentur.test', phone: '33 12 34 56' };

let t: TestApp;
let admin: PersonAgent;

beforeAll(async () => {
  t = await startTestApp({
    INDSATS_LETTER_CONTACT_NAME: CONTACT.name,
    INDSATS_LETTER_CONTACT_EMAIL: CONTACT.email,
    INDSATS_LETTER_CONTACT_PHONE: CONTACT.phone,
  });
  admin = await t.loginAs('national_admin');
});
afterAll(() => t.close());

async function decidedRound() {
  const coordinator = await t.loginAs('coordinator', { municipalityCode: '0825' });
  const assessor = await t.loginAs('assessor');
  const roundId = await buildRound(t.database, { assessorIds: [assessor.person.id], capacity: 5 });
  const ids: Record<string, string> = {};
  for (const code of ['0860', '0217', '0825', '0787'])
    ids[code] = await buildSubmittedApplication(t.database, {
      roundId,
      municipalityCode: code,
      content: { contactName: `Tovholder ${code}`, contactEmail: `tovholder@k${code}.example` },
    });
  await setDeadline(t.database, roundId, new Date(t.now().getTime() - 1000));
  await assess(assessor, ids['0860']!, [5, 5, 5]);
  await assess(assessor, ids['0825']!, [5, 5, 4]);
  await assess(assessor, ids['0217']!, [4, 4, 4]);
  await assess(assessor, ids['0787']!, [2, 2, 2], false);
  const url = `/api/v1/rounds/${roundId}/decision`;
  // The proposal takes all three eligible; the admin waitlists Læsø.
  const noLetterText = await admin.put(url, { selected: ['0860', '0217'], waitlist: ['0825'], reason: INTERNAL });
  expect(noLetterText.json().errors).toEqual([{ field: 'letterReason', message: expect.stringContaining('brevet') }]);
  const decided = await admin.put(url, {
    selected: ['0860', '0217'],
    waitlist: ['0825'],
    reason: INTERNAL,
    letterReason: FOR_LETTER,
  });
  expect(decided.statusCode, decided.body).toBe(200);
  const version = RoundSelectionResponse.parse(decided.json()).decision?.version ?? 0;
  return { roundId, ids, version, coordinator };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
async function pdfText(agent: PersonAgent, url: string): Promise<string> {
  const res = await agent.get(url);
  expect(res.statusCode, res.body).toBe(200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true });
  return flat(text);
}
async function docxText(agent: PersonAgent, url: string): Promise<string> {
  const res = await agent.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return flat((await mammoth.extractRawText({ buffer: res.rawPayload })).value);
}

describe('decision letters', () => {
  it('are previewed, published only when confirmed, and state the round’s facts – never the internal justification', async () => {
    const { roundId, ids, version, coordinator } = await decidedRound();
    const caseNumbers = Object.fromEntries(
      (
        await inMaintenanceTx(t.database.db, (tx) =>
          tx
            .select({ id: applications.id, caseNumber: applications.caseNumber })
            .from(applications)
            .where(inArray(applications.id, Object.values(ids))),
        )
      ).map((r) => [r.id, r.caseNumber ?? '']),
    );
    // Assigned when the application was created: IND-<the course's year>-<serial>, unique.
    for (const n of Object.values(caseNumbers)) expect(n).toMatch(/^IND-2028-\d{4,}$/);
    expect(new Set(Object.values(caseNumbers)).size).toBe(4);

    // Without the confirmation nothing happens; the refusal says what would.
    const refused = await admin.post(`/api/v1/rounds/${roundId}/decision/publish`, { version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'confirmation_required' });
    expect(refused.json().detail).toContain('4 afgørelsesbreve (2 tilsagn, 1 på venteliste og 1 afslag)');
    const [stillUnpublished] = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(roundDecisions).where(eq(roundDecisions.roundId, roundId)),
    );
    expect(stillUnpublished?.publishedAt).toBeNull();

    // The preview: every letter and e-mail as it will go.
    const preview = DecisionPreview.parse((await admin.get(`/api/v1/rounds/${roundId}/decision/preview`)).json());
    expect(preview.counts).toEqual({ approved: 2, waitlisted: 1, rejected: 1 });
    expect(preview.letters).toHaveLength(4);
    const laesoePreview = preview.letters.find((l) => l.applicationId === ids['0825']);
    expect(laesoePreview?.mail.to).toEqual(expect.arrayContaining(['tovholder@k0825.example']));
    expect(laesoePreview?.text).toContain(FOR_LETTER);
    expect(await pdfText(admin, laesoePreview?.documents.pdf ?? '')).toContain(caseNumbers[ids['0825']!]);
    for (const letter of preview.letters) {
      expect(letter.text).not.toContain(INTERNAL);
      expect(letter.mail.body).not.toContain(INTERNAL);
    }
    expect((await coordinator.get(`/api/v1/rounds/${roundId}/decision/preview`)).statusCode).toBe(403);

    const published = await admin.post(`/api/v1/rounds/${roundId}/decision/publish`, { version, confirmed: true });
    expect(published.statusCode, published.body).toBe(200);

    const expected = {
      '0860': { outcome: 'approved', has: ['Tilsagn om deltagelse', 'Tillykke'] },
      '0825': { outcome: 'waitlisted', has: ['Optagelse på venteliste', 'som nummer 1', FOR_LETTER] },
      '0787': { outcome: 'rejected', has: ['Afslag på ansøgningen', 'opfylder ikke alle kravene'] },
    } as const;
    for (const [code, { outcome, has }] of Object.entries(expected)) {
      const id = ids[code]!;
      const base = `/api/v1/applications/${id}/decision-letter`;
      for (const text of [await pdfText(admin, `${base}.pdf`), await docxText(admin, `${base}.docx`)]) {
        for (const fact of [
          ...has,
          'Pladser i runden 5',
          'Ansøgninger i runden 4',
          'op til fem kommuner, og der kom fire ansøgninger',
          `Sagsnummer ${caseNumbers[id]}`,
          `kontakte ${CONTACT.name} på ${CONTACT.email} eller telefon ${CONTACT.phone}`,
          'Klagevejledning',
          flat(DEFAULT_COMPLAINTS),
        ])
          expect(text, `${outcome}: ${fact}`).toContain(fact);
        for (const untrue of [INTERNAL, 'flere ansøgninger, end der er pladser', 'Samlet vurdering', 'score', 'Valgt:'])
          expect(text, `${outcome}: ${untrue}`).not.toContain(untrue);
      }
    }
    const laesoe = ApplicationDecision.parse(
      (await coordinator.get(`/api/v1/applications/${ids['0825']}/decision`)).json(),
    );
    expect(laesoe).toMatchObject({ outcome: 'waitlisted', caseNumber: caseNumbers[ids['0825']!] });
    expect(laesoe.explanation).toContain(FOR_LETTER);
    expect(laesoe.explanation).not.toContain(INTERNAL);

    const mails = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select()
        .from(outbox)
        .where(inArray(outbox.toAddress, ['tovholder@k0825.example', 'tovholder@k0860.example'])),
    );
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.body).not.toContain(INTERNAL);
      expect(mail.body).toContain(CONTACT.email);
    }
    expect(mails.find((m) => m.toAddress === 'tovholder@k0825.example')?.body).toContain(caseNumbers[ids['0825']!]);
  }, 90_000); // eight letters rendered and parsed, PDF and Word
});
