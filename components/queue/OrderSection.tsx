import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { describeDifference } from '../../utils/checks/order';
import { ADMIN_CENTER_ORIGINS } from '../../utils/m365/hosts';
import { askFromClick, useHostPermission } from '../../utils/m365/permissions';
import { sendMessage } from '../../utils/messaging';
import type { Client, LicenceCheck, Order } from '../../utils/model/client';
import type { LicenceCheckOutcome } from '../../utils/model/licence-check';
import { queryKeys } from '../../utils/queries';
import { mediumTime } from '../../utils/queue/time';

type CheckState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'done'; outcome: LicenceCheckOutcome }
  | { phase: 'failed'; message: string };

const RESULT_TEXT: Record<LicenceCheck['result'], string> = {
  'all-there': 'All the licences ordered show in Microsoft 365: the client’s licences are seen.',
  'some-missing': 'Some licences ordered do not show in Microsoft 365 yet:',
  'not-yet': 'None of the licences ordered shows in Microsoft 365 yet.',
};

/** The client's order: what was ordered and for how much, how it differs from the wanted licences, and the licence check. */
export function OrderSection({ client }: { client: Client }) {
  const { order } = client;
  if (!order) return null;
  return (
    <section className="order" aria-labelledby="order-heading" data-testid="client-order">
      <h3 id="order-heading">Order</h3>
      <p className="hint">
        Submitted <time dateTime={order.submittedAt}>{mediumTime(order.submittedAt)}</time>
        {order.licencesSeenAt && (
          <>
            {'; licences seen '}
            <time dateTime={order.licencesSeenAt}>{mediumTime(order.licencesSeenAt)}</time>
          </>
        )}
      </p>
      <ul className="licences">
        {order.subscriptions.map((line, index) => (
          // Lines can repeat (a product monthly and annually): the place tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the order's lines never move
          <li key={index}>
            {line.name} × {line.quantity}
            {[line.activationDate && `from ${line.activationDate}`, line.billingCycle, line.price]
              .filter(Boolean)
              .map((part) => `, ${part}`)
              .join('')}
          </li>
        ))}
      </ul>
      <Totals order={order} />
      {(order.differences?.length ?? 0) > 0 && (
        <div className="status error" role="alert" data-testid="order-differences">
          <p>The order differs from the licences the client wanted:</p>
          <ul>
            {order.differences?.map((d) => (
              <li key={`${d.kind}-${d.name}`} data-order-difference={d.kind}>
                {describeDifference(d)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <LicenceCheckPart client={client} />
    </section>
  );
}

function Totals({ order }: { order: Order }) {
  const totals = order.totals;
  if (!totals) return null;
  const rows: [string, string | undefined][] = [
    ['Month', totals.monthly],
    ['Total before tax', totals.beforeTax],
    ['GST', totals.gst],
    ['Final price', totals.finalPrice],
  ];
  return (
    <dl className="details" data-testid="order-totals">
      {rows
        .filter(([, amount]) => amount)
        .map(([label, amount]) => (
          <div key={label} className="total">
            <dt>{label}</dt>
            <dd>{amount}</dd>
          </div>
        ))}
    </dl>
  );
}

function LicenceCheckPart({ client }: { client: Client }) {
  const queryClient = useQueryClient();
  const granted = useHostPermission(ADMIN_CENTER_ORIGINS);
  const knownGranted = useRef(false);
  knownGranted.current = granted.data === true;
  const [state, setState] = useState<CheckState>({ phase: 'idle' });
  const [later, setLater] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.store });

  const check = (tabId?: number) => {
    // First call in the click: the browser's prompt needs its gesture (skipped once granted).
    const asked = askFromClick(ADMIN_CENTER_ORIGINS, knownGranted.current);
    setLater(null);
    setState({ phase: 'reading' });
    void asked.then(async (ok) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.permissions });
      if (!ok) return setState({ phase: 'done', outcome: { kind: 'denied' } });
      const reply = await sendMessage({
        type: 'm365-check-licences',
        clientId: client.id,
        ...(tabId === undefined ? {} : { tabId }),
      });
      setState(
        reply.ok ? { phase: 'done', outcome: reply.outcome } : { phase: 'failed', message: reply.error },
      );
      refresh();
    });
  };
  const remindLater = async () => {
    const reply = await sendMessage({ type: 'licences-remind-again', clientId: client.id });
    setLater(reply.ok ? 'A notification will remind you in five minutes.' : reply.error);
    refresh();
  };
  // Opened from the reminder's "Check in Microsoft 365" (popup.html?client=…&check=1): checked at
  // once when no prompt is needed; otherwise the button here asks, from the technician's click.
  const autoCheck = useRef(new URLSearchParams(globalThis.location?.search ?? '').get('check') === '1');
  useEffect(() => {
    if (!autoCheck.current || granted.data !== true) return;
    autoCheck.current = false;
    check();
  });
  const last = client.order?.lastCheck;
  const result =
    state.phase === 'done'
      ? state.outcome.kind === 'checked'
        ? state.outcome.check.result
        : undefined
      : state.phase === 'idle'
        ? last?.result
        : undefined;
  return (
    <div className="licence-check">
      <button
        type="button"
        data-testid="check-licences"
        onClick={() => check()}
        disabled={state.phase === 'reading'}
      >
        Check in Microsoft 365
      </button>
      <p className="hint">
        Compares the order with the products in the client’s admin center tab (Billing &gt; Your products, or
        Licenses).
      </p>
      <div aria-live="polite">
        {state.phase === 'reading' && (
          <p className="m365-box" role="status" data-lca-message="m365-reading">
            Reading the admin center tab… (it can take a while to load)
          </p>
        )}
        {state.phase === 'failed' && (
          <p className="status error" role="alert">
            {state.message}
          </p>
        )}
        {state.phase === 'done' && <CheckOutcome outcome={state.outcome} onPick={check} />}
        {state.phase === 'idle' && last && <CheckResult check={last} />}
        {(result === 'some-missing' || result === 'not-yet') && (
          <button type="button" data-testid="remind-again" onClick={() => void remindLater()}>
            Look again in five minutes
          </button>
        )}
        {later && (
          <p className="status saved" role="status">
            {later}
          </p>
        )}
      </div>
    </div>
  );
}

function CheckResult({ check }: { check: LicenceCheck }) {
  return (
    <div
      className={check.result === 'all-there' ? 'status saved' : 'status error'}
      data-testid="licence-check-result"
      data-licence-check={check.result}
    >
      <p>{RESULT_TEXT[check.result]}</p>
      {check.result !== 'all-there' && check.missing.length > 0 && (
        <ul>
          {check.missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CheckOutcome({ outcome, onPick }: { outcome: LicenceCheckOutcome; onPick(tabId: number): void }) {
  switch (outcome.kind) {
    case 'checked':
      return <CheckResult check={outcome.check} />;
    case 'no-tab':
      return (
        <div className="m365-box" role="status" data-lca-message="m365-no-tab">
          <p>
            No admin center tab shows Billing &gt; Your products or Licenses. Sign in to the client’s admin
            center, open one of them, then check again.
          </p>
          <button type="button" onClick={() => void sendMessage({ type: 'm365-open-products' })}>
            Open Your products
          </button>
        </div>
      );
    case 'not-ready':
      return (
        <p className="m365-box" role="status" data-lca-message="m365-not-ready">
          The admin center tab is still {outcome.reason === 'signing-in' ? 'signing in' : 'loading'}: check
          again once it shows the products.
        </p>
      );
    case 'pick-tab':
      return (
        <div className="m365-box" role="status" data-lca-message="m365-pick-tab">
          <p>Several admin center tabs show products: which client’s is it?</p>
          <ul>
            {outcome.tabs.map((tab) => (
              <li key={tab.id}>
                <button type="button" data-m365-tab={tab.id} onClick={() => onPick(tab.id)}>
                  {tab.label || tab.url}
                </button>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'needs-consent':
    case 'denied':
      return (
        <p className="status error" role="alert" data-lca-message="m365-denied">
          Reading the admin center was not allowed: nothing was read.
        </p>
      );
    case 'error':
      return (
        <p className="status error" role="alert">
          {outcome.message}
        </p>
      );
  }
}
