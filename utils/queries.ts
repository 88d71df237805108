import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from './query-keys';
import { readQueueHead, readQueueIndex } from './storage/queue-index';
import { readStore, watchStore } from './storage/read';
import { readStorageUse } from './storage/usage';

// Components take the keys from here, beside the hooks; utils/ modules from query-keys.ts.
export { queryKeys };

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Storage is local and fast; what makes data stale is a write, and writes invalidate.
      queries: { staleTime: Number.POSITIVE_INFINITY, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** The stored data, refreshed whenever any page or tab changes it. */
export function useStore({ enabled = true }: { enabled?: boolean } = {}) {
  const queryClient = useQueryClient();
  useEffect(
    () => watchStore(() => void queryClient.invalidateQueries({ queryKey: queryKeys.store })),
    [queryClient],
  );
  return useQuery({ queryKey: queryKeys.store, queryFn: readStore, enabled });
}

/** The queue's list without the clients' whole records: what the popup shows first. */
export function useQueueIndex({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: queryKeys.queueIndex, queryFn: readQueueIndex, enabled });
}

/** The queue's first screenful and its size: what the popup shows before the index is read. */
export function useQueueHead() {
  return useQuery({ queryKey: queryKeys.queueHead, queryFn: readQueueHead });
}

/** What the stored data takes of the browser's storage; refreshed with the store. */
export function useStorageUse() {
  return useQuery({ queryKey: queryKeys.storageUse, queryFn: () => readStorageUse() });
}
