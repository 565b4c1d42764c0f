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

/** The audit log, newest first; "Vis flere" fetches the next page while the server says there is more. */
export function useAudit(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) => api<ListAuditResponse>('/audit', { query: { ...filter, page: pageParam, pageSize: PAGE_SIZE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page.hasMore ? last.page.page + 1 : undefined),
  });
}
