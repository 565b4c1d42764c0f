import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE, queryString } from '../../api/client.js';
import type { Child, CreateChildRequest, ListChildrenResponse, UpdateChildRequest } from '../../api/contracts.js';

export interface ChildFilter {
  institutionId?: string;
  groupId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function useChildren(filter: ChildFilter) {
  return useQuery({
    queryKey: ['children', filter],
    queryFn: () => api<ListChildrenResponse>('/children', { query: { ...filter } }),
    placeholderData: keepPreviousData,
  });
}

export function useChild(id: string) {
  return useQuery({
    queryKey: ['child', id],
    queryFn: () => api<Child>(`/children/${encodeURIComponent(id)}`),
  });
}

/** Children, counts and institution details change together. */
function invalidateChildren(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['children'] }),
    queryClient.invalidateQueries({ queryKey: ['institution'] }),
    queryClient.invalidateQueries({ queryKey: ['institutions'] }),
  ]);
}

export function useCreateChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateChildRequest) => api<Child>('/children', { method: 'POST', body: input }),
    onSuccess: () => invalidateChildren(queryClient),
  });
}

export function useUpdateChild(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateChildRequest) => api<Child>(`/children/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: async (child) => {
      queryClient.setQueryData(['child', id], child);
      await invalidateChildren(queryClient);
    },
  });
}

export function useDeleteChild(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`/children/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['child', id] });
      await invalidateChildren(queryClient);
    },
  });
}

/** A plain link downloads the CSV: a GET that carries the session cookie. */
export function exportCsvHref(institutionId: string): string {
  return `${API_BASE}/children/export.csv${queryString({ institutionId })}`;
}
