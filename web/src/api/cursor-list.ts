import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from './client.js';

/** One page of a keyset-paged list (src/shared/contracts/paging.ts). */
export interface CursorPage<Item> {
  items: Item[];
  nextCursor: string | null;
}

export const LIST_PAGE_SIZE = 50;

/**
 * A keyset-paged list: the first page, and the next one each time
 * `fetchNextPage` is called ("Vis flere") while the server sends a nextCursor.
 * `items` is every row fetched so far, in the server's order.
 */
export function useCursorList<Item>(
  queryKey: readonly unknown[],
  path: string,
  options: { limit?: number; enabled?: boolean } = {},
) {
  const limit = options.limit ?? LIST_PAGE_SIZE;
  const query = useInfiniteQuery({
    queryKey: [...queryKey, { limit }],
    queryFn: ({ pageParam, signal }) => api<CursorPage<Item>>(path, { query: { limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
  });
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items), [query.data]);
  return { query, items };
}
