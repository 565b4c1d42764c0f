import type { Agreement, AgreementTerms } from '../../../shared/contracts/agreements.js';
import { renderDocx, renderPdf } from '../../documents/index.js';
import { writeAudit } from '../../audit/write-audit.js';
import { publish } from '../../core/events.js';
import type { Tx } from '../../db/client.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { outcomeOf, type ApplicationRow, loadVisibleApplication } from '../applications/index.js';
import { findFile, presentFile, savePdf, type ReceivedPdf } from '../files/index.js';
import { createCourseFromApplication, meetingsOfCourse } from '../courses/index.js';
import { agreementModel, agreementTerms } from './preview-agreement.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/** The agency and the municipality itself see the agreement; nobody else (assessors included). */
async function loadParty(ctx: Context, applicationId: string): Promise<ApplicationRow> {
  const app = await loadVisibleApplication(ctx, applicationId);
  if (!ctx.access.may('application.party', app)) throw notFound();
  return app;
}

async function present(tx: Tx, app: ApplicationRow, row: repo.AgreementRow): Promise<Agreement> {
  const file = row.signedFileId ? await findFile(tx, row.signedFileId) : null;
  const base = `/api/v1/applications/${app.id}/agreement`;
  return {
    id: row.id,
    applicationId: app.id,
    municipalityCode: app.municipalityCode,
    municipalityName: app.municipalityName,
    roundName: app.roundName,
    courseStart: app.courseStart,
    courseEnd: app.courseEnd,
    status: row.status,
    terms: row.terms,
    sentAt: row.sentAt.toISOString(),
    sentBy: row.sentByName,
    signedAt: row.signedAt?.toISOString() ?? null,
    signedBy: row.signedByName,
    signedFile: file ? presentFile(file) : null,
    version: row.version,
    documents: { docx: `${base}.docx`, pdf: `${base}.pdf` },
  };
}

export async function readAgreement(ctx: Context, applicationId: string): Promise<Agreement> {
  const { tx } = ctx;
  const app = await loadParty(ctx, applicationId);
  const row = await repo.findAgreement(tx, applicationId);
  if (!row) throw notFound();
  return present(tx, app, row);
}

/**
 * The admin sends the agreement of an approved, published application,
 * generated from the application (contact person) and the sender; terms
 * given override the defaults. Sending again before signing updates it.
 */
export async function sendAgreement(
  ctx: Context,
  applicationId: string,
  overrides: Partial<AgreementTerms> = {},
  confirmed = false,
) {
  const { tx, actor } = ctx;
  if (!ctx.access.can('selection.manage')) throw forbidden();
  const app = await loadParty(ctx, applicationId);
  if (outcomeOf(app) !== 'approved') throw new AppError('not_approved');
  const terms = agreementTerms(actor, app, overrides);
  if (!confirmed) {
    // Issue 11, point 4: the admin has read the agreement (…/agreement/preview) and says so.
    throw new AppError('confirmation_required', {
      detail:
        `Samarbejdsaftalen sendes til ${app.municipalityName} Kommune (${terms.municipalityContactName}, ` +
        `${terms.municipalityContactEmail}) til underskrift. Se aftalen først, og bekræft.`,
    });
  }
  const version = await repo.upsertSent(tx, applicationId, terms, actor.userId, ctx.now);
  if (version === null) throw new AppError('agreement_signed');
  // The municipality's coordinators and the contact person get it to sign (notifications, ADR 33).
  await publish(tx, 'agreement.sent', {
    applicationId,
    municipalityCode: app.municipalityCode,
    municipalityName: app.municipalityName,
    roundName: app.roundName,
    contact: { name: terms.municipalityContactName, email: terms.municipalityContactEmail },
    resent: version > 1,
    at: ctx.now,
  });
  await writeAudit(tx, actor, {
    action: 'agreement.send',
    entityType: 'agreement',
    entityId: applicationId,
    municipalityCode: app.municipalityCode,
    details: { applicationId },
  });
  return readAgreement(ctx, applicationId);
}

