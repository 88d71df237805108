import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { queryKeys } from '../query-keys';
import { ADMIN_CENTER_ORIGINS, OPTIONAL_ORIGINS, SIGN_IN_ORIGINS } from './hosts';

/** What each optional permission is for, in the technician's words (the settings page lists them). */
export const OPTIONAL_PERMISSION_PURPOSES: Record<string, string> = {
  [ADMIN_CENTER_ORIGINS[0] as string]:
    'Microsoft 365 admin center: read the Domains list when you click Fetch',
  [ADMIN_CENTER_ORIGINS[1] as string]:
    'Microsoft 365 admin center (newer address): read the Domains list when you click Fetch',
  [SIGN_IN_ORIGINS[0] as string]: 'Microsoft sign-in service: check which tenant a domain belongs to',
};

/** Keeps permission queries fresh when a permission is granted or removed anywhere. */
function usePermissionEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.permissions });
    const events = browser.permissions;
    try {
      events.onAdded.addListener(refresh);
      events.onRemoved.addListener(refresh);
    } catch {
      return; // a browser without the events: the next click still checks
    }
    return () => {
      events.onAdded.removeListener(refresh);
      events.onRemoved.removeListener(refresh);
    };
  }, [queryClient]);
}

/** Whether these hosts are granted; `permissions.contains` needs no click, so this is known before one. */
export function useHostPermission(origins: readonly string[]) {
  usePermissionEvents();
  return useQuery({
    queryKey: queryKeys.hostPermission(origins),
    queryFn: () => browser.permissions.contains({ origins: [...origins] }),
  });
}

/**
 * From a click: the browser's prompt only when not granted yet. It must be the click handler's
 * first call (the prompt needs the click's user gesture), so the granted state comes from
 * {@link useHostPermission}, read before the click, not awaited in it.
 */
export function askFromClick(
  origins: readonly string[],
  knownGranted: boolean | undefined,
): Promise<boolean> {
  if (knownGranted === true) return Promise.resolve(true);
  return browser.permissions.request({ origins: [...origins] });
}

/** The optional hosts granted now, for the settings page. */
export function useGrantedOptionalOrigins() {
  usePermissionEvents();
  return useQuery({
    queryKey: queryKeys.permissions,
    queryFn: async () => {
      const { origins = [] } = await browser.permissions.getAll();
      return OPTIONAL_ORIGINS.filter((origin) => origins.includes(origin));
    },
  });
}
