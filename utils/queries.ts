import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { readStore, watchStore } from './storage/store';

/** Every TanStack Query key of the extension, in one place. */
export const queryKeys = {
  store: ['store'] as const,
};

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
export function useStore() {
  const queryClient = useQueryClient();
  useEffect(
    () => watchStore(() => void queryClient.invalidateQueries({ queryKey: queryKeys.store })),
    [queryClient],
  );
  return useQuery({ queryKey: queryKeys.store, queryFn: readStore });
}