/** The signed copy (a checked PDF) marks the agreement signed and creates the municipality's course. */
export async function signAgreement(ctx: Context, filesDir: string, applicationId: string, pdf: ReceivedPdf) {
  const { tx, actor } = ctx;
  const app = await loadParty(ctx, applicationId);
  const current = await repo.findAgreement(tx, applicationId);
  if (!current) throw notFound();
  if (current.status === 'signed') throw new AppError('agreement_signed');
  const file = await savePdf(ctx, filesDir, pdf, {
    municipalityCode: app.municipalityCode,
    purpose: 'signed_agreement',
  });
  if (!(await repo.markSigned(tx, applicationId, file.id, actor.userId, ctx.now)))
    throw new AppError('agreement_signed');
  // Signing makes the municipality ready: its course is created from the typical plan (issue 4).
  const courseId = await createCourseFromApplication(tx, {
    id: app.id,
    roundId: app.roundId,
    municipalityCode: app.municipalityCode,
    institutionIds: app.content.institutions.map((i) => i.institutionId),
  });
  if (courseId) {
    await writeAudit(tx, actor, {
      action: 'course.create',
      entityType: 'course',
      entityId: courseId,
      municipalityCode: app.municipalityCode,
      details: { applicationId, meetings: (await meetingsOfCourse(tx, courseId)).length },
    });
  }
  // The agency hears it is signed, the municipality's coordinators get a confirmation (notifications, ADR 33).
  await publish(tx, 'agreement.signed', {
    applicationId,
    municipalityCode: app.municipalityCode,
    municipalityName: app.municipalityName,
    roundName: app.roundName,
    signedBy: { userId: actor.userId, name: actor.name },
    courseId,
    at: ctx.now,
  });
  await writeAudit(tx, actor, {
    action: 'agreement.sign',
    entityType: 'agreement',
    entityId: applicationId,
    municipalityCode: app.municipalityCode,
    details: { applicationId, fileId: file.id },
  });
  return readAgreement(ctx, applicationId);
}

/**
 * Opening the agreement: it names the contact people of both parties (names,
 * e-mail addresses), so the read is logged – which agreement, in which form.
 */
export async function viewAgreement(ctx: Context, applicationId: string): Promise<Agreement> {
  const agreement = await readAgreement(ctx, applicationId);
  await auditAgreementRead(ctx, agreement.applicationId, agreement.municipalityCode, 'json');
  return agreement;
}

function auditAgreementRead(
  ctx: Context,
  applicationId: string,
  municipalityCode: string,
  format: 'json' | 'docx' | 'pdf',
) {
  const { tx, actor } = ctx;
  return writeAudit(tx, actor, {
    action: 'agreement.read',
    entityType: 'agreement',
    entityId: applicationId,
    municipalityCode,
    details: { format },
  });
}

/** The signed agreement as uploaded (signatures of named people): the download is logged. */
export async function signedAgreementFile(ctx: Context, applicationId: string) {
  const { tx, actor } = ctx;
  const app = await loadParty(ctx, applicationId);
  const row = await repo.findAgreement(tx, applicationId);
  const file = row?.signedFileId ? await findFile(tx, row.signedFileId) : null;
  if (!file) throw notFound();
  await writeAudit(tx, actor, {
    action: 'file.download',
    entityType: 'file',
    entityId: file.id,
    municipalityCode: app.municipalityCode,
    details: { purpose: 'signed_agreement', applicationId },
  });
  return file;
}

export async function agreementFile(ctx: Context, applicationId: string, format: 'docx' | 'pdf') {
  const { tx } = ctx;
  const app = await loadParty(ctx, applicationId);
  const row = await repo.findAgreement(tx, applicationId);
  if (!row) throw notFound();
  await auditAgreementRead(ctx, app.id, app.municipalityCode, format);
  const model = await agreementModel(tx, app, row.terms, row.sentAt);
  const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
  return { bytes, filename: `samarbejdsaftale-${app.municipalityName}-${app.roundName}.${format}` };
}
