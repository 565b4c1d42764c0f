/** Texts of the agency's pages (assessment, scores, selection, decisions, outbox). */
export const agencyDa = {
  assessmentsTitle: 'Bedømmelser',
};
export type AgencyMessages = typeof agencyDa;
