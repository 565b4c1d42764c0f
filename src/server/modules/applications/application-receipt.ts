import { writeAudit } from '../../audit/write-audit.js';
import { applicationReceipt, renderPdf } from '../../documents/index.js';
import { AppError } from '../../core/errors.js';
import { findRound } from '../rounds/index.js';
import { directorCommitmentFile } from './upload-director-commitment.js';
import type { Context } from '../../core/context.js';
import { loadVisibleApplication } from './visible-application.js';

/** The receipt of a submitted application, as PDF: what was submitted, when and by whom. */
export async function receiptPdf(ctx: Context, id: string): Promise<{ bytes: Buffer; filename: string }> {
  const { tx, actor } = ctx;
  const row = await loadVisibleApplication(ctx, id);
  if (row.status !== 'submitted' || !row.submittedAt) throw new AppError('not_submitted');
  const round = await findRound(tx, row.roundId, null);
  const names = row.institutionNames;
  const file = row.directorFileId ? await directorCommitmentFile(ctx, id) : null;
  if (!round) throw new Error(`round ${row.roundId} of application ${id} is missing`);
  // The receipt repeats the whole application (contact person, who submitted): the read is logged.
  await writeAudit(tx, actor, {
    action: 'application.receipt_read',
    entityType: 'application',
    entityId: row.id,
    municipalityCode: row.municipalityCode,
    details: { version: row.version },
  });
  const model = applicationReceipt({
    applicationId: row.id,
    round: {
      name: round.name,
      courseStart: round.courseStart,
      courseEnd: round.courseEnd,
      criteria: round.criteria,
      requirements: round.requirements,
    },
    municipalityName: row.municipalityName,
    municipalityCode: row.municipalityCode,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy ?? '',
    version: row.version,
    content: row.content,
    institutionNames: names,
    directorFile: file ? { filename: file.filename, size: file.size, sha256: file.sha256 } : null,
  });
  return { bytes: await renderPdf(model), filename: `kvittering-${row.municipalityName}-${row.roundName}.pdf` };
}
