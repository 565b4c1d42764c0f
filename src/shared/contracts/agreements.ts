import { z } from 'zod';
import { StoredFile } from './applications.js';

/**
 * The collaboration agreement (samarbejdsaftale) between an approved
 * municipality and the agency (issue 3): generated from the application,
 * sent, and signed by uploading the signed copy. Signing makes the
 * municipality ready for its course.
 */
export const AgreementTerms = z.strictObject({
  agencyContactName: z.string().trim().min(1).max(200),
  agencyContactEmail: z.email('E-mailadressen er ikke gyldig').max(200),
  municipalityContactName: z.string().trim().min(1).max(200),
  municipalityContactEmail: z.email('E-mailadressen er ikke gyldig').max(200),
  /** The municipality's commitments, as the seed describes; editable before sending. */
  staffTime: z.string().trim().min(1).max(2000),
  catering: z.string().trim().min(1).max(2000),
  transport: z.string().trim().min(1).max(2000),
  evaluation: z.string().trim().min(1).max(2000),
});
export type AgreementTerms = z.infer<typeof AgreementTerms>;

export const AGREEMENT_STATUSES = ['sent', 'signed'] as const;

export const Agreement = z.object({
  id: z.string(),
  applicationId: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  roundName: z.string(),
  courseStart: z.string(),
  courseEnd: z.string(),
  status: z.enum(AGREEMENT_STATUSES),
  terms: AgreementTerms,
  sentAt: z.string(),
  sentBy: z.string(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  signedFile: StoredFile.nullable(),
  version: z.number().int(),
  documents: z.object({ docx: z.string(), pdf: z.string() }),
});
export type Agreement = z.infer<typeof Agreement>;

/** Absent terms are filled from the application and the sender. */
export const SendAgreementRequest = z.strictObject({ terms: AgreementTerms.partial().optional() });
