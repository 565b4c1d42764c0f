import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { ListAuditResponse } from '../../api/contracts.js';

export interface AuditFilter {
  from?: string;
  to?: string;
  action?: string;
  actorUserId?: string;
  entityId?: string;
}

const PAGE_SIZE = 50;

/**
 * The audit log, newest first; "Vis flere" fetches the next page from the cursor the
 * server gave with the last one, while it says there is more (no page numbers, no total).
 */
export function useAudit(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) =>
      api<ListAuditResponse>('/audit', { query: { ...filter, pageSize: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  });
}
