import { Confirmed } from './confirmation.js';
import { z } from 'zod';
import { StoredFile } from './applications.js';
import { MultiLineText, SingleLineText, tooLong } from './text.js';

/**
 * The collaboration agreement (samarbejdsaftale) between an approved
 * municipality and the agency (issue 3): generated from the application,
 * sent, and signed by uploading the signed copy. Signing makes the
 * municipality ready for its course.
 */
/** The most characters of each term (the send form's counters read them too, issue 11 point 5). */
export const AGREEMENT_LIMITS = { contactName: 200, contactEmail: 200, commitment: 2000 } as const;
const L = AGREEMENT_LIMITS;
const Commitment = MultiLineText(L.commitment, tooLong('Teksten')).min(1);

export const AgreementTerms = z.strictObject({
  agencyContactName: SingleLineText(L.contactName, tooLong('Navnet')).min(1),
  agencyContactEmail: z.email('E-mailadressen er ikke gyldig').max(L.contactEmail),
  municipalityContactName: SingleLineText(L.contactName, tooLong('Navnet')).min(1),
  municipalityContactEmail: z.email('E-mailadressen er ikke gyldig').max(L.contactEmail),
  /** The municipality's commitments, as the seed describes; editable before sending. */
  staffTime: Commitment,
  catering: Commitment,
  transport: Commitment,
  evaluation: Commitment,
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
export const SendAgreementRequest = z.strictObject({
  terms: AgreementTerms.partial().optional(),
  /** Sending is final for the municipality: preview (POST …/agreement/preview) and confirm. */
  confirmed: Confirmed,
});

export const PreviewAgreementRequest = z.strictObject({ terms: AgreementTerms.partial().optional() });

/** The agreement as it would be sent, before anything is stored: its text and to whom it goes. */
export const AgreementPreview = z.object({
  municipalityName: z.string(),
  /** The municipality's contact person who receives it. */
  recipient: z.object({ name: z.string(), email: z.string() }),
  text: z.string(),
});
export type AgreementPreview = z.infer<typeof AgreementPreview>;
