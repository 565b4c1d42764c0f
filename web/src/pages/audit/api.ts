import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { auditEndpoints as E } from '../../../../src/shared/contracts/endpoints/organisation.js';
import { call } from '../../api/call.js';

export interface AuditFilter {
  from?: string;
  to?: string;
  action?: string;
  actorUserId?: string;
  entityId?: string;
}

const PAGE_SIZE = 50;

/** Query keys and fetches of the audit log. */
export const auditQueries = {
  list: (filter: AuditFilter) =>
    infiniteQueryOptions({
      queryKey: ['audit', filter],
      queryFn: ({ pageParam, signal }) =>
        call(E.list, {
          query: { ...filter, pageSize: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          signal,
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.page.nextCursor ?? undefined,
    }),
};

/**
 * The audit log, newest first; "Vis flere" fetches the next page from the cursor the
 * server gave with the last one, while it says there is more (no page numbers, no total).
 */
export function useAudit(filter: AuditFilter) {
  return useInfiniteQuery(auditQueries.list(filter));
}
