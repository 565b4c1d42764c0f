import { PUBLIC_URL_TOKEN } from '../mail/index.js';

/**
 * The Danish e-mail text every notification shares. Links are written with
 * PUBLIC_URL_TOKEN in front of the page's path; the Mailer (and the outbox
 * page) put the configured public address (INDSATS_PUBLIC_URL) in its place,
 * so use cases and event handlers need no configuration.
 */

/** A page of Indsats as the e-mail links to it. */
export function linkTo(path: string): string {
  return `${PUBLIC_URL_TOKEN}${path}`;
}

/** Where a person chooses which e-mails they get. */
export const SETTINGS_PATH = '/adgangskode#beskeder';

/** "Hej Navn," + paragraphs + the link + the footer, as plain text. */
export function mailBody(input: { name?: string | null; paragraphs: string[]; link: { label: string; path: string } }) {
  return [
    input.name ? `Hej ${input.name}` : 'Hej',
    '',
    ...input.paragraphs.flatMap((p) => [p, '']),
    `${input.link.label}: ${linkTo(input.link.path)}`,
    '',
    'Venlig hilsen',
    'Indsats',
    '',
    '—',
    'Denne e-mail er sendt automatisk fra Indsats og kan ikke besvares.',
    `Du vælger selv, hvilke beskeder du får, og om de kommer med det samme eller samlet én gang om dagen: ${linkTo(SETTINGS_PATH)}`,
  ].join('\n');
}
