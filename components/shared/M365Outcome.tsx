import { useState } from 'react';
import { tenantMismatch } from '../../utils/m365/domains';
import type { M365Outcome, M365Phase, M365Values } from '../../utils/m365/fetch-domains';

export type { M365Phase, M365Values };

/** Each host's class names (the overlay's are prefixed, inside its shadow root). */
export interface M365Classes {
  message: string;
  warning: string;
  button: string;
  primary: string;
}

import type { Client } from '../../utils/model/client';

/**
 * What "Fetch from Microsoft 365" found, the same in the popup and in the portal's overlay: the
 * domains read and from which tab, to confirm before anything is saved or filled; or why not.
 * `classes` maps to each host's styles (the overlay's are prefixed, inside its shadow root).
 */
export function M365OutcomeView({
  state,
  client,
  onPick,
  onUse,
  onOpenDomains,
  classes,
}: {
  state: M365Phase;
  client: Client | null;
  onPick(tabId: number): void;
  onUse(values: M365Values): void;
  onOpenDomains(): void;
  classes: M365Classes;
}) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'asking')
    return (
      <p className={classes.message} role="status" data-lca-message="m365-asking">
        {state.where === 'prompt'
          ? 'Answer your browser’s prompt to allow reading the admin center (admin.microsoft.com).'
          : 'Allow reading the admin center in the small window that opened (then your browser asks too).'}
      </p>
    );
  if (state.phase === 'reading')
    return (
      <p className={classes.message} role="status" data-lca-message="m365-reading">
        Reading the admin center tab… (it can take a while to load)
      </p>
    );
  const { outcome } = state;
  switch (outcome.kind) {
    case 'domains':
      return (
        <DomainsRead outcome={outcome} client={client} onUse={(values) => onUse(values)} classes={classes} />
      );
    case 'no-tab':
      return (
        <div className={classes.message} role="status" data-lca-message="m365-no-tab">
          <p>
            {outcome.adminTabs > 0
              ? 'A Microsoft 365 admin center tab is open, but not on Settings > Domains.'
              : 'No Microsoft 365 admin center tab is open.'}{' '}
            Open the client’s admin center on Settings &gt; Domains, signed in as their admin, then fetch
            again.
          </p>
          <button type="button" className={classes.button} onClick={onOpenDomains}>
            Open the Domains page
          </button>
        </div>
      );
    case 'not-ready':
      return (
        <p className={classes.message} role="status" data-lca-message="m365-not-ready">
          The admin center tab “{outcome.tab.title || outcome.tab.url}”{' '}
          {outcome.reason === 'signing-in'
            ? 'is still signing in. Finish signing in there, open Settings > Domains, then fetch again.'
            : 'showed no domain list within 20 seconds. Check it shows Settings > Domains, then fetch again.'}
        </p>
      );
    case 'pick-tab':
      return (
        <div className={classes.message} role="status" data-lca-message="m365-pick-tab">
          <p>
            Several admin center tabs are open on Domains. Which is {client?.companyName ?? 'the client'}’s?
          </p>
          <ul>
            {outcome.tabs.map((tab) => (
              <li key={tab.id}>
                <button
                  type="button"
                  className={classes.button}
                  data-m365-tab={tab.id}
                  onClick={() => onPick(tab.id)}
                >
                  {tab.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'needs-consent':
    case 'denied':
      return (
        <p className={classes.message} role="alert" data-lca-message="m365-denied">
          Reading the Microsoft 365 admin center was not allowed, so nothing was read. Click “Fetch from
          Microsoft 365” to be asked again, or copy the domains by hand.
        </p>
      );
    case 'error':
      return (
        <p className={classes.message} role="alert" data-lca-message="m365-error">
          {outcome.message}
        </p>
      );
  }
}

function DomainsRead({
  outcome,
  client,
  onUse,
  classes,
}: {
  outcome: Extract<M365Outcome, { kind: 'domains' }>;
  client: Client | null;
  onUse(values: M365Values): void;
  classes: M365Classes;
}) {
  const { read, tab } = outcome;
  const [prefix, setPrefix] = useState(read.prefixes[0] ?? '');
  const mismatch = client ? tenantMismatch(client, read) : null;
  return (
    <div className={classes.message} data-testid="m365-result">
      <p>
        Read from the tab “{tab.title || tab.url}”
        {read.complete
          ? ''
          : ' (a long list, and not every row could be read: bring that tab to the front, then fetch again)'}
        :
      </p>
      <ul className="m365-domains">
        {read.domains.map((domain) => (
          <li
            key={domain.name}
            data-m365-domain={domain.name}
            data-m365-default={domain.isDefault ? '' : undefined}
          >
            <strong>{domain.name}</strong>
            {domain.shown ? ` (${domain.shown})` : ''}
            {domain.isDefault ? ' (default)' : ''}
            {domain.isInitialCandidate ? ' (onmicrosoft.com)' : ''} {domain.status && `– ${domain.status}`}
          </li>
        ))}
      </ul>
      {mismatch && (
        <p className={classes.warning} role="alert" data-lca-warning="tenant-mismatch">
          {mismatch}
        </p>
      )}
      {read.prefixes.length > 1 ? (
        <label>
          Domain prefix (the tenant has several onmicrosoft.com domains: pick its first, initial one){' '}
          <select
            value={prefix}
            onChange={(event) => setPrefix(event.target.value)}
            data-testid="m365-prefix"
          >
            {read.prefixes.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>
          Domain prefix:{' '}
          {prefix ? <strong>{prefix}</strong> : 'none found (no onmicrosoft.com domain in the list)'}
        </p>
      )}
      <p>
        Default domain:{' '}
        {read.defaultDomain ? (
          <strong>{read.defaultDomain}</strong>
        ) : (
          'the onmicrosoft.com one (the portal’s Default Domain field stays empty)'
        )}
      </p>
      <button
        type="button"
        className={classes.primary}
        data-testid="m365-use"
        disabled={!client || !prefix}
        onClick={() => onUse({ tenantPrefix: prefix, defaultDomain: read.defaultDomain })}
      >
        Use these{client ? ` for ${client.companyName}` : ''}
      </button>
    </div>
  );
}
