import type { Application } from '../../../shared/contracts/applications.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { findFile, savePdf, type ReceivedPdf } from '../files/index.js';
import { readApplication } from './read-applications.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { loadVisibleApplication } from './visible-application.js';

/** Attaches the director's signed commitment (a checked PDF) to a draft. */
export async function uploadDirectorCommitment(
  ctx: Context,
  filesDir: string,
  id: string,
  pdf: ReceivedPdf,
): Promise<Application> {
  const { tx, actor } = ctx;
  const row = await loadVisibleApplication(ctx, id);
  if (!ctx.access.may('application.edit', row)) throw forbidden();
  if (row.status !== 'draft') throw new AppError('application_submitted');
  const file = await savePdf(ctx, filesDir, pdf, {
    municipalityCode: row.municipalityCode,
    purpose: 'director_commitment',
  });
  // The file is not part of the typed form, so it does not bump the version an autosave in flight relies on.
  if (!(await repo.setDirectorFile(tx, id, file.id, actor.userId, ctx.now)))
    throw new AppError('application_submitted');
  await writeAudit(tx, actor, {
    action: 'application.file_upload',
    entityType: 'application',
    entityId: id,
    details: { purpose: 'director_commitment', fileId: file.id, size: file.size, sha256: file.sha256 },
  });
  return readApplication(ctx, id);
}

/** The director's PDF of an application the actor may see (its facts, e.g. for the receipt). */
export async function directorCommitmentFile(ctx: Context, id: string) {
  const { tx } = ctx;
  const row = await loadVisibleApplication(ctx, id);
  const file = row.directorFileId ? await findFile(tx, row.directorFileId) : null;
  if (!file) throw notFound();
  return file;
}

/** Downloading the director's signed PDF (a named person's signature): logged, with the file and its application. */
export async function downloadDirectorCommitment(ctx: Context, id: string) {
  const { tx, actor } = ctx;
  const file = await directorCommitmentFile(ctx, id);
  await writeAudit(tx, actor, {
    action: 'file.download',
    entityType: 'file',
    entityId: file.id,
    municipalityCode: file.municipalityCode,
    details: { purpose: 'director_commitment', applicationId: id },
  });
  return file;
}
