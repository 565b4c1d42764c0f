import type { AgreementPreview, AgreementTerms } from '../../../shared/contracts/agreements.js';
import type { Actor } from '../../core/actor.js';
import { AppError, forbidden } from '../../core/errors.js';
import type { Tx } from '../../db/client.js';
import { agreementDocument, defaultAgreementTerms, documentText, type DocumentModel } from '../../documents/index.js';
import { outcomeOf, type ApplicationRow, institutionNames, loadVisibleApplication } from '../applications/index.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Context } from '../../core/context.js';

/** The terms an agreement is sent with: the defaults from the application and the sender, then the admin's changes. */
export function agreementTerms(
  actor: Actor,
  app: ApplicationRow,
  overrides: Partial<AgreementTerms> = {},
): AgreementTerms {
  return {
    ...defaultAgreementTerms({
      agencyContactName: actor.name,
      agencyContactEmail: actor.email,
      municipalityContactName: app.content.contactName || `${app.municipalityName} Kommune`,
      municipalityContactEmail: app.content.contactEmail || 'ukendt@kommune.example',
    }),
    ...overrides,
  };
}

/** The agreement's document for an application with the given terms and sending date. */
export async function agreementModel(
  tx: Tx,
  app: ApplicationRow,
  terms: AgreementTerms,
  sentAt: Date,
): Promise<DocumentModel> {
  const names = await institutionNames(
    tx,
    app.municipalityCode,
    app.content.institutions.map((i) => i.institutionId),
  );
  return agreementDocument({
    applicationId: app.id,
    caseNumber: app.caseNumber ?? undefined,
    round: { name: app.roundName, courseStart: app.courseStart, courseEnd: app.courseEnd },
    municipalityName: app.municipalityName,
    municipalityCode: app.municipalityCode,
    institutions: app.content.institutions
      .map((i) => names[i.institutionId])
      .filter((n): n is string => n !== undefined),
    terms,
    sentAt,
  });
}

/**
 * The agreement exactly as "Send" would send it now, without storing anything (issue 11,
 * point 4): the admin reads it before confirming. It names both contact people: the read is logged.
 */
export async function previewAgreement(
  ctx: Context,
  applicationId: string,
  overrides: Partial<AgreementTerms> = {},
): Promise<AgreementPreview> {
  const { tx, actor } = ctx;
  if (!ctx.access.can('selection.manage')) throw forbidden();
  const app = await loadVisibleApplication(ctx, applicationId);
  if (outcomeOf(app) !== 'approved') throw new AppError('not_approved');
  const terms = agreementTerms(actor, app, overrides);
  await writeAudit(tx, actor, {
    action: 'agreement.read',
    entityType: 'agreement',
    entityId: applicationId,
    municipalityCode: app.municipalityCode,
    details: { format: 'json' },
  });
  return {
    municipalityName: app.municipalityName,
    recipient: { name: terms.municipalityContactName, email: terms.municipalityContactEmail },
    text: documentText(await agreementModel(tx, app, terms, ctx.now)),
  };
}
