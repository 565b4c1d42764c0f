import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../core/errors.js';
import { hashPassword } from './password.js';

/**
 * What a password must be besides 12–200 characters (the contract checks the
 * length): not one character repeated, not containing the person's e-mail or
 * name, not a known password and not easy to guess. The lists ship with the
 * app (@zxcvbn-ts/language-common: about 49,000 common and breached passwords,
 * keyboard patterns); nothing is fetched at run time. See docs/adr/0011.
 */

/**
 * The documented demo logins' password (README, `indsats demo-users --json`;
 * the demo seed gives it to every demo user). Published, so refused below.
 */
export const DEMO_PASSWORD = 'Demo-adgang-2026';

/** Passwords this project has published itself, refused like the breached ones. */
const PUBLISHED_PASSWORDS = [DEMO_PASSWORD];
/** Words that make a password for this service easy to guess. */
const SERVICE_WORDS = ['indsats', 'socialstyrelsen', 'dagtilbud', 'kommune', 'demo-adgang'];

/** zxcvbn's score 3 means at least 10^8 guesses; below it the password is refused. */
const MIN_SCORE = 3;

/**
 * zxcvbn's matching grows fast with length (200 digits took most of a second,
 * blocking every other request), so it estimates only the first 64 characters.
 * The other checks still see the whole password, and 64 characters of a
 * password are more than enough to tell whether it is easy to guess.
 */
export const ZXCVBN_OPTIONS = { dictionary: { ...dictionary }, graphs: adjacencyGraphs, maxLength: 64 } as const;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory(ZXCVBN_OPTIONS);
  return estimator;
}

let commonPasswords: Set<string> | undefined;
function isListed(password: string): boolean {
  commonPasswords ??= new Set([...dictionary['passwords-common'], ...PUBLISHED_PASSWORDS].map((p) => p.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** Lower case, and Danish letters also as they are written without them (ø → oe). */
function variants(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const plain = lower.replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa');
  return plain === lower ? [lower] : [lower, plain];
}

/** The pieces of a person's e-mail and name that a password must not contain. */
function personalWords(person: PasswordOwner): string[] {
  const local = person.email.split('@')[0] ?? '';
  // The whole local part from three characters; its pieces and the name's parts from four ("Ali" is in too many words).
  const whole = variants(local).filter((w) => w.length >= 3);
  const parts = [...local.split(/[._+-]+/), person.name.replace(/\s+/g, ''), ...person.name.split(/[\s-]+/)]
    .flatMap(variants)
    .filter((w) => w.length >= 4);
  return [...new Set([...whole, ...parts])];
}

export interface PasswordOwner {
  email: string;
  name: string;
}

export type PasswordProblem = 'repeated' | 'personal' | 'listed' | 'guessable';

const MESSAGES: Record<PasswordProblem, (own: boolean) => string> = {
  repeated: () => 'Adgangskoden må ikke bestå af ét tegn gentaget.',
  personal: (own) =>
    own
      ? 'Adgangskoden må ikke indeholde din e-mailadresse eller dit navn.'
      : 'Adgangskoden må ikke indeholde brugerens e-mailadresse eller navn.',
  listed: () => 'Adgangskoden står på en liste over almindelige eller lækkede adgangskoder. Vælg en anden.',
  guessable: () =>
    'Adgangskoden er for let at gætte: den bygger på almindelige ord, tal i rækkefølge eller tastaturmønstre. Brug fx flere ord, der ikke hører sammen.',
};

/** Why a password may not be used, or null when it may. */
export function passwordProblem(password: string, person: PasswordOwner): PasswordProblem | null {
  if ([...password].every((c) => c === password[0])) return 'repeated';
  const personal = personalWords(person);
  if (variants(password).some((p) => personal.some((w) => p.includes(w)))) return 'personal';
  if (isListed(password)) return 'listed';
  const result = zxcvbn().check(password, [...SERVICE_WORDS, ...personal]);
  if (result.score >= MIN_SCORE) return null;
  const builtOnListed = result.sequence.some(
    (m) => m.pattern === 'dictionary' && m.dictionaryName === 'passwords-common',
  );
  return builtOnListed ? 'listed' : 'guessable';
}

/** The Danish reason a password may not be used, or null when it may. */
export function passwordProblemMessage(password: string, person: PasswordOwner, own = false): string | null {
  const problem = passwordProblem(password, person);
  return problem ? MESSAGES[problem](own) : null;
}

/** Refuses a password the policy does not allow, as a validation error on `field`. */
export function assertPasswordAllowed(password: string, person: PasswordOwner, field: string, own = false): void {
  const message = passwordProblemMessage(password, person, own);
  if (message) throw new AppError('validation_failed', { errors: [{ field, message }] });
}

/** Checks a new password against the policy, then hashes it. */
export async function hashAllowedPassword(
  password: string,
  person: PasswordOwner,
  field = 'password',
): Promise<string> {
  assertPasswordAllowed(password, person, field);
  return hashPassword(password);
}
