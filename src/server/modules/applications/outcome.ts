import type { Outcome } from '../../../shared/contracts/applications.js';

interface DecisionFields {
  municipalityCode: string;
  status: 'draft' | 'submitted';
  publishedAt: Date | null;
  selected: string[] | null;
  waitlist: string[] | null;
}

/** The published outcome of a submitted application; null before publication (and for drafts). */
export function outcomeOf(row: DecisionFields): Outcome | null {
  if (row.publishedAt === null || row.status !== 'submitted') return null;
  if (row.selected?.includes(row.municipalityCode)) return 'approved';
  if (row.waitlist?.includes(row.municipalityCode)) return 'waitlisted';
  return 'rejected';
}

/** 1-based place on the waitlist, or null. */
export function waitlistPositionOf(row: DecisionFields): number | null {
  const index = row.waitlist?.indexOf(row.municipalityCode) ?? -1;
  return index >= 0 ? index + 1 : null;
}
