import type { Outcome } from '../contracts/applications.js';

/**
 * How many letters of each outcome a publication sends, in Danish – "3 tilsagn og
 * 1 afslag": an outcome with no letters is left out (never "0 på venteliste").
 * The publish dialog and the server's confirmation say the same (issue 11, point 10).
 */
export function outcomeCountsDa(counts: Record<Outcome, number>): string {
  const parts = [
    counts.approved > 0 ? `${counts.approved} tilsagn` : null,
    counts.waitlisted > 0 ? `${counts.waitlisted} på venteliste` : null,
    counts.rejected > 0 ? `${counts.rejected} afslag` : null,
  ].filter((part) => part !== null);
  return new Intl.ListFormat('da-DK', { type: 'conjunction' }).format(parts);
}
