import type { AgreementTerms } from '../../shared/contracts/agreements.js';
import type { ApplicationContent, Outcome } from '../../shared/contracts/applications.js';

/**
 * What the generated documents are made from (issue 3). The use cases gather
 * these from the database; the builders turn them into one document model,
 * rendered as DOCX and as PDF from the same text.
 */
export interface RoundInfo {
  name: string;
  courseStart: string; // ISO date
  courseEnd: string; // ISO date
}

export interface ReceiptData {
  applicationId: string;
  round: RoundInfo & { criteria: { key: string; text: string }[]; requirements: { key: string; text: string }[] };
  municipalityName: string;
  municipalityCode: string;
  submittedAt: Date;
  submittedBy: string;
  version: number;
  content: ApplicationContent;
  /** institutionId → name */
  institutionNames: Record<string, string>;
  directorFile: { filename: string; size: number; sha256: string } | null;
}

export interface DecisionLetterData {
  applicationId: string;
  /** The application's case number, e.g. IND-2027-0860 (ADR 32): the letter's reference. */
  caseNumber: string;
  outcome: Outcome;
  /** 1-based, only for waitlisted. */
  waitlistPosition: number | null;
  /** The round as it was decided: its places and how many submitted applications competed for them. */
  round: RoundInfo & { capacity: number; applicants: number };
  municipalityName: string;
  recipientName: string;
  publishedAt: Date;
  /** The reason in plain Danish (decisions/decision-reason.ts): never the admin's internal justification. */
  reason: string;
  /** The municipality's own points: sum over criteria of the assessors' mean scores; null if not scored. */
  total: number | null;
  criteria: { text: string; mean: number | null }[];
  requirementsMet: boolean;
  /** The admin who published, signing on behalf of the agency. */
  signerName: string;
  /** Whom the municipality contacts about the decision (INDSATS_LETTER_CONTACT_*). */
  contact: { name: string; email: string; phone: string };
  /** The klagevejledning (INDSATS_LETTER_COMPLAINTS). */
  complaints: string;
}

export interface AgreementData {
  applicationId: string;
  /** The application's case number (ADR 32): the agreement's reference. */
  caseNumber?: string | undefined;
  round: RoundInfo;
  municipalityName: string;
  municipalityCode: string;
  institutions: string[];
  terms: AgreementTerms;
  sentAt: Date;
}
