import { queryOptions, useQuery } from '@tanstack/react-query';
import { organisationEndpoints as E } from '../../../../src/shared/contracts/endpoints/organisation.js';
import { call } from '../../api/call.js';

/** Reference data: the five regions and 98 municipalities change rarely. */
const REFERENCE_STALE_MS = 60 * 60_000;

/** Query keys and fetches of the reference data. */
export const referenceQueries = {
  regions: () =>
    queryOptions({
      queryKey: ['regions'],
      queryFn: ({ signal }) => call(E.regions, { signal }),
      staleTime: REFERENCE_STALE_MS,
    }),
  municipalities: () =>
    queryOptions({
      queryKey: ['municipalities'],
      queryFn: ({ signal }) => call(E.municipalities, { signal }),
      staleTime: REFERENCE_STALE_MS,
    }),
  municipality: (code: string) =>
    queryOptions({
      queryKey: ['municipality', code],
      queryFn: ({ signal }) => call(E.municipality, { params: { code }, signal }),
    }),
};

export function useRegions() {
  return useQuery({ ...referenceQueries.regions(), select: (r) => r.items });
}

export function useMunicipalities() {
  return useQuery({ ...referenceQueries.municipalities(), select: (r) => r.items });
}

export function useMunicipality(code: string) {
  return useQuery(referenceQueries.municipality(code));
}
