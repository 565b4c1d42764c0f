import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { RecordKind } from '../../shared/contracts/access.js';
import type { Role } from '../../shared/roles.js';
import { actorOfRole } from '../core/actor.js';
import type { Queryable } from '../db/client.js';
import { roleAssignments, users } from '../db/schema.js';
import type { Grant } from './grants.js';
import { loadFacts, municipalityOf } from './record-facts.js';
import { grantFor } from './rules.js';
import { READ_ACTION } from './which.js';

/** A person who reads the record, with the grant of each of their roles that reads it. */
export interface RecordReader {
  userId: string;
  name: string;
  email: string;
  reasons: { role: Role; grant: Grant }[];
}

export interface RecordReaders {
  municipalityCode: string;
  /** People who read it by their role alone (every such record: the agency's admins), counted per role. */
  counted: { role: Role; count: number }[];
  /** Everyone else who reads it, by name. */
  readers: RecordReader[];
}

/**
 * Who reads a record, and why ("Hvem kan se dette?", ADR 21): every active
 * person's every role is made the actor it would be when logged in
 * (core/actor.ts actorOfRole, as the auth hook does) and asked the same read
 * rule the record's routes answer by (rules.ts). No second copy of the rules:
 * the query below only leaves out people no rule could let in – a role held
 * in another municipality reaches a record only through an invitation, so
 * the candidates are the national roles, the record's municipality's roles
 * and the invited people's roles. test/access-agreement.test.ts checks the
 * answer against `which` for random people and records.
 *
 * Null when the record does not exist.
 */
export async function readersOf(q: Queryable, kind: RecordKind, id: string): Promise<RecordReaders | null> {
  const facts = (await loadFacts(q, kind, [id])).get(id);
  if (!facts) return null;
  const municipalityCode = municipalityOf(kind, facts);
  const invited = 'invitedUserIds' in facts ? facts.invitedUserIds : [];
  // The outer row's columns written out in full: a bare name would be the subquery's own column.
  const outer = (name: string) => sql`${sql.identifier('role_assignments')}.${sql.identifier(name)}`;
  const candidatePair = sql`EXISTS (SELECT 1 FROM ${roleAssignments} c WHERE c.user_id = ${outer('user_id')}
    AND c.role = ${outer('role')} AND (c.municipality_code IS NULL OR c.municipality_code = ${municipalityCode}))`;
  const invitedUser =
    invited.length > 0
      ? sql`${roleAssignments.userId}::text = ANY(ARRAY[${sql.join(
          invited.map((u) => sql`${u}`),
          sql`, `,
        )}]::text[])`
      : undefined;
  const rows = await q
    .select({
      userId: roleAssignments.userId,
      name: users.name,
      email: users.email,
      role: roleAssignments.role,
      municipalityCode: roleAssignments.municipalityCode,
      institutionId: roleAssignments.institutionId,
    })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(users.active, true), or(candidatePair, invitedUser)))
    .orderBy(asc(roleAssignments.createdAt), asc(roleAssignments.id));

  const byRole = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.userId} ${r.role}`;
    byRole.set(key, [...(byRole.get(key) ?? []), r]);
  }
  const action = READ_ACTION[kind];
  const counted = new Map<Role, Set<string>>();
  const named = new Map<string, RecordReader>();
  for (const assignments of byRole.values()) {
    const first = assignments[0]!;
    const actor = actorOfRole(first, first.role, assignments, null);
    const grant = grantFor(actor, action, facts);
    if (!grant) continue;
    if (grant.via === 'role') {
      counted.set(first.role, (counted.get(first.role) ?? new Set()).add(first.userId));
      continue;
    }
    const person = named.get(first.userId) ?? {
      userId: first.userId,
      name: first.name,
      email: first.email,
      reasons: [],
    };
    person.reasons.push({ role: first.role, grant });
    named.set(first.userId, person);
  }
  // Whoever reads it by a role alone is counted there, not named for another role too.
  const countedIds = new Set([...counted.values()].flatMap((s) => [...s]));
  return {
    municipalityCode,
    counted: [...counted].map(([role, ids]) => ({ role, count: ids.size })),
    readers: [...named.values()]
      .filter((p) => !countedIds.has(p.userId))
      .sort((a, b) => a.name.localeCompare(b.name, 'da') || a.userId.localeCompare(b.userId)),
  };
}
