/** Texts of the self-analysis pages (issue 4). en.ts's counterpart must have the same shape. */
export const selfAnalysisDa = {
  title: '',
};
export type SelfAnalysisMessages = typeof selfAnalysisDa;
