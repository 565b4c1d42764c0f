import type { Round } from '../rounds/api.js';

/** Links from a round to its scores and selection, for those who manage the selection. */
export function RoundAgencyPanel(_props: { round: Round }) {
  return null;
}
