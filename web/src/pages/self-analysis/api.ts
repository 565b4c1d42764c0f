import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type {
  MissingPart,
  PrefilledFigure,
  PrefilledFigures,
  SelfAnalysis,
  SelfAnalysisConflict,
  SelfAnalysisContent,
} from '../../../../src/shared/contracts/self-analysis.js';

export type { MissingPart, PrefilledFigure, PrefilledFigures, SelfAnalysis, SelfAnalysisConflict, SelfAnalysisContent };

const path = (courseId: string) => `/courses/${encodeURIComponent(courseId)}/self-analysis`;
export const selfAnalysisKey = (courseId: string) => ['self-analysis', courseId] as const;

export function useSelfAnalysis(courseId: string) {
  return useQuery({ queryKey: selfAnalysisKey(courseId), queryFn: () => fetchSelfAnalysis(courseId) });
}

export function fetchSelfAnalysis(courseId: string): Promise<SelfAnalysis> {
  return api<SelfAnalysis>(path(courseId));
}

export function saveSelfAnalysis(courseId: string, baseVersion: number, content: SelfAnalysisContent): Promise<SelfAnalysis> {
  return api<SelfAnalysis>(path(courseId), { method: 'PUT', body: { baseVersion, content } });
}

export function presentSelfAnalysis(courseId: string, version: number): Promise<SelfAnalysis> {
  return api<SelfAnalysis>(`${path(courseId)}/present`, { method: 'POST', body: { version } });
}

export function reopenSelfAnalysis(courseId: string, version: number): Promise<SelfAnalysis> {
  return api<SelfAnalysis>(`${path(courseId)}/reopen`, { method: 'POST', body: { version } });
}

export function deleteSelfAnalysisConflict(courseId: string, conflictId: string): Promise<void> {
  return api<void>(`${path(courseId)}/conflicts/${encodeURIComponent(conflictId)}`, { method: 'DELETE' });
}

/** The presentation as PDF, downloaded by the browser itself. */
export const selfAnalysisPdfUrl = (courseId: string) => `/api/v1/courses/${encodeURIComponent(courseId)}/self-analysis.pdf`;
