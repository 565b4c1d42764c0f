import type { DecisionPreview } from '../../../shared/contracts/decisions.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { LetterSettings } from '../../config.js';
import { decisionLetter, documentText, renderDocx, renderPdf } from '../../documents/index.js';
import { AppError, notFound } from '../../core/errors.js';
import { findRound } from '../rounds/index.js';
import { planPublication, type PlannedLetter } from './plan-publication.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * The stored, unpublished decision's letters and e-mails as they would go if the admin
 * published now (issue 11, point 3): signed by the admin who asks, dated today. Letters for
 * the preview are made by the same code as the published ones.
 */
async function planned(ctx: Context, roundId: string, publicUrl: string, settings: LetterSettings) {
  const { tx, actor, now } = ctx;
  const round = await findRound(tx, roundId, null);
  if (!round) throw notFound();
  if (round.deadline > now) throw new AppError('round_open');
  const decision = await repo.findDecision(tx, roundId);
  if (!decision) throw new AppError('no_decision');
  if (decision.publishedAt) throw new AppError('decision_published');
  const letters = await planPublication(tx, roundId, decision, {
    publishedAt: now,
    signerName: actor.name,
    settings,
    publicUrl,
  });
  return { decision, letters };
}

export async function previewDecisions(
  ctx: Context,
  roundId: string,
  publicUrl: string,
  settings: LetterSettings,
): Promise<DecisionPreview> {
  const { decision, letters } = await planned(ctx, roundId, publicUrl, settings);
  await writeAudit(ctx.tx, ctx.actor, {
    action: 'decision.preview_read',
    entityType: 'round',
    entityId: roundId,
    details: { format: 'json', letters: letters.length },
  });
  const counts = { approved: 0, waitlisted: 0, rejected: 0 };
  for (const l of letters) counts[l.outcome]++;
  const base = `/api/v1/rounds/${roundId}/decision/preview`;
  return {
    roundId,
    version: decision.version,
    counts,
    recipients: new Set(letters.flatMap((l) => l.to)).size,
    letters: letters.map((l: PlannedLetter) => ({
      applicationId: l.app.id,
      caseNumber: l.letter.caseNumber,
      municipalityName: l.app.municipalityName,
      outcome: l.outcome,
      waitlistPosition: l.letter.waitlistPosition,
      text: documentText(decisionLetter(l.letter)),
      documents: { docx: `${base}/${l.app.id}/letter.docx`, pdf: `${base}/${l.app.id}/letter.pdf` },
      mail: { to: l.to, ...l.mail },
    })),
  };
}

export async function previewLetterFile(
  ctx: Context,
  roundId: string,
  applicationId: string,
  format: 'docx' | 'pdf',
  publicUrl: string,
  settings: LetterSettings,
): Promise<{ bytes: Buffer; filename: string }> {
  const { letters } = await planned(ctx, roundId, publicUrl, settings);
  const one = letters.find((l) => l.app.id === applicationId);
  if (!one) throw notFound();
  await writeAudit(ctx.tx, ctx.actor, {
    action: 'decision.preview_read',
    entityType: 'application',
    entityId: applicationId,
    municipalityCode: one.app.municipalityCode,
    details: { format, letters: 1 },
  });
  const model = decisionLetter(one.letter);
  const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
  return { bytes, filename: `udkast-afgoerelse-${one.app.municipalityName}.${format}` };
}
