import {
  READERS_NAMED,
  type ListReadersQuery,
  type ListReadersResponse,
  type ReaderReason,
} from '../../../shared/contracts/access.js';
import { READ_ACTION, readersOf, type RecordReader } from '../../access/index.js';
import { writeAudit } from '../../audit/write-audit.js';
import { notFound } from '../../core/errors.js';
import type { Context } from '../../core/context.js';
import * as repo from './repository.js';

/**
 * "Hvem kan se dette?": who reads a course, meeting, application,
 * self-analysis or change model, and why – answered by the access module's
 * read rules (access/readers.ts), for a record the caller reads themselves
 * (404 otherwise, as on the record's own page). The agency's admins are
 * counted, the rest named (at most READERS_NAMED, then how many more). The
 * list names people, so the read is logged.
 */
export async function listReaders(ctx: Context, query: ListReadersQuery): Promise<ListReadersResponse> {
  const { tx, actor } = ctx;
  const [visible] = await ctx.access.which(tx, READ_ACTION[query.kind], [query.id]);
  if (!visible) throw notFound();
  const found = await readersOf(tx, query.kind, query.id);
  if (!found) throw notFound();
  const shown = found.readers.slice(0, READERS_NAMED);
  const codes = shown.flatMap((p) =>
    p.reasons.flatMap((r) => (r.grant.via === 'municipality' ? [r.grant.municipalityCode] : [])),
  );
  const names = await repo.municipalityNames(tx, [...new Set(codes)]);
  const more = found.readers.length - shown.length;
  await writeAudit(tx, actor, {
    action: 'readers.read',
    entityType: query.kind,
    entityId: query.id,
    municipalityCode: found.municipalityCode,
    details: { kind: query.kind, named: shown.length, more },
  });
  return {
    kind: query.kind,
    id: query.id,
    counted: found.counted,
    readers: shown.map((p) => ({
      userId: p.userId,
      name: p.name,
      email: p.email,
      reasons: p.reasons.map((r) => presentReason(r, names)),
    })),
    more,
  };
}

function presentReason(reason: RecordReader['reasons'][number], names: Map<string, string>): ReaderReason {
  const { role, grant } = reason;
  switch (grant.via) {
    case 'role':
      return { via: 'role', role: grant.role };
    case 'municipality':
      return {
        via: 'municipality',
        role: grant.role,
        municipalityCode: grant.municipalityCode,
        municipalityName: names.get(grant.municipalityCode) ?? grant.municipalityCode,
      };
    case 'assignment':
      return { via: 'assignment', role, assignment: grant.assignment };
    case 'invitation':
      return { via: 'invitation', role, meetingId: grant.meetingId };
  }
}
