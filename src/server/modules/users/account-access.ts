import type { Actor } from '../../core/actor.js';
import { AppError, notFound } from '../../core/errors.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { accountReach, userScope } from '../../access/index.js';

/**
 * The one door to an account for user management. An account the actor cannot
 * see (no role in their municipality) is 404; one they see but whose roles
 * are not all within what they may grant is 403 `account_out_of_reach` – so a
 * coordinator cannot take over an account that also holds, say, national_admin
 * (docs/adr/0011-account-management.md).
 */
export async function loadManagedAccount(ctx: Context, id: string) {
  const { tx, actor } = ctx;
  const row = await repo.findUser(tx, userScope(actor), id);
  if (!row) throw notFound();
  const held = await repo.allAssignmentsOfUser(tx, id);
  if (!accountReach(actor, held).manageable) throw new AppError('account_out_of_reach');
  return { row, held };
}

/** Nobody grants themselves a role or sets their own password through user management. */
export function refuseSelf(actor: Actor, id: string, detail: string): void {
  if (actor.userId === id) throw new AppError('self_management', { detail });
}
