import { queryOptions, useQuery } from '@tanstack/react-query';
import { accessEndpoints as E } from '../../../../src/shared/contracts/endpoints/access.js';
import type { ListReadersResponse, ReaderReason, RecordKind } from '../../../../src/shared/contracts/access.js';
import { call } from '../../api/call.js';

export type { ListReadersResponse, ReaderReason, RecordKind };

/** Query keys and fetches of the access module's answers: who reads a record ("Hvem kan se dette?"). */
export const accessQueries = {
  readers: (kind: RecordKind, id: string) =>
    queryOptions({
      queryKey: ['access', 'readers', kind, id],
      queryFn: ({ signal }) => call(E.readers, { query: { kind, id }, signal }),
      // Each viewing is logged on the server: fetch when opened, not again in the background.
      staleTime: 5 * 60_000,
      retry: false,
    }),
};

/** The readers of a record, fetched only once `enabled` (the panel is opened). */
export function useReaders(kind: RecordKind, id: string, enabled: boolean) {
  return useQuery({ ...accessQueries.readers(kind, id), enabled });
}
