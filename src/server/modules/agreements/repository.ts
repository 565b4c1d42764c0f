import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client.js';
import { agreements, users, type AgreementTermsValue } from '../../db/schema.js';

const sender = alias(users, 'sender');
const signer = alias(users, 'signer');

export async function findAgreement(q: Queryable, applicationId: string) {
  const [row] = await q
    .select({ agreement: agreements, sentByName: sender.name, signedByName: signer.name })
    .from(agreements)
    .innerJoin(sender, eq(sender.id, agreements.sentBy))
    .leftJoin(signer, eq(signer.id, agreements.signedBy))
    .where(eq(agreements.applicationId, applicationId));
  return row ? { ...row.agreement, sentByName: row.sentByName, signedByName: row.signedByName } : null;
}
export type AgreementRow = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;

/** Sends (or sends again, while unsigned) the agreement; its version after, null when it is already signed. */
export async function upsertSent(
  q: Queryable,
  applicationId: string,
  terms: AgreementTermsValue,
  userId: string,
  now: Date,
): Promise<number | null> {
  const rows = await q
    .insert(agreements)
    .values({ applicationId, terms, sentBy: userId })
    .onConflictDoUpdate({
      target: agreements.applicationId,
      set: { terms, sentBy: userId, sentAt: now, version: sql`${agreements.version} + 1` },
      setWhere: eq(agreements.status, 'sent'),
    })
    .returning({ version: agreements.version });
  return rows[0]?.version ?? null;
}

export async function markSigned(
  q: Queryable,
  applicationId: string,
  fileId: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(agreements)
    .set({
      status: 'signed',
      signedAt: now,
      signedBy: userId,
      signedFileId: fileId,
      version: sql`${agreements.version} + 1`,
    })
    .where(and(eq(agreements.applicationId, applicationId), eq(agreements.status, 'sent')))
    .returning({ id: agreements.id });
  return rows.length === 1;
}
