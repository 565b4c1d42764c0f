import type { Outcome } from '../../../shared/contracts/applications.js';
import type { RoundSelectionResponse } from '../../../shared/contracts/decisions.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, notFound } from '../../core/errors.js';
import { applicationsOfRound } from '../applications/index.js';
import { addressesOf } from '../mail/index.js';
import { notify } from '../notifications/index.js';
import { findRound } from '../rounds/index.js';
import { decisionMail } from './decision-mail.js';
import { liveSelection } from './live-selection.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * Publishes a round's decision: every submitted application gets its outcome
 * (approved, waitlisted or rejected), its coordinators and contact person an
 * e-mail in the outbox – in this transaction, so nothing is sent for a
 * publication that rolls back. Letters are generated on request from the
 * stored decision.
 */
export async function publishDecisions(
  ctx: Context,
  roundId: string,
  version: number,
  publicUrl: string,
): Promise<RoundSelectionResponse> {
  const { tx, actor, now } = ctx;
  const round = await findRound(tx, roundId, null);
  if (!round) throw notFound();
  if (round.deadline > now) throw new AppError('round_open');
  const decision = await repo.findDecision(tx, roundId);
  if (!decision) throw new AppError('no_decision');
  if (decision.publishedAt) throw new AppError('decision_published');
  if (!(await repo.markPublished(tx, roundId, version, actor.userId, now))) throw new AppError('version_conflict');

  const submitted = (await applicationsOfRound(tx, roundId)).filter((a) => a.status === 'submitted');
  const coordinators = await addressesOf(
    tx,
    'coordinator',
    submitted.map((a) => a.municipalityCode),
  );
  const counts: Record<Outcome, number> = { approved: 0, waitlisted: 0, rejected: 0 };
  const messages = submitted.flatMap((app) => {
    const outcome: Outcome = decision.selected.includes(app.municipalityCode)
      ? 'approved'
      : decision.waitlist.includes(app.municipalityCode)
        ? 'waitlisted'
        : 'rejected';
    counts[outcome]++;
    // Each address once; a coordinator's account goes with it (notifications, ADR 28).
    const to = new Map(
      coordinators
        .filter((c) => c.municipalityCode === app.municipalityCode)
        .map((c) => [c.email.toLowerCase(), c.userId as string | null]),
    );
    if (app.content.contactEmail && !to.has(app.content.contactEmail.toLowerCase()))
      to.set(app.content.contactEmail.toLowerCase(), null);
    const mail = decisionMail({
      outcome,
      roundName: round.name,
      municipalityName: app.municipalityName,
      link: `${publicUrl}/ansoegninger/${app.id}`,
    });
    const link = `/ansoegninger/${app.id}`;
    return [...to]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([toAddress, userId]) => ({ kind: 'decision' as const, userId, toAddress, link, ...mail }));
  });
  const queued = await notify(tx, now, messages);
  await writeAudit(tx, actor, {
    action: 'round.publish',
    entityType: 'round',
    entityId: roundId,
    details: { ...counts, messages: queued },
  });
  const { decisionRow: _omit, ...response } = await liveSelection(tx, roundId);
  return response;
}
