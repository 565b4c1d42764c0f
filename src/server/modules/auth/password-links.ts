import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { passwordLinks, users } from '../../db/schema.js';
import { formatDateTime } from '../../documents/format.js';
import { hashToken, newToken } from './session-repository.js';

/**
 * One-time links to set a password (docs/adr/0028-invitations-and-reset.md).
 * The token is 32 random bytes; only its SHA-256 is stored. A user has at most
 * one live link: issuing one deletes the others, using one deletes it (in the
 * same statement that checks it, so two uses of one link cannot both succeed),
 * and setting the password deletes whatever is left. The token travels in the
 * link's fragment (`#token=…`), which a browser never sends to a server, so no
 * request log or proxy sees it; the page posts it in a JSON body.
 */
export type LinkPurpose = 'invitation' | 'reset';

export interface LinkSettings {
  /** The address users reach the service on (config.publicUrl). */
  publicUrl: string;
  invitationHours: number;
  resetMinutes: number;
}

/** The web client's page that reads the fragment. */
export const SET_PASSWORD_PATH = '/ny-adgangskode';

export function linkLifetimeMs(purpose: LinkPurpose, settings: LinkSettings): number {
  return purpose === 'invitation' ? settings.invitationHours * 3_600_000 : settings.resetMinutes * 60_000;
}

/** A new link for the user; every older link of theirs stops working. Returns the token (for the e-mail only). */
export async function issuePasswordLink(
  q: Queryable,
  values: { userId: string; purpose: LinkPurpose; createdBy: string | null; now: Date; settings: LinkSettings },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(values.now.getTime() + linkLifetimeMs(values.purpose, values.settings));
  await q.delete(passwordLinks).where(eq(passwordLinks.userId, values.userId));
  await q.insert(passwordLinks).values({
    tokenHash: hashToken(token),
    userId: values.userId,
    purpose: values.purpose,
    createdAt: values.now,
    expiresAt,
    createdBy: values.createdBy,
  });
  return { token, expiresAt };
}

/** The live link of a token, with its active user; null when unknown, used, expired or the user is inactive. */
export async function findLiveLink(q: Queryable, token: string, now: Date) {
  const [row] = await q
    .select({
      userId: passwordLinks.userId,
      purpose: passwordLinks.purpose,
      expiresAt: passwordLinks.expiresAt,
      email: users.email,
      name: users.name,
    })
    .from(passwordLinks)
    .innerJoin(users, eq(users.id, passwordLinks.userId))
    .where(
      and(eq(passwordLinks.tokenHash, hashToken(token)), gt(passwordLinks.expiresAt, now), eq(users.active, true)),
    );
  return row ?? null;
}

/**
 * Uses a link up: deletes it if it is still live and returns what it was for.
 * One statement, so of two requests with the same token only one gets a row.
 */
export async function consumeLink(q: Queryable, token: string, now: Date) {
  const [row] = await q
    .delete(passwordLinks)
    .where(and(eq(passwordLinks.tokenHash, hashToken(token)), gt(passwordLinks.expiresAt, now)))
    .returning({ userId: passwordLinks.userId, purpose: passwordLinks.purpose });
  return row ?? null;
}

export async function deleteLinksOfUser(q: Queryable, userId: string): Promise<void> {
  await q.delete(passwordLinks).where(eq(passwordLinks.userId, userId));
}

/** Housekeeping: links past their time are of no use. */
export async function deleteExpiredLinks(q: Queryable, now: Date): Promise<void> {
  await q.delete(passwordLinks).where(lt(passwordLinks.expiresAt, now));
}

/** The live link of each of these users (for the users page: "Invitation sendt, gælder til …"). */
export async function pendingLinksOf(q: Queryable, userIds: string[], now: Date) {
  if (userIds.length === 0) return new Map<string, { purpose: LinkPurpose; expiresAt: Date }>();
  const rows = await q
    .select({ userId: passwordLinks.userId, purpose: passwordLinks.purpose, expiresAt: passwordLinks.expiresAt })
    .from(passwordLinks)
    .where(and(inArray(passwordLinks.userId, userIds), gt(passwordLinks.expiresAt, now)));
  return new Map(rows.map((r) => [r.userId, { purpose: r.purpose, expiresAt: r.expiresAt }]));
}

/** The e-mail with the link, in Danish. */
export function passwordLinkMessage(values: {
  email: string;
  name: string;
  purpose: LinkPurpose;
  token: string;
  expiresAt: Date;
  settings: LinkSettings;
}) {
  const url = `${values.settings.publicUrl}${SET_PASSWORD_PATH}#token=${values.token}`;
  const until = formatDateTime(values.expiresAt);
  const invitation = values.purpose === 'invitation';
  const body = [
    `Kære ${values.name}`,
    '',
    invitation
      ? 'Du er oprettet som bruger af Indsats. Vælg din adgangskode her:'
      : 'Nogen – forhåbentlig dig – har bedt om en ny adgangskode til Indsats. Vælg en ny her:',
    '',
    url,
    '',
    `Linket virker én gang og gælder til ${until}. Dit brugernavn er ${values.email}.`,
    invitation
      ? 'Er linket udløbet, kan du bede om et nyt under »Glemt adgangskode« på log ind-siden eller hos den, der oprettede dig.'
      : 'Har du ikke bedt om det, kan du se bort fra denne e-mail: din adgangskode er ikke ændret.',
    '',
    'Venlig hilsen',
    'Indsats',
  ].join('\n');
  return {
    toAddress: values.email,
    subject: invitation ? 'Du er inviteret til Indsats – vælg din adgangskode' : 'Ny adgangskode til Indsats',
    body,
  };
}
