import type { SelfAnalysisMessages } from './self-analysis.da.js';

export const selfAnalysisEn: SelfAnalysisMessages = {
  title: '',
};
