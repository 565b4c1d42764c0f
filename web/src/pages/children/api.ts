import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { childEndpoints as E } from '../../../../src/shared/contracts/endpoints/organisation.js';
import { call, endpointUrl } from '../../api/call.js';
import type { CreateChildRequest, UpdateChildRequest } from '../../api/contracts.js';
import { institutionQueries } from '../institutions/api.js';

export interface ChildFilter {
  institutionId?: string;
  groupId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Query keys and fetches of children; lists start 'children', one child 'child'. */
export const childQueries = {
  all: ['children'] as const,
  list: (filter: ChildFilter) =>
    queryOptions({
      queryKey: ['children', filter],
      queryFn: ({ signal }) => call(E.list, { query: { ...filter }, signal }),
    }),
  detail: (id: string) =>
    queryOptions({ queryKey: ['child', id], queryFn: ({ signal }) => call(E.read, { params: { id }, signal }) }),
};

export function useChildren(filter: ChildFilter) {
  return useQuery({ ...childQueries.list(filter), placeholderData: keepPreviousData });
}

export function useChild(id: string) {
  return useQuery(childQueries.detail(id));
}

/** Children, counts and institution details change together. */
function invalidateChildren(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: childQueries.all }),
    queryClient.invalidateQueries({ queryKey: institutionQueries.details }),
    queryClient.invalidateQueries({ queryKey: institutionQueries.all }),
  ]);
}

export function useCreateChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateChildRequest) => call(E.create, { body: input }),
    onSuccess: () => invalidateChildren(queryClient),
  });
}

export function useUpdateChild(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateChildRequest) => call(E.update, { params: { id }, body: input }),
    onSuccess: async (child) => {
      queryClient.setQueryData(childQueries.detail(id).queryKey, child);
      await invalidateChildren(queryClient);
    },
  });
}

export function useDeleteChild(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(E.remove, { params: { id } }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: childQueries.detail(id).queryKey });
      await invalidateChildren(queryClient);
    },
  });
}

/** The child as the server has it now (after a conflict), without touching the cache. */
export function fetchChild(id: string) {
  return call(E.read, { params: { id } });
}

/** A plain link downloads the CSV: a GET that carries the session cookie. */
export function exportCsvHref(institutionId: string): string {
  return endpointUrl(E.exportCsv, { query: { institutionId } });
}
