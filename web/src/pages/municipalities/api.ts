import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { ListMunicipalitiesResponse, ListRegionsResponse, MunicipalityDetail } from '../../api/contracts.js';

/** Reference data: the five regions and 98 municipalities change rarely. */
const REFERENCE_STALE_MS = 60 * 60_000;

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: () => api<ListRegionsResponse>('/regions'),
    staleTime: REFERENCE_STALE_MS,
    select: (r) => r.items,
  });
}

export function useMunicipalities() {
  return useQuery({
    queryKey: ['municipalities'],
    queryFn: () => api<ListMunicipalitiesResponse>('/municipalities'),
    staleTime: REFERENCE_STALE_MS,
    select: (r) => r.items,
  });
}

export function useMunicipality(code: string) {
  return useQuery({
    queryKey: ['municipality', code],
    queryFn: () => api<MunicipalityDetail>(`/municipalities/${encodeURIComponent(code)}`),
  });
}
