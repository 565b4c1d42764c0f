import { queryOptions, useQuery } from '@tanstack/react-query';
import { selfAnalysisEndpoints as E } from '../../../../src/shared/contracts/endpoints/courses.js';
import { call, endpointUrl } from '../../api/call.js';
import type {
  MissingPart,
  PrefilledFigure,
  PrefilledFigures,
  SelfAnalysis,
  SelfAnalysisConflict,
  SelfAnalysisContent,
} from '../../../../src/shared/contracts/self-analysis.js';

export type { MissingPart, PrefilledFigure, PrefilledFigures, SelfAnalysis, SelfAnalysisConflict, SelfAnalysisContent };

/** Query keys and fetches of the self-analysis. */
export const selfAnalysisQueries = {
  detail: (courseId: string) =>
    queryOptions({
      queryKey: ['self-analysis', courseId],
      queryFn: ({ signal }) => call(E.read, { params: { id: courseId }, signal }),
    }),
};

export const selfAnalysisKey = (courseId: string) => selfAnalysisQueries.detail(courseId).queryKey;

export function useSelfAnalysis(courseId: string) {
  return useQuery(selfAnalysisQueries.detail(courseId));
}

export function fetchSelfAnalysis(courseId: string): Promise<SelfAnalysis> {
  return call(E.read, { params: { id: courseId } });
}

export function saveSelfAnalysis(
  courseId: string,
  baseVersion: number,
  content: SelfAnalysisContent,
): Promise<SelfAnalysis> {
  return call(E.save, { params: { id: courseId }, body: { baseVersion, content } });
}

export function presentSelfAnalysis(courseId: string, version: number): Promise<SelfAnalysis> {
  return call(E.present, { params: { id: courseId }, body: { version } });
}

export function reopenSelfAnalysis(courseId: string, version: number): Promise<SelfAnalysis> {
  return call(E.reopen, { params: { id: courseId }, body: { version } });
}

export function deleteSelfAnalysisConflict(courseId: string, conflictId: string): Promise<void> {
  return call(E.dismissConflict, { params: { id: courseId, conflictId } });
}

/** The presentation as PDF, downloaded by the browser itself. */
export const selfAnalysisPdfUrl = (courseId: string) => endpointUrl(E.pdf, { params: { id: courseId } });
