import type { z } from 'zod';
import type {
  CreateRoundRequest,
  ListRoundsQuery,
  ListRoundsResponse,
  Round,
  SetAssessorsRequest,
  UpdateRoundRequest,
} from '../../../shared/contracts/rounds.js';
import { writeAudit } from '../../audit/write-audit.js';
import { publish } from '../../core/events.js';
import { pageOf } from '../../db/keyset.js';
import type { Actor } from '../../core/actor.js';
import { AppError, notFound } from '../../core/errors.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { can, roundScope } from '../../access/index.js';

const scopeUser = (actor: Actor) => (roundScope(actor) === 'assigned' ? actor.userId : null);

async function present(ctx: Context, rows: repo.RoundRow[]): Promise<Round[]> {
  const { tx, actor, now } = ctx;
  const manage = can(actor, 'round.manage');
  const assessors = manage
    ? await repo.assessorsOf(
        tx,
        rows.map((r) => r.id),
      )
    : [];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    courseStart: r.courseStart,
    courseEnd: r.courseEnd,
    deadline: r.deadline.toISOString(),
    capacity: r.capacity,
    criteria: r.criteria,
    requirements: r.requirements,
    balanceRules: r.balanceRules,
    status: r.deadline > now ? 'open' : 'closed',
    version: r.version,
    ...(manage ? { assessors: assessors.filter((a) => a.roundId === r.id).map(({ roundId: _r, ...a }) => a) } : {}),
  }));
}

/** A page of the rounds the actor may see, newest course period first; `now` decides open/closed. */
export async function listRounds(ctx: Context, query: z.output<typeof ListRoundsQuery>): Promise<ListRoundsResponse> {
  const { tx, actor, now } = ctx;
  const fetched = await repo.listRoundsPage(tx, scopeUser(actor), { cursor: query.cursor, limit: query.limit });
  const { rows, nextCursor } = pageOf('rounds', fetched, query.limit, (r) => [r.courseStart, r.id]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      courseStart: r.courseStart,
      courseEnd: r.courseEnd,
      deadline: r.deadline.toISOString(),
      capacity: r.capacity,
      status: r.deadline > now ? ('open' as const) : ('closed' as const),
    })),
    nextCursor,
  };
}

export async function readRound(ctx: Context, id: string): Promise<Round> {
  const { tx, actor } = ctx;
  const row = await repo.findRound(tx, id, scopeUser(actor));
  if (!row) throw notFound();
  const [round] = await present(ctx, [row]);
  if (!round) throw notFound();
  return round;
}

export async function createRound(ctx: Context, input: z.infer<typeof CreateRoundRequest>) {
  const { tx, actor } = ctx;
  const deadline = new Date(input.deadline);
  const id = await repo.insertRound(tx, { ...input, deadline });
  if (deadline > ctx.now) await publishOpened(ctx, { id, ...input, deadline }, false);
  await writeAudit(tx, actor, {
    action: 'round.create',
    entityType: 'round',
    entityId: id,
    details: { name: input.name },
  });
  return readRound(ctx, id);
}

export async function editRound(ctx: Context, id: string, input: z.infer<typeof UpdateRoundRequest>) {
  const { tx, actor } = ctx;
  const current = await repo.findRound(tx, id, null);
  if (!current) throw notFound();
  if (current.version !== input.version) throw new AppError('version_conflict');
  const { version, deadline, confirmed, ...rest } = input;
  const changes = { ...rest, ...(deadline ? { deadline: new Date(deadline) } : {}) };
  if (changes.deadline && current.deadline > ctx.now && changes.deadline <= ctx.now && !confirmed) {
    // Issue 11, point 4: closing an open round at once shuts every municipality out.
    const drafts = await repo.draftsOfRound(tx, id);
    throw new AppError('confirmation_required', {
      detail:
        'Den nye frist er allerede passeret, så runden lukker straks for alle kommuner' +
        (drafts === 0
          ? '.'
          : drafts === 1
            ? ': én kommune har en kladde, der ikke er indsendt, og kan ikke længere indsende den.'
            : `: ${drafts} kommuner har en kladde, der ikke er indsendt, og kan ikke længere indsende den.`) +
        ' Bekræft, hvis det er meningen.',
    });
  }
  const start = changes.courseStart ?? current.courseStart;
  const end = changes.courseEnd ?? current.courseEnd;
  if (end <= start) {
    throw new AppError('validation_failed', {
      errors: [{ field: 'courseEnd', message: 'Forløbet skal slutte efter, at det begynder' }],
    });
  }
  if (!(await repo.updateRound(tx, id, version, changes, ctx.now))) throw new AppError('version_conflict');
  // A closed round whose deadline moves into the future opens again.
  if (changes.deadline && current.deadline <= ctx.now && changes.deadline > ctx.now)
    await publishOpened(ctx, { ...current, ...changes, deadline: changes.deadline }, true);
  await writeAudit(tx, actor, {
    action: 'round.update',
    entityType: 'round',
    entityId: id,
    details: { changedFields: Object.keys(changes), fromVersion: version },
  });
  return readRound(ctx, id);
}

export async function setAssessors(ctx: Context, id: string, input: z.infer<typeof SetAssessorsRequest>) {
  const { tx, actor } = ctx;
  const round = await repo.findRound(tx, id, null);
  if (!round) throw notFound();
  const wanted = [...new Set(input.userIds)];
  const valid = new Set(await repo.assessorUserIds(tx, wanted));
  const invalid = wanted.findIndex((u) => !valid.has(u));
  if (invalid >= 0) {
    throw new AppError('validation_failed', {
      errors: [{ field: `userIds.${invalid}`, message: 'Brugeren findes ikke eller har ikke rollen bedømmer' }],
    });
  }
  const before = new Set((await repo.assessorsOf(tx, [id])).map((a) => a.id));
  await repo.replaceAssessors(tx, id, wanted);
  const added = (await repo.assessorsOf(tx, [id])).filter((a) => !before.has(a.id));
  if (added.length > 0)
    // Each new assessor hears what to score and by when (notifications, ADR 33).
    await publish(tx, 'round.assessors_assigned', {
      roundId: id,
      roundName: round.name,
      deadline: round.deadline,
      scoreBy: round.courseStart,
      assessors: added.map((a) => ({ userId: a.id, name: a.name, email: a.email })),
      at: ctx.now,
    });
  await writeAudit(tx, actor, {
    action: 'round.assessors_set',
    entityType: 'round',
    entityId: id,
    details: { userIds: wanted },
  });
  return readRound(ctx, id);
}

/** The coordinators who want to know hear that a round is open (notifications, ADR 33). */
function publishOpened(
  ctx: Context,
  round: { id: string; name: string; deadline: Date; courseStart: string; courseEnd: string },
  reopened: boolean,
) {
  return publish(ctx.tx, 'round.opened', {
    roundId: round.id,
    roundName: round.name,
    deadline: round.deadline,
    courseStart: round.courseStart,
    courseEnd: round.courseEnd,
    reopened,
    at: ctx.now,
  });
}
