import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, ApiError, api } from '../../api/client.js';
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

const path = (courseId: string) => `/courses/${encodeURIComponent(courseId)}/change-model`;
export const changeModelKey = (courseId: string) => ['change-model', courseId] as const;

export function useChangeModel(courseId: string) {
  return useQuery({ queryKey: changeModelKey(courseId), queryFn: () => api<ChangeModel>(path(courseId)) });
}

/** The diagram as SVG text (the server draws it; the page inlines it). */
export function useDiagram(courseId: string, version: number) {
  return useQuery({
    queryKey: [...changeModelKey(courseId), 'diagram', version],
    queryFn: async () => {
      const res = await fetch(`${API_BASE}${diagramPath(courseId, version)}`, { credentials: 'same-origin', headers: { accept: 'image/svg+xml' } });
      if (!res.ok) throw new ApiError({ type: 'about:blank', title: res.statusText, status: res.status, code: `http_${res.status}` });
      // The XML declaration means nothing inside HTML.
      return (await res.text()).replace(/^<\?xml[^>]*>\s*/, '');
    },
  });
}

export const diagramPath = (courseId: string, version: number) => `${path(courseId)}/diagram.svg${version > 0 ? `?version=${version}` : ''}`;

export function useComparison(courseId: string, pair: { from: number; to: number } | null) {
  return useQuery({
    queryKey: [...changeModelKey(courseId), 'compare', pair?.from, pair?.to],
    queryFn: () => api<ChangeModelComparison>(`${path(courseId)}/compare`, { query: { from: pair?.from, to: pair?.to } }),
    enabled: pair !== null,
  });
}

export function saveChangeModel(courseId: string, input: { baseVersion: number; content: ChangeModelContent; note: string }) {
  return api<ChangeModel>(path(courseId), { method: 'PUT', body: input });
}

export function dismissConflict(courseId: string, conflictId: string) {
  return api<undefined>(`${path(courseId)}/conflicts/${encodeURIComponent(conflictId)}`, { method: 'DELETE' });
}

/** Saves a new version; the answer replaces the cached model. On 409 the latest (with the kept edit) is fetched. */
export function useSaveChangeModel(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { baseVersion: number; content: ChangeModelContent; note: string }) => saveChangeModel(courseId, input),
    onSuccess: (model) => queryClient.setQueryData(changeModelKey(courseId), model),
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409) await queryClient.invalidateQueries({ queryKey: changeModelKey(courseId) });
    },
  });
}

const measurementsPath = (courseId: string, key: string) =>
  `/courses/${encodeURIComponent(courseId)}/indicators/${encodeURIComponent(key)}/measurements`;

export function useRecordMeasurement(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...body }: { key: string; measuredOn: string; value: number; note: string }) =>
      api<Measurement>(measurementsPath(courseId, key), { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: changeModelKey(courseId) }),
  });
}

export function useDeleteMeasurement(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, id }: { key: string; id: string }) => api<undefined>(`${measurementsPath(courseId, key)}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: changeModelKey(courseId) }),
  });
}
