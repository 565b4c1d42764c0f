import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import { enqueue } from '../mail/index.js';
import { issuePasswordLink, passwordLinkMessage, type LinkPurpose, type LinkSettings } from './password-links.js';

/**
 * An administrator sends a user a link to set their password: the invitation
 * of a new user, or a new link for one who cannot log in. The mail is queued
 * in the caller's transaction (it goes only if the change commits); older
 * links of the user stop working. The administrator never sees the link.
 */
export async function sendPasswordLink(
  tx: Tx,
  actor: Actor,
  user: { id: string; email: string; name: string },
  purpose: LinkPurpose,
  values: { settings: LinkSettings; now: Date; municipalityCode: string | null },
): Promise<{ expiresAt: Date }> {
  const link = await issuePasswordLink(tx, {
    userId: user.id,
    purpose,
    createdBy: actor.userId,
    now: values.now,
    settings: values.settings,
  });
  await enqueue(tx, [passwordLinkMessage({ ...user, purpose, ...link, settings: values.settings })]);
  await writeAudit(tx, actor, {
    action: 'auth.password_link_sent',
    entityType: 'user',
    entityId: user.id,
    municipalityCode: values.municipalityCode,
    details: { purpose, expiresAt: link.expiresAt.toISOString(), byAdministrator: true },
  });
  return { expiresAt: link.expiresAt };
}
