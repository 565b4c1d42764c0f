import { desc, eq } from 'drizzle-orm';
import { outbox } from '../../src/server/db/schema.js';
import type { Database } from '../../src/server/db/client.js';
import type { TestApp } from './test-app.js';

/** The token of the newest one-time link mailed to this address (read from the outbox, as the person reads their mail). */
export async function linkTokenFor(database: Database, email: string): Promise<string> {
  const [message] = await database.db
    .select({ body: outbox.body })
    .from(outbox)
    .where(eq(outbox.toAddress, email))
    .orderBy(desc(outbox.createdAt), desc(outbox.id));
  const token = /\/ny-adgangskode#token=([A-Za-z0-9_-]+)/.exec(message?.body ?? '')?.[1];
  if (!token) throw new Error(`no password link mailed to ${email}`);
  return token;
}

/** The invited (or reset) person follows the link in their newest mail and chooses a password; then logs in. */
export async function acceptPasswordLink(t: TestApp, email: string, password: string) {
  const token = await linkTokenFor(t.database, email);
  const res = await t.anonymous.post('/api/v1/auth/password', { token, newPassword: password });
  if (res.statusCode !== 200) throw new Error(`setting the password of ${email} failed: ${res.statusCode} ${res.body}`);
  return t.login(email, password);
}
