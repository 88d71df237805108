/**
 * Every TanStack Query key of the extension, in one place. No imports: the hooks in queries.ts and
 * in m365/ both take their keys from here.
 */
export const queryKeys = {
  store: ['store'] as const,
  // Under 'store': whatever refreshes the store refreshes the queue's index too.
  queueIndex: ['store', 'queue-index'] as const,
  queueHead: ['store', 'queue-head'] as const,
  storageUse: ['store', 'storage-use'] as const,
  // The granted optional hosts; under it, so a grant or removal refreshes every host check too.
  permissions: ['permissions'] as const,
  hostPermission: (origins: readonly string[]) => ['permissions', ...origins] as const,
  tenant: (domain: string) => ['tenant', domain] as const,
};
