import type { User } from '../../../shared/contracts/users.js';
import type { Queryable } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import { assignmentsOf, pendingLinksOf } from '../auth/index.js';
import { accountReach, userScope } from '../../access/index.js';

interface UserRow {
  id: string;
  email: string;
  name: string;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  lastLoginAt: Date | null;
}

function presentLink(link: { purpose: 'invitation' | 'reset'; expiresAt: Date } | undefined) {
  return link ? { purpose: link.purpose, expiresAt: link.expiresAt.toISOString() } : null;
}

/**
 * Users with the assignments the actor sees, fetched in one query for the whole
 * page. Every assignment is read so the actor is told when an account also holds
 * roles they do not see, and whether they may change it (policy accountReach).
 */
export async function presentUsers(q: Queryable, actor: Actor, rows: UserRow[], now: Date): Promise<User[]> {
  const scope = userScope(actor);
  const links = await pendingLinksOf(
    q,
    rows.map((r) => r.id),
    now,
  );
  const assignments = await assignmentsOf(
    q,
    'all',
    rows.map((r) => r.id),
  );
  const visible = (code: string | null) => scope === 'all' || (code !== null && scope.includes(code));
  return rows.map((u) => {
    const held = assignments.filter((a) => a.userId === u.id);
    return {
      id: u.id,
      email: u.email,
      name: u.name,
      active: u.active,
      version: u.version,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      mustChangePassword: u.mustChangePassword,
      assignments: held.filter((a) => visible(a.municipalityCode)).map(({ userId: _u, ...a }) => a),
      ...accountReach(actor, held),
      pendingLink: presentLink(links.get(u.id)),
    };
  });
}
