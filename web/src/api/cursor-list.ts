import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Endpoint, EndpointResponse, PathParams } from '../../../src/shared/contracts/endpoint.js';
import { call, type CallArgs } from './call.js';

/** One page of a keyset-paged list (src/shared/contracts/paging.ts). */
export interface CursorPage<Item> {
  items: Item[];
  nextCursor: string | null;
}

export const LIST_PAGE_SIZE = 50;

/** A GET endpoint that answers a keyset page (`KeysetPage` in the contracts). */
type CursorEndpoint = Endpoint & { method: 'GET' };
type ItemOf<E extends CursorEndpoint> = EndpointResponse<E> extends CursorPage<infer Item> ? Item : never;

/**
 * A keyset-paged list: the first page, and the next one each time
 * `fetchNextPage` is called ("Vis flere") while the server sends a nextCursor.
 * `items` is every row fetched so far, in the server's order.
 */
export function useCursorList<E extends CursorEndpoint>(
  queryKey: readonly unknown[],
  endpoint: E,
  options: { params?: PathParams<E['path']>; limit?: number; enabled?: boolean } = {},
) {
  const limit = options.limit ?? LIST_PAGE_SIZE;
  const query = useInfiniteQuery({
    queryKey: [...queryKey, { limit }],
    queryFn: ({ pageParam, signal }) => {
      const args = [{ params: options.params, query: { limit, cursor: pageParam }, signal }] as unknown as CallArgs<E>;
      return call(endpoint, ...args) as Promise<CursorPage<ItemOf<E>>>;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
  });
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items), [query.data]);
  return { query, items };
}
