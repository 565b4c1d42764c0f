import type { User } from '../../../shared/contracts/users.js';
import type { Queryable } from '../../db/client.js';
import { assignmentsOf } from './repository.js';

interface UserRow {
  id: string;
  email: string;
  name: string;
  active: boolean;
  version: number;
  lastLoginAt: Date | null;
}

/** Users with their (scope-filtered) assignments, fetched in one query for the whole page. */
export async function presentUsers(q: Queryable, scope: 'all' | string[], rows: UserRow[]): Promise<User[]> {
  const assignments = await assignmentsOf(
    q,
    scope,
    rows.map((r) => r.id),
  );
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    active: u.active,
    version: u.version,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    assignments: assignments.filter((a) => a.userId === u.id).map(({ userId: _u, ...a }) => a),
  }));
}
