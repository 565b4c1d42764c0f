import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { organisationEndpoints as E } from '../../../../src/shared/contracts/endpoints/organisation.js';
import { call } from '../../api/call.js';
import type { InstitutionKind } from '../../api/contracts.js';

export interface InstitutionFilter {
  municipality?: string;
  kind?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Query keys and fetches of institutions; every key starts 'institutions' or 'institution'. */
export const institutionQueries = {
  all: ['institutions'] as const,
  details: ['institution'] as const,
  list: (filter: InstitutionFilter) =>
    queryOptions({
      queryKey: ['institutions', filter],
      queryFn: ({ signal }) =>
        call(E.institutions, { query: { ...filter, kind: filter.kind as InstitutionKind | undefined }, signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['institution', id],
      queryFn: ({ signal }) => call(E.institution, { params: { id }, signal }),
    }),
};

export function useInstitutions(filter: InstitutionFilter, enabled = true) {
  return useQuery({ ...institutionQueries.list(filter), placeholderData: keepPreviousData, enabled });
}

export function useInstitution(id: string) {
  return useQuery({ ...institutionQueries.detail(id), enabled: id !== '' });
}
