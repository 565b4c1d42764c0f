/**
 * Forms that never lose or hide text (issue 11, point 5), through the app:
 * the server refuses what the form refuses, at the same limit (the contract's
 * APPLICATION_LIMITS, which the web form's counters read); a draft with one
 * field that cannot be saved keeps every other field (the form's own
 * `contentOf` leaves that one out); every refusal names its field in plain
 * Danish, never "forventede tal, fik streng" or "Ugyldig ISO-dato".
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { applications } from '../src/server/db/schema.js';
import {
  APPLICATION_LIMITS,
  Application,
  ApplicationContent,
  ApplicationInstitution,
  EMPTY_APPLICATION,
  type LimitedApplicationField,
} from '../src/shared/contracts/applications.js';
import { contentOf, invalidFields, valuesOf } from '../web/src/pages/applications/application-form.js';
import { buildInstitution } from './helpers/factories.js';
import { buildRound } from './helpers/round-factories.js';
import { startTestApp, type PersonAgent, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let coordinator: PersonAgent;
let institutionId: string;

beforeAll(async () => {
  t = await startTestApp();
  // Odense (0461): a municipality the demo does not use.
  coordinator = await t.loginAs('coordinator', { municipalityCode: '0461' });
  institutionId = (await buildInstitution(t.database, { municipalityCode: '0461', name: 'Børnehuset Grænsen' }))
    .institution.id;
});
afterAll(() => t.close());

async function startDraft(): Promise<Application> {
  const round = await buildRound(t.database);
  const res = await coordinator.post(`/api/v1/rounds/${round}/applications`, {});
  expect(res.statusCode, res.body).toBe(201);
  return Application.parse(res.json());
}

const stored = (id: string) =>
  inMaintenanceTx(t.database.db, async (tx) => {
    const [row] = await tx.select().from(applications).where(eq(applications.id, id));
    return { version: row!.version, content: row!.content };
  });

/** The content with one limited field set to `text` (an institution's documentation for `needDocumentation`). */
function withText(field: LimitedApplicationField, text: string): ApplicationContent {
  if (field === 'needDocumentation') {
    return {
      ...EMPTY_APPLICATION,
      institutions: [{ institutionId, vulnerableFamiliesShare: null, needDocumentation: text }],
    };
  }
  return { ...EMPTY_APPLICATION, [field]: text };
}

/** A text of exactly `length` characters that fits the field's kind (an e-mail address for the e-mail). */
function textOf(field: LimitedApplicationField, length: number): string {
  if (field !== 'contactEmail') return 'æ'.repeat(length);
  // A real address of that length: domain labels of at most 63 characters.
  let domain = 'example';
  while (`mette@${domain}`.length < length) {
    const room = length - `mette@.${domain}`.length;
    domain = `${'k'.repeat(Math.min(60, Math.max(1, room)))}.${domain}`;
  }
  return `mette@${domain}`;
}

/** The field path the server names, and the schema's own limit for it. */
function schemaLimit(field: LimitedApplicationField): { path: string; max: number | null } {
  if (field === 'needDocumentation') {
    return {
      path: 'content.institutions.0.needDocumentation',
      max: ApplicationInstitution.shape.needDocumentation.maxLength,
    };
  }
  const schema = (ApplicationContent.shape as Record<string, unknown>)[field] as {
    maxLength?: number | null;
    options?: { maxLength?: number | null }[];
  };
  const max = schema.maxLength ?? schema.options?.[1]?.maxLength ?? null;
  return { path: `content.${field}`, max };
}

