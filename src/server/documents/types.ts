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
  outcome: Outcome;
  /** 1-based, only for waitlisted. */
  waitlistPosition: number | null;
  round: RoundInfo & { capacity: number };
  municipalityName: string;
  recipientName: string;
  publishedAt: Date;
  /** The selection's one-sentence explanation for this municipality. */
  explanation: string;
  /** Sum over criteria of the assessors' mean scores; null if not scored. */
  total: number | null;
  criteria: { text: string; mean: number | null }[];
  requirementsMet: boolean;
  /** The admin who published, signing on behalf of the agency. */
  signerName: string;
}

export interface AgreementData {
  applicationId: string;
  round: RoundInfo;
  municipalityName: string;
  municipalityCode: string;
  institutions: string[];
  terms: AgreementTerms;
  sentAt: Date;
}
