import type { ApplicationDecision } from '../../../shared/contracts/decisions.js';
import { writeAudit } from '../../audit/write-audit.js';
import { decisionLetter, renderDocx, renderPdf } from '../../documents/index.js';
import { AppError, notFound } from '../../core/errors.js';
import { outcomeOf, waitlistPositionOf, loadVisibleApplication } from '../applications/index.js';
import { scoreRound } from '../assessments/index.js';
import { findRound } from '../rounds/index.js';
import { explainDecision } from './explain-decision.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * A municipality's own decision, once published (the agency sees every
 * published one). Before publication the outcome does not exist for the
 * municipality – nor do any scores.
 */
async function loadDecision(ctx: Context, applicationId: string) {
  const { tx } = ctx;
  const app = await loadVisibleApplication(ctx, applicationId);
  // Assessors score; decisions are the agency's and the municipality's own business.
  if (!ctx.access.may('application.party', app)) throw notFound();
  const outcome = outcomeOf(app);
  if (!ctx.access.may('application.outcome', app) || outcome === null) throw new AppError('not_published');
  const decision = await repo.findDecision(tx, app.roundId);
  if (!decision?.publishedAt) throw new AppError('not_published');
  const explanation = explainDecision(app.municipalityCode, outcome, {
    selected: decision.selected,
    waitlist: decision.waitlist,
    overrideReason: decision.overrideReason,
    proposal: decision.proposal,
  });
  return { app, outcome, decision, explanation, publishedAt: decision.publishedAt };
}

export async function readDecision(ctx: Context, applicationId: string): Promise<ApplicationDecision> {
  const { app, outcome, explanation, publishedAt } = await loadDecision(ctx, applicationId);
  const base = `/api/v1/applications/${app.id}/decision-letter`;
  return {
    outcome,
    waitlistPosition: waitlistPositionOf(app),
    publishedAt: publishedAt.toISOString(),
    explanation,
    letter: { docx: `${base}.docx`, pdf: `${base}.pdf` },
  };
}

export async function decisionLetterFile(
  ctx: Context,
  applicationId: string,
  format: 'docx' | 'pdf',
): Promise<{ bytes: Buffer; filename: string }> {
  const { tx, actor } = ctx;
  const { app, outcome, decision, explanation, publishedAt } = await loadDecision(ctx, applicationId);
  // The letter is addressed to a named contact person and signed by a named official: the read is logged.
  await writeAudit(tx, actor, {
    action: 'decision.letter_read',
    entityType: 'application',
    entityId: app.id,
    municipalityCode: app.municipalityCode,
    details: { format },
  });
  const round = await findRound(tx, app.roundId, null);
  const scores = await scoreRound(tx, app.roundId);
  if (!round) throw new Error(`round ${app.roundId} is missing`);
  const score = scores.find((s) => s.applicationId === app.id);
  const model = decisionLetter({
    applicationId: app.id,
    outcome,
    waitlistPosition: waitlistPositionOf(app),
    round: { name: round.name, courseStart: round.courseStart, courseEnd: round.courseEnd, capacity: round.capacity },
    municipalityName: app.municipalityName,
    recipientName: app.content.contactName || 'tovholderen',
    publishedAt,
    explanation,
    total: score?.total ?? null,
    criteria: round.criteria.map((c) => ({
      text: c.text,
      mean: score?.criteria.find((s) => s.key === c.key)?.mean ?? null,
    })),
    requirementsMet: score?.eligible ?? false,
    signerName: decision.publishedByName ?? 'Socialstyrelsen',
  });
  const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
  return { bytes, filename: `afgoerelse-${app.municipalityName}-${round.name}.${format}` };
}