describe('limited texts of the application', () => {
  it('has one limit per text field, the one the schema checks', () => {
    const texts = Object.entries(ApplicationContent.shape)
      .filter(([key]) => schemaLimit(key as LimitedApplicationField).max !== null)
      .map(([key]) => key);
    expect([...texts, 'needDocumentation'].sort()).toEqual(Object.keys(APPLICATION_LIMITS).sort());
    for (const field of Object.keys(APPLICATION_LIMITS) as LimitedApplicationField[]) {
      expect(schemaLimit(field).max, field).toBe(APPLICATION_LIMITS[field]);
    }
  });

  it('saves every limited field at its limit and refuses one character more, naming the field and the limit – as the form does', async () => {
    const draft = await startDraft();
    let version = draft.version;
    for (const field of Object.keys(APPLICATION_LIMITS) as LimitedApplicationField[]) {
      const limit = APPLICATION_LIMITS[field];
      const { path } = schemaLimit(field);
      const atLimit = withText(field, textOf(field, limit));
      const over = withText(field, textOf(field, limit + 1));
      // The form agrees: at the limit nothing is held back, one more and the field is.
      expect(invalidFields(valuesOf(atLimit)), field).toEqual([]);
      expect(
        invalidFields(valuesOf(over)).map((f) => f.problem),
        field,
      ).toEqual(field === 'contactEmail' ? [] : [{ kind: 'tooLong', length: limit + 1, limit }]);

      const refused = await coordinator.put(`/api/v1/applications/${draft.id}`, { version, content: over });
      expect(refused.statusCode, field).toBe(400);
      const errors = refused.json<{ errors: { field: string; message: string }[] }>().errors;
      expect(errors.map((e) => e.field)).toEqual([path]);
      expect(errors[0]!.message).toContain(`højst være ${limit.toLocaleString('da-DK')} tegn`);
      expect(errors[0]!.message).toContain(`${(limit + 1).toLocaleString('da-DK')} tegn`);
      expect((await stored(draft.id)).version, 'a refused save changes nothing').toBe(version);

      const saved = await coordinator.put(`/api/v1/applications/${draft.id}`, { version, content: atLimit });
      expect(saved.statusCode, `${field}: ${saved.body}`).toBe(200);
      version = Application.parse(saved.json()).version;
      // Stored whole: nothing cut on the way.
      const { content } = await stored(draft.id);
      const kept = field === 'needDocumentation' ? content.institutions[0]!.needDocumentation : content[field];
      expect(kept, field).toBe(textOf(field, limit));
    }
  });

  it('keeps 10,000 pasted characters out of the save but saves every other field, never a cut text', async () => {
    const draft = await startDraft();
    const saved: ApplicationContent = { ...EMPTY_APPLICATION, motivation: 'Den første begrundelse.' };
    const first = await coordinator.put(`/api/v1/applications/${draft.id}`, { version: draft.version, content: saved });
    expect(first.statusCode, first.body).toBe(200);

    // Typed in the form: a long contact name and 10,000 characters in Motivation; the rest is fine.
    const values = {
      ...valuesOf(saved),
      contactName: 'N'.repeat(APPLICATION_LIMITS.contactName + 1),
      motivation: 'm'.repeat(10_000),
      contactPhone: '65 51 12 12',
      managementBacking: 'Direktionen bakker op.',
      familyDaycareShare: '150',
    };
    expect(invalidFields(values).map((f) => f.field)).toEqual(['contactName', 'motivation']);
    const content = contentOf(values, saved);
    const res = await coordinator.put(`/api/v1/applications/${draft.id}`, { version: 2, content });
    expect(res.statusCode, res.body).toBe(200);
    const row = await stored(draft.id);
    expect(row.content).toMatchObject({
      contactName: '',
      motivation: 'Den første begrundelse.',
      contactPhone: '65 51 12 12',
      managementBacking: 'Direktionen bakker op.',
      familyDaycareShare: null,
    });
    // Nothing stored anywhere is a prefix of what was pasted.
    expect(JSON.stringify(row.content)).not.toContain('m'.repeat(100));
  });
});

describe('messages name their fields in plain Danish', () => {
  it('words wrong types, dates, numbers and lengths for a person', async () => {
    const draft = await startDraft();
    const res = await coordinator.put(`/api/v1/applications/${draft.id}`, {
      version: draft.version,
      content: {
        ...EMPTY_APPLICATION,
        familyDaycareShare: '31',
        directorSignedOn: '2027-02-30',
        contactEmail: 'ikke-en-adresse',
        evaluationCommitment: 'ja',
        motivation: 'x'.repeat(6001),
      },
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(Object.fromEntries(errors.map((e) => [e.field, e.message]))).toEqual({
      'content.familyDaycareShare': 'Skriv et tal',
      'content.directorSignedOn': 'Skriv en dato, der findes, som ÅÅÅÅ-MM-DD',
      'content.contactEmail': 'Skriv en gyldig e-mailadresse',
      'content.evaluationCommitment': 'Vælg ja eller nej',
      'content.motivation': 'Teksten må højst være 6.000 tegn, men er 6.001 tegn. Forkort den',
    });
    for (const { message } of errors) expect(message).not.toMatch(/forventede|ISO|Ugyldigt input|[<>]=/);
  });
});
