import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { changeModelEndpoints as E } from '../../../../src/shared/contracts/endpoints/courses.js';
import { call, endpointUrl } from '../../api/call.js';
import { ApiError } from '../../api/client.js';
import type {
  ChangeModel,
  ChangeModelComparison,
  ChangeModelConflict,
  ChangeModelContent,
  ChangeModelItem,
  Indicator,
  IndicatorWithMeasurements,
  ItemSection,
  Measurement,
  TextDiff,
} from '../../../../src/shared/contracts/change-model.js';

export type {
  ChangeModel,
  ChangeModelComparison,
  ChangeModelConflict,
  ChangeModelContent,
  ChangeModelItem,
  Indicator,
  IndicatorWithMeasurements,
  ItemSection,
  Measurement,
  TextDiff,
};

/** The diagram's address; version 0 is the current one. */
export const diagramUrl = (courseId: string, version: number) =>
  endpointUrl(E.diagram, { params: { id: courseId }, query: version > 0 ? { version } : {} });

/** Query keys and fetches of the change model; every key starts ['change-model', courseId]. */
export const changeModelQueries = {
  of: (courseId: string) => ['change-model', courseId] as const,
  detail: (courseId: string) =>
    queryOptions({
      queryKey: ['change-model', courseId],
      queryFn: ({ signal }) => call(E.read, { params: { id: courseId }, signal }),
    }),
  /** The diagram as SVG text (the server draws it; the page inlines it). */
  diagram: (courseId: string, version: number) =>
    queryOptions({
      queryKey: ['change-model', courseId, 'diagram', version],
      queryFn: async ({ signal }) => {
        const res = await fetch(diagramUrl(courseId, version), {
          credentials: 'same-origin',
          headers: { accept: 'image/svg+xml' },
          signal,
        });
        if (!res.ok)
          throw new ApiError({
            type: 'about:blank',
            title: res.statusText,
            status: res.status,
            code: `http_${res.status}`,
          });
        // The XML declaration means nothing inside HTML.
        return (await res.text()).replace(/^<\?xml[^>]*>\s*/, '');
      },
    }),
  comparison: (courseId: string, pair: { from: number; to: number } | null) =>
    queryOptions({
      queryKey: ['change-model', courseId, 'compare', pair?.from, pair?.to],
      queryFn: ({ signal }) =>
        call(E.compare, { params: { id: courseId }, query: { from: pair?.from ?? 0, to: pair?.to ?? 0 }, signal }),
    }),
};

export const changeModelKey = changeModelQueries.of;

export function useChangeModel(courseId: string) {
  return useQuery(changeModelQueries.detail(courseId));
}

export function useDiagram(courseId: string, version: number) {
  return useQuery(changeModelQueries.diagram(courseId, version));
}

export function useComparison(courseId: string, pair: { from: number; to: number } | null) {
  return useQuery({ ...changeModelQueries.comparison(courseId, pair), enabled: pair !== null });
}

export function saveChangeModel(
  courseId: string,
  input: { baseVersion: number; content: ChangeModelContent; note: string },
) {
  return call(E.save, { params: { id: courseId }, body: input });
}

export function dismissConflict(courseId: string, conflictId: string) {
  return call(E.dismissConflict, { params: { id: courseId, conflictId } });
}

export function useRecordMeasurement(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...body }: { key: string; measuredOn: string; value: number; note: string }) =>
      call(E.recordMeasurement, { params: { id: courseId, key }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: changeModelKey(courseId) }),
  });
}

export function useDeleteMeasurement(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, id }: { key: string; id: string }) =>
      call(E.deleteMeasurement, { params: { id: courseId, key, measurementId: id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: changeModelKey(courseId) }),
  });
}
