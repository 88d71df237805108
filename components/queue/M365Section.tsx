import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, useSyncExternalStore } from 'react';
import { browser } from 'wxt/browser';
import { browserAdminCenterAccess, fetchDomains, type M365Outcome } from '../../utils/m365/fetch-domains';
import { ADMIN_CENTER_ORIGINS, DOMAINS_PAGE_URL, SIGN_IN_ORIGINS } from '../../utils/m365/hosts';
import { askFromClick, useHostPermission } from '../../utils/m365/permissions';
import { readDomainsInTab } from '../../utils/m365/read-domains';
import { M365Read } from '../../utils/m365/read-machine';
import { checkTenant, describeTenant, NetworkError, type TenantResult } from '../../utils/m365/tenant-check';
import type { Client } from '../../utils/model/client';
import { queryKeys } from '../../utils/queries';
import { saveM365Domains, setExistingTenant } from '../../utils/storage/portal-actions';
import { failureMessage } from '../../utils/storage/write-errors';
import { M365OutcomeView, type M365Values } from '../shared/M365Outcome';

const POPUP_CLASSES = { message: 'm365-box', warning: 'status error', button: '', primary: 'primary' };

/** The client view's Microsoft 365 part: its domains read from the admin center, and its tenant checked. */
export function M365Section({ client }: { client: Client }) {
  return (
    <section className="m365" aria-labelledby="m365-heading">
      <h3 id="m365-heading">Microsoft 365</h3>
      <FetchDomains client={client} />
      <TenantCheck client={client} />
    </section>
  );
}

function FetchDomains({ client }: { client: Client }) {
  const queryClient = useQueryClient();
  const granted = useHostPermission(ADMIN_CENTER_ORIGINS);
  const [notice, setNotice] = useState<string | null>(null);
  const knownGranted = useRef(false);
  knownGranted.current = granted.data === true;
  // The popup reads the tab itself, after asking from the click (the read machine the panel uses too).
  const [read] = useState(
    () =>
      new M365Read({
        ask: () => ({
          granted: askFromClick(ADMIN_CENTER_ORIGINS, knownGranted.current).finally(
            () => void queryClient.invalidateQueries({ queryKey: queryKeys.permissions }),
          ),
          prompting: !knownGranted.current,
        }),
        read: (tabId) =>
          fetchDomains(browserAdminCenterAccess(browser, readDomainsInTab), { tabId }).catch(
            (error: unknown): M365Outcome => ({
              kind: 'error',
              message: error instanceof Error ? error.message : String(error),
            }),
          ),
      }),
  );
  const state = useSyncExternalStore(
    (listener) => read.subscribe(listener),
    () => read.state,
  );
  const use = useMutation({
    mutationFn: (values: M365Values) => saveM365Domains(client.id, values, new Date()),
    onSuccess: () => {
      read.reset();
      setNotice('Saved on the client: the domain prefix and default domain read from Microsoft 365.');
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.store }),
  });
  const fetchFrom = (tabId?: number) => {
    setNotice(null);
    // First call in the click: the browser's prompt needs it, and it is skipped once granted.
    read.fetch(client.id, tabId);
  };
  const busy = state.phase === 'asking' || state.phase === 'reading';
  return (
    <div className="m365-fetch">
      <button type="button" data-testid="fetch-m365" onClick={() => fetchFrom()} disabled={busy}>
        Fetch from Microsoft 365
      </button>
      <p className="hint">
        Reads the domain prefix and default domain from the client’s admin center tab (Settings &gt; Domains).
      </p>
      <div aria-live="polite">
        <M365OutcomeView
          state={state}
          client={client}
          onPick={(tabId) => fetchFrom(tabId)}
          onUse={(values) => use.mutate(values)}
          onOpenDomains={() => void browser.tabs.create({ url: DOMAINS_PAGE_URL })}
          classes={POPUP_CLASSES}
        />
      </div>
      {use.error && (
        <p className="status error" role="alert">
          {failureMessage('Not saved', use.error)}
        </p>
      )}
      {notice && (
        <p className="status saved" role="status" data-testid="m365-saved">
          {notice}
        </p>
      )}
    </div>
  );
}

// At most one check a second, however fast the clicks: Microsoft's endpoints are public, not ours.
let nextCheckAt = 0;
async function throttled<T>(work: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const wait = nextCheckAt - now;
  nextCheckAt = Math.max(now, nextCheckAt) + 1000;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return work();
}

