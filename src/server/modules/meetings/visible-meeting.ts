import { and, eq } from 'drizzle-orm';
import { notFound } from '../../core/errors.js';
import { courseMeetings } from '../../db/schema.js';
import { meetingCondition } from '../../access/index.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

export type VisibleMeeting = NonNullable<Awaited<ReturnType<typeof repo.findMeeting>>>;

/**
 * A meeting the actor reads (access/meetings.ts): through its course – the
 * admin, the course's consultant, the coordinator and head of daycare all of
 * them; leaders and staff their own institutions' working groups – or by an
 * invitation to it (a guest). Anyone else – a consultant of other courses,
 * another municipality, staff of another institution's working group, a
 * partner not invited – gets 404.
 */
export async function loadVisibleMeeting(ctx: Context, id: string): Promise<VisibleMeeting> {
  const row = await repo.findMeeting(ctx.tx, and(eq(courseMeetings.id, id), meetingCondition(ctx.actor)));
  if (!row) throw notFound();
  return row;
}
