import type { ApplicationDecision } from '../../../shared/contracts/decisions.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { LetterSettings } from '../../config.js';
import { decisionLetter, renderDocx, renderPdf, type DecisionLetterData } from '../../documents/index.js';
import { AppError, notFound } from '../../core/errors.js';
import { outcomeOf, waitlistPositionOf, loadVisibleApplication } from '../applications/index.js';
import { letterDataFor } from './letter-data.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * A municipality's own decision, once published (the agency sees every
 * published one). Before publication the outcome does not exist for the
 * municipality – nor do any scores. The reason is the letter's: plain Danish,
 * never the admin's internal justification.
 */
async function loadDecision(
  ctx: Context,
  applicationId: string,
  settings: LetterSettings,
): Promise<{ letter: DecisionLetterData; municipalityCode: string }> {
  const { tx } = ctx;
  const app = await loadVisibleApplication(ctx, applicationId);
  // Assessors score; decisions are the agency's and the municipality's own business.
  if (!ctx.access.may('application.party', app)) throw notFound();
  const outcome = outcomeOf(app);
  if (!ctx.access.may('application.outcome', app) || outcome === null) throw new AppError('not_published');
  const decision = await repo.findDecision(tx, app.roundId);
  if (!decision?.publishedAt) throw new AppError('not_published');
  const letters = await letterDataFor(tx, app.roundId, [app], decision, {
    publishedAt: decision.publishedAt,
    signerName: decision.publishedByName ?? 'Socialstyrelsen',
    settings,
  });
  const letter = letters.get(app.id);
  if (!letter) throw new Error(`no letter for application ${app.id}`);
  return { letter: { ...letter, waitlistPosition: waitlistPositionOf(app) }, municipalityCode: app.municipalityCode };
}

export async function readDecision(
  ctx: Context,
  applicationId: string,
  settings: LetterSettings,
): Promise<ApplicationDecision> {
  const { letter } = await loadDecision(ctx, applicationId, settings);
  const base = `/api/v1/applications/${applicationId}/decision-letter`;
  return {
    outcome: letter.outcome,
    waitlistPosition: letter.waitlistPosition,
    publishedAt: letter.publishedAt.toISOString(),
    explanation: letter.reason,
    letter: { docx: `${base}.docx`, pdf: `${base}.pdf` },
    caseNumber: letter.caseNumber,
  };
}

export async function decisionLetterFile(
  ctx: Context,
  applicationId: string,
  format: 'docx' | 'pdf',
  settings: LetterSettings,
): Promise<{ bytes: Buffer; filename: string }> {
  const { tx, actor } = ctx;
  const { letter, municipalityCode } = await loadDecision(ctx, applicationId, settings);
  // The letter is addressed to a named contact person and signed by a named official: the read is logged.
  await writeAudit(tx, actor, {
    action: 'decision.letter_read',
    entityType: 'application',
    entityId: applicationId,
    municipalityCode,
    details: { format },
  });
  const model = decisionLetter(letter);
  const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
  return { bytes, filename: `afgoerelse-${letter.municipalityName}-${letter.round.name}.${format}` };
}
