import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/server/db/schema.js';
import { passwordProblem, ZXCVBN_OPTIONS } from '../src/server/modules/auth/password-policy.js';
import { DEMO_PASSWORD } from '../src/server/seed/demo-users.js';
import { buildInstitution } from './helpers/factories.js';
import { acceptPasswordLink, linkTokenFor } from './helpers/password-links.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/** Issue 9, point 6: a password is more than twelve characters (docs/adr/0011-account-management.md). */
let t: TestApp;
let coordinator: Agent;
let institutionId: string;
beforeAll(async () => {
  t = await startTestApp();
  coordinator = await t.loginAs('coordinator', { municipalityCode: '0860' });
  institutionId = (await buildInstitution(t.database, { municipalityCode: '0860' })).institution.id;
});
afterAll(() => t.close());

const person = { email: 'anne.marie.holm@hjoerring.example', name: 'Anne-Marie Holm' };
const staffUser = (email: string, name = 'Anne-Marie Holm') => ({
  email,
  name,
  assignment: { role: 'staff', municipalityCode: '0860', institutionId },
});

describe('the password policy', () => {
  it('refuses the passwords the probe got through, each with its Danish reason', () => {
    expect(passwordProblem('aaaaaaaaaaaa', person)).toBe('repeated');
    expect(passwordProblem('            ', person)).toBe('repeated');
    expect(passwordProblem('password1234', person)).toBe('listed');
    expect(passwordProblem('123456789012', person)).toBe('listed');
    expect(passwordProblem(DEMO_PASSWORD, person)).toBe('listed');
    expect(passwordProblem('qwertyuiop12', person)).toBe('listed');
    expect(passwordProblem('abcdefghijklmn', person)).toBe('guessable');
  });

  it('refuses a password that contains the e-mail’s local part or the name, also without Danish letters', () => {
    expect(passwordProblem('anne.marie.holm-2026', person)).toBe('personal');
    expect(passwordProblem('Holm-er-mit-navn-42', person)).toBe('personal');
    expect(passwordProblem('mitnavn-ANNE-MARIEHOLM', person)).toBe('personal');
    expect(passwordProblem('Noergaard-er-fin-77', { email: 'pia@hjoerring.example', name: 'Pia Nørgaard' })).toBe(
      'personal',
    );
  });

  it('lets a long, unusual password through', () => {
    for (const ok of ['Solbær-og-regnvejr-77', 'Tre gule cykler i regnen', 'en-lang-adgangskode']) {
      expect(passwordProblem(ok, person), ok).toBeNull();
    }
  });

  it('estimates only the first 64 characters, so a long password cannot stall the server (security review, point 1)', () => {
    expect(ZXCVBN_OPTIONS.maxLength).toBe(64);
    // Weak long passwords are still refused: by the whole-password checks, or by the estimate of their start.
    expect(passwordProblem(`${'1'.repeat(199)}2`, person)).toBe('guessable');
    expect(passwordProblem('a'.repeat(200), person)).toBe('repeated');
    expect(passwordProblem(`${'Solbær-og-regnvejr-77'.repeat(5)}anne.marie.holm`, person)).toBe('personal');
    // A strong long one is accepted …
    expect(
      passwordProblem(
        'Tre gule cykler i regnen ved havnen, og måger over Hirtshals fyr 1877 ...'.padEnd(200, '!'),
        person,
      ),
    ).toBeNull();
    // … and only its start is estimated: a weak start is not rescued by a strong tail past character 64.
    expect(passwordProblem(`${'1'.repeat(64)}Solbær-og-regnvejr-77`, person)).toBe('guessable');
  });

  it('applies when an invited user chooses a password through the link, naming the field, and keeps the link', async () => {
    const created = await coordinator.post('/api/v1/users', staffUser('anne.marie.holm@hjoerring.example'));
    expect(created.statusCode).toBe(201);
    const token = await linkTokenFor(t.database, 'anne.marie.holm@hjoerring.example');
    const [before] = await t.database.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.email, 'anne.marie.holm@hjoerring.example'));
    const cases: [string, string][] = [
      ['aaaaaaaaaaaa', 'Adgangskoden må ikke bestå af ét tegn gentaget.'],
      ['password1234', 'Adgangskoden står på en liste over almindelige eller lækkede adgangskoder. Vælg en anden.'],
      [DEMO_PASSWORD, 'Adgangskoden står på en liste over almindelige eller lækkede adgangskoder. Vælg en anden.'],
      ['Anne-Marie-Holm-1', 'Adgangskoden må ikke indeholde din e-mailadresse eller dit navn.'],
      ['kort', 'Adgangskoden skal være på mindst 12 tegn'],
    ];
    for (const [password, message] of cases) {
      const res = await t.anonymous.post('/api/v1/auth/password', { token, newPassword: password });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'newPassword', message }]);
    }
    const [after] = await t.database.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.email, 'anne.marie.holm@hjoerring.example'));
    expect(after).toEqual(before);
    expect((await t.anonymous.post('/api/v1/auth/password-link', { token })).statusCode).toBe(200);
  });

  it('applies when a user chooses their own, speaking to them', async () => {
    const created = await coordinator.post('/api/v1/users', staffUser('liv.lund@hjoerring.example', 'Liv Lundgaard'));
    expect(created.statusCode).toBe(201);
    const liv = await acceptPasswordLink(t, 'liv.lund@hjoerring.example', 'Solbær-og-regnvejr-77');
    const mine = await liv.post('/api/v1/session/password', {
      currentPassword: 'Solbær-og-regnvejr-77',
      newPassword: 'Lundgaard-i-skoven',
    });
    expect(mine.statusCode).toBe(400);
    expect(mine.json().errors).toEqual([
      { field: 'newPassword', message: 'Adgangskoden må ikke indeholde din e-mailadresse eller dit navn.' },
    ]);
    const same = await liv.post('/api/v1/session/password', {
      currentPassword: 'Solbær-og-regnvejr-77',
      newPassword: 'Solbær-og-regnvejr-77',
    });
    expect(same.json().errors[0].field).toBe('newPassword');
    const short = await liv.post('/api/v1/session/password', {
      currentPassword: 'Solbær-og-regnvejr-77',
      newPassword: 'kort',
    });
    expect(short.json().errors).toEqual([
      { field: 'newPassword', message: 'Adgangskoden skal være på mindst 12 tegn' },
    ]);
  });
});
