import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { InstitutionDetail, ListInstitutionsResponse } from '../../api/contracts.js';

export interface InstitutionFilter {
  municipality?: string;
  kind?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function useInstitutions(filter: InstitutionFilter, enabled = true) {
  return useQuery({
    queryKey: ['institutions', filter],
    queryFn: () => api<ListInstitutionsResponse>('/institutions', { query: { ...filter } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useInstitution(id: string) {
  return useQuery({
    queryKey: ['institution', id],
    queryFn: () => api<InstitutionDetail>(`/institutions/${encodeURIComponent(id)}`),
    enabled: id !== '',
  });
}
