import type { Outcome } from '../../../shared/contracts/applications.js';
import type { RoundSelectionResponse } from '../../../shared/contracts/decisions.js';
import { outcomeCountsDa } from '../../../shared/wording/outcomes.da.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { LetterSettings } from '../../config.js';
import { AppError, notFound } from '../../core/errors.js';
import { notify } from '../notifications/index.js';
import { findRound } from '../rounds/index.js';
import { liveSelection } from './live-selection.js';
import { planPublication } from './plan-publication.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * Publishes a round's decision: every submitted application gets its outcome
 * (approved, waitlisted or rejected), its coordinators and contact person an
 * e-mail in the outbox – in this transaction, so nothing is sent for a
 * publication that rolls back. Letters are generated on request from the
 * stored decision. Only when `confirmed` (issue 11, point 4): the admin has
 * seen the preview (decision/preview) and the count of letters and recipients.
 */
export async function publishDecisions(
  ctx: Context,
  roundId: string,
  input: { version: number; confirmed: boolean },
  publicUrl: string,
  settings: LetterSettings,
): Promise<RoundSelectionResponse> {
  const { tx, actor, now } = ctx;
  const round = await findRound(tx, roundId, null);
  if (!round) throw notFound();
  if (round.deadline > now) throw new AppError('round_open');
  const decision = await repo.findDecision(tx, roundId);
  if (!decision) throw new AppError('no_decision');
  if (decision.publishedAt) throw new AppError('decision_published');
  if (decision.version !== input.version) throw new AppError('version_conflict');
  const planned = await planPublication(tx, roundId, decision, {
    publishedAt: now,
    signerName: actor.name,
    settings,
    publicUrl,
  });
  const counts: Record<Outcome, number> = { approved: 0, waitlisted: 0, rejected: 0 };
  for (const p of planned) counts[p.outcome]++;
  const recipients = new Set(planned.flatMap((p) => p.to)).size;
  if (!input.confirmed) {
    const letters = planned.length === 1 ? 'ét afgørelsesbrev' : `${planned.length} afgørelsesbreve`;
    throw new AppError('confirmation_required', {
      detail:
        `Offentliggørelsen sender ${letters} (${outcomeCountsDa(counts)}) og e-mails til ` +
        `${recipients === 1 ? 'én modtager' : `${recipients} modtagere`}. ` +
        'Den kan ikke gøres om. Se brevene, og bekræft.',
      errors: planned.map((p) => ({
        field: p.app.municipalityCode,
        message: `${p.app.municipalityName}: ${p.to.join(', ')}`,
      })),
    });
  }
  if (!(await repo.markPublished(tx, roundId, input.version, actor.userId, now)))
    throw new AppError('version_conflict');
  // Decisions are mandatory notifications; a coordinator's account goes with the address (ADR 33).
  const messages = planned.flatMap((p) =>
    p.recipients.map(({ toAddress, userId }) => ({
      kind: 'decision' as const,
      userId,
      toAddress,
      link: `/ansoegninger/${p.app.id}`,
      ...p.mail,
    })),
  );
  const queued = await notify(tx, now, messages);
  await writeAudit(tx, actor, {
    action: 'round.publish',
    entityType: 'round',
    entityId: roundId,
    details: { ...counts, messages: queued },
  });
  const { decisionRow: _omit, scores: _scores, ...response } = await liveSelection(tx, roundId);
  return response;
}