/** The domain the tenant check asks about: the default domain, or the onmicrosoft.com one from the prefix. */
export function tenantCheckDomain(client: Pick<Client, 'defaultDomain' | 'tenantPrefix'>): string {
  return client.defaultDomain || (client.tenantPrefix ? `${client.tenantPrefix}.onmicrosoft.com` : '');
}

function TenantCheck({ client }: { client: Client }) {
  const domain = tenantCheckDomain(client);
  const granted = useHostPermission(SIGN_IN_ORIGINS);
  const [asked, setAsked] = useState<string | null>(null);
  const [denied, setDenied] = useState(false);
  const tenant = useQuery<TenantResult, Error>({
    queryKey: queryKeys.tenant(domain),
    queryFn: ({ signal }) => throttled(() => checkTenant(domain, (url, init) => fetch(url, init), signal)),
    enabled: asked === domain && domain !== '' && granted.data === true,
    staleTime: 15 * 60 * 1000,
    retry: (failures, error) => error instanceof NetworkError && failures < 2,
    retryDelay: (failures) => 800 * 2 ** failures,
  });
  const check = () => {
    const permitted = askFromClick(SIGN_IN_ORIGINS, granted.data);
    setDenied(false);
    void permitted
      .catch(() => false)
      .then(async (ok) => {
        if (!ok) {
          setDenied(true);
          return;
        }
        await granted.refetch();
        if (asked === domain) void tenant.refetch();
        setAsked(domain);
      });
  };
  const queryClient = useQueryClient();
  const apply = useMutation({
    mutationFn: (existing: boolean) => setExistingTenant(client.id, existing, new Date()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.store }),
  });
  // A failed check shows as failed, even when an older answer is cached.
  const result: TenantResult | null = tenant.isError
    ? {
        kind: 'error',
        domain,
        message:
          typeof navigator !== 'undefined' && navigator.onLine === false
            ? 'You are offline: the tenant check needs Microsoft’s sign-in service. Try again when connected.'
            : `No answer from Microsoft’s sign-in service (${tenant.error.message}). Try again in a minute.`,
      }
    : (tenant.data ?? null);
  // The portal's "already using Office 365" checkbox as the answer suggests it: a managed or
  // federated tenant holding the client's own domain says yes; no tenant says a new tenancy. A
  // taken prefix may be anyone's, and a self-service directory needs a takeover first: no suggestion.
  const suggestion =
    result?.kind === 'none'
      ? false
      : (result?.kind === 'managed' || result?.kind === 'federated') && client.defaultDomain
        ? true
        : null;
  return (
    <div className="tenant-check">
      <button
        type="button"
        data-testid="check-tenant"
        onClick={check}
        disabled={!domain || tenant.isFetching}
      >
        Check the tenant
      </button>
      <p className="hint">
        {domain
          ? `Asks Microsoft’s public sign-in service about ${domain} (no sign-in, no cookies).`
          : 'Add a default domain or prefix to check the tenant.'}
      </p>
      <div aria-live="polite">
        {tenant.isFetching && <p className="hint">Asking Microsoft about {domain}…</p>}
        {denied && (
          <p className="status error" role="alert" data-lca-message="tenant-denied">
            Checking with Microsoft’s sign-in service was not allowed, so nothing was asked.
          </p>
        )}
        {result && !tenant.isFetching && (
          <p
            className={result.kind === 'error' ? 'status error' : 'm365-box'}
            data-testid="tenant-result"
            data-tenant={result.kind}
          >
            {describeTenant(result, !client.defaultDomain)}
            {result.tenantId
              ? ` Tenant id ${result.tenantId}${result.region ? `, region ${result.region}` : ''}.`
              : ''}
          </p>
        )}
      </div>
      {result && !tenant.isFetching && suggestion !== null && suggestion !== client.existingTenant && (
        <button
          type="button"
          data-testid="tenant-apply"
          onClick={() => apply.mutate(suggestion)}
          disabled={apply.isPending}
        >
          {suggestion ? 'Mark as already using Microsoft 365' : 'Mark as needing a new tenancy'}
        </button>
      )}
      {apply.error && (
        <p className="status error" role="alert">
          {failureMessage('Not saved', apply.error)}
        </p>
      )}
    </div>
  );
}
