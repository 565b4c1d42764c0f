import type { Application } from '../../../shared/contracts/applications.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { findFile } from '../files/repository.js';
import { savePdf, type ReceivedPdf } from '../files/upload.js';
import { isOwnCoordinator, loadVisibleApplication } from './access.js';
import { readApplication } from './read-applications.js';
import * as repo from './repository.js';

/** Attaches the director's signed commitment (a checked PDF) to a draft. */
export async function uploadDirectorCommitment(
  tx: Tx,
  actor: Actor,
  filesDir: string,
  id: string,
  pdf: ReceivedPdf,
): Promise<Application> {
  const row = await loadVisibleApplication(tx, actor, id);
  if (!isOwnCoordinator(actor, row)) throw forbidden();
  if (row.status !== 'draft') throw new AppError('application_submitted');
  const file = await savePdf(tx, actor, filesDir, pdf, { municipalityCode: row.municipalityCode, purpose: 'director_commitment' });
  // The file is not part of the typed form, so it does not bump the version an autosave in flight relies on.
  if (!(await repo.setDirectorFile(tx, id, file.id, actor.userId))) throw new AppError('application_submitted');
  await writeAudit(tx, actor, {
    action: 'application.file_upload',
    entityType: 'application',
    entityId: id,
    details: { purpose: 'director_commitment', fileId: file.id, size: file.size, sha256: file.sha256 },
  });
  return readApplication(tx, actor, id);
}

/** The director's PDF of an application the actor may see (its facts, e.g. for the receipt). */
export async function directorCommitmentFile(tx: Tx, actor: Actor, id: string) {
  const row = await loadVisibleApplication(tx, actor, id);
  const file = row.directorFileId ? await findFile(tx, row.directorFileId) : null;
  if (!file) throw notFound();
  return file;
}

/** Downloading the director's signed PDF (a named person's signature): logged, with the file and its application. */
export async function downloadDirectorCommitment(tx: Tx, actor: Actor, id: string) {
  const file = await directorCommitmentFile(tx, actor, id);
  await writeAudit(tx, actor, {
    action: 'file.download',
    entityType: 'file',
    entityId: file.id,
    municipalityCode: file.municipalityCode,
    details: { purpose: 'director_commitment', applicationId: id },
  });
  return file;
}
