import type { AdminTab, DomainsRead, M365Outcome } from '../model/m365';
import { clip } from '../values/text';
import { NOT_ADMIN_CENTER, summariseDomains, tabLabel, tabReadSchema } from './domains';
import { ADMIN_CENTER_ORIGINS, ADMIN_HOSTS, isAdminCenter, isDomainsList } from './hosts';
import type { TabRead } from './read-domains';

/**
 * How long a tab may take to show its list (the admin center is slow; a sign-in takes a while).
 * The e2e tests' build shortens it (WXT_M365_WAIT_MS), as their stuck tab never signs in.
 */
export const READ_WAIT_MS = Number(import.meta.env.WXT_M365_WAIT_MS) || 20_000;

// Several tabs are each given this long to show their list, for a label that tells them apart.
const LABEL_WAIT_MS = 3000;

// fetchDomains' answer, for its callers; the schemas are the model's (messages carry them).
export type { M365Outcome };

/** Where a fetch is: idle, waiting for the technician's consent, reading the tab, or answered. */
export type M365Phase =
  | { phase: 'idle' }
  /** Waiting for the technician: in the extension's small window (overlay) or the browser's prompt. */
  | { phase: 'asking'; where?: 'window' | 'prompt' }
  | { phase: 'reading' }
  | { phase: 'done'; outcome: M365Outcome };

/** What "Use these" saves on the client and fills into the portal. */
export interface M365Values {
  tenantPrefix: string;
  defaultDomain: string;
}

/** What fetching needs from the browser: the real one in extension pages, a fake in unit tests. */
export interface AdminCenterAccess {
  granted(): Promise<boolean>;
  /** Tabs on the admin center's hosts (host permission lets the extension see their URLs). */
  adminTabs(): Promise<AdminTab[]>;
  /** Runs readDomainsInTab in the tab; the raw result, to be checked. */
  readTab(tabId: number, waitMs: number): Promise<unknown>;
}

/** Which admin center tab to read: the one picked, the only one on the right page, or why none. */
export type TabChoice =
  | { kind: 'tab'; tab: AdminTab }
  | { kind: 'several'; tabs: AdminTab[] }
  | { kind: 'needs-consent' }
  | { kind: 'no-tab'; adminTabs: number }
  | { kind: 'error'; message: string };

/**
 * The tab to read among the admin center's tabs on a page `isList` knows (the Domains list, Your
 * products): the picked `tabId`, else the only one; several are the caller's to offer, each
 * labelled its own way. `gone` says the picked tab closed or left that page.
 */
export async function chooseAdminTab(
  access: AdminCenterAccess,
  isList: (url: string) => boolean,
  { tabId, gone }: { tabId: number | undefined; gone: string },
): Promise<TabChoice> {
  if (!(await access.granted())) return { kind: 'needs-consent' };
  const all = await access.adminTabs();
  const tabs = all.filter((tab) => isList(tab.url));
  const chosen = tabId === undefined ? undefined : tabs.find((tab) => tab.id === tabId);
  if (tabId !== undefined && !chosen) return { kind: 'error', message: gone };
  if (chosen) return { kind: 'tab', tab: chosen };
  const [only] = tabs;
  if (!only) return { kind: 'no-tab', adminTabs: all.length };
  return tabs.length > 1 ? { kind: 'several', tabs } : { kind: 'tab', tab: only };
}

async function read(access: AdminCenterAccess, tabId: number, waitMs: number): Promise<TabRead | null> {
  const parsed = tabReadSchema.safeParse(await access.readTab(tabId, waitMs));
  return parsed.success ? parsed.data : null;
}

/**
 * Finds the admin center's Domains tab and reads it: one tab is read, several are offered to pick
 * from (each labelled by its onmicrosoft.com domain), none is said. `tabId` reads the picked one.
 */
export async function fetchDomains(
  access: AdminCenterAccess,
  { tabId, waitMs = READ_WAIT_MS }: { tabId?: number; waitMs?: number } = {},
): Promise<M365Outcome> {
  const choice = await chooseAdminTab(access, isDomainsList, {
    tabId,
    gone: 'That admin center tab is closed or no longer on Settings > Domains.',
  });
  if (choice.kind === 'several') {
    const tabs = await Promise.all(
      choice.tabs.map(async (tab) => ({
        ...tab,
        label: clip(tabLabel(await read(access, tab.id, Math.min(waitMs, LABEL_WAIT_MS)), tab.title), 600),
      })),
    );
    return { kind: 'pick-tab', tabs };
  }
  if (choice.kind !== 'tab') return choice;
  const { tab } = choice;
  const result = await read(access, tab.id, waitMs);
  if (!result)
    return { kind: 'error', message: 'The admin center tab gave an answer that is not a domain list.' };
  if (result.state === 'not-admin-center') return { kind: 'error', message: NOT_ADMIN_CENTER };
  if (result.state === 'not-ready') return { kind: 'not-ready', reason: result.reason, tab };
  const summary: DomainsRead = summariseDomains(result);
  if (summary.domains.length === 0)
    return { kind: 'error', message: 'The Domains list showed no domain names the assistant could read.' };
  return { kind: 'domains', tab, read: summary };
}

// An admin center address can carry the admin's sign-in name (`?auth_upn=`): only the rest is passed on.
function withoutQuery(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? '');
    parsed.search = '';
    return parsed.toString();
  } catch {
    return '';
  }
}

/** The browser's own APIs, for extension pages and the service worker (never a content script). */
export function browserAdminCenterAccess(
  api: {
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
    tabs: {
      query(q: { url: string[] }): Promise<{ id?: number; title?: string; url?: string }[]>;
      get(tabId: number): Promise<{ url?: string }>;
    };
    scripting: {
      executeScript(injection: {
        target: { tabId: number };
        func: (waitMs: number, hosts: readonly string[]) => Promise<unknown>;
        args: [number, string[]];
      }): Promise<{ result?: unknown }[]>;
    };
  },
  // The Domains reader, or the products reader of the licence check: each is checked by its caller.
  reader: (waitMs: number, hosts: readonly string[]) => Promise<unknown>,
): AdminCenterAccess {
  return {
    granted: () => api.permissions.contains({ origins: ADMIN_CENTER_ORIGINS }),
    adminTabs: async () =>
      (await api.tabs.query({ url: ADMIN_CENTER_ORIGINS })).flatMap((tab) =>
        tab.id === undefined
          ? []
          : [{ id: tab.id, title: clip(tab.title ?? '', 500), url: clip(withoutQuery(tab.url), 4000) }],
      ),
    // Nothing is injected into a tab that has left the admin center since it was chosen; the
    // reader checks its page's address again itself, as the tab may move on meanwhile.
    readTab: async (tabId, waitMs) => {
      if (!isAdminCenter((await api.tabs.get(tabId)).url)) return { state: 'not-admin-center' };
      const [frame] = await api.scripting.executeScript({
        target: { tabId },
        func: reader,
        args: [waitMs, [...ADMIN_HOSTS]],
      });
      return frame?.result;
    },
  };
}
