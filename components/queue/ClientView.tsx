import type { Client } from '../../utils/model/client';
import { STEP_TITLES, type StepId } from '../../utils/model/steps';
import { statusNow, waitingSince, waitingText } from '../../utils/queue/handoff';
import { CHECKLIST_STEPS, progressOf, STATUS_LABELS } from '../../utils/queue/progress';
import { useNow } from '../shared/useNow';
import { M365Section } from './M365Section';
import { OrderSection } from './OrderSection';
import { HandOffDetails, Timeline } from './Timeline';

/** One client: its details, licences, checklist and timeline. */
export function ClientView({
  client,
  active,
  onBack,
  onEdit,
  onActivate,
  onTick,
}: {
  client: Client;
  active: boolean;
  onBack(): void;
  onEdit(): void;
  onActivate(): void;
  onTick(step: StepId, done: boolean): void;
}) {
  const progress = progressOf(client);
  const now = useNow();
  const since = waitingSince(client);
  return (
    <article className="client-view" aria-labelledby="client-heading" data-client-view={client.id}>
      <div className="actions">
        <button type="button" onClick={onBack}>
          ← All clients
        </button>
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="primary"
          onClick={onActivate}
          disabled={active}
          aria-pressed={active}
        >
          {active ? 'Active on the portal' : 'Work on this client'}
        </button>
      </div>
      <h2 id="client-heading">{client.companyName}</h2>
      <dl className="details">
        <dt>Status</dt>
        <dd>{waitingText(since, now) ?? progress.summary}</dd>
        <dt>Default domain</dt>
        <dd>{client.defaultDomain || '(the onmicrosoft.com domain)'}</dd>
        <dt>Tenant prefix</dt>
        <dd>{client.tenantPrefix ? `${client.tenantPrefix}.onmicrosoft.com` : 'not known yet'}</dd>
        <dt>Microsoft 365</dt>
        <dd>{client.existingTenant ? 'Already has a tenant' : 'Needs a new tenancy'}</dd>
        <dt>Global Administrator</dt>
        <dd>{client.adminEmail || 'not known'}</dd>
        {client.abn && (
          <>
            <dt>ABN</dt>
            <dd>{client.abn}</dd>
          </>
        )}
      </dl>
      <HandOffDetails client={client} now={now} />
      <M365Section client={client} />
      <OrderSection client={client} />
      <h3>Licences</h3>
      {client.licenses.length === 0 ? (
        <p className="hint">None yet.</p>
      ) : (
        <ul className="licences">
          {client.licenses.map((licence) => (
            <li key={`${licence.name}-${licence.billingCycle ?? ''}`}>
              {licence.name} × {licence.quantity}
              {licence.billingCycle ? `, ${licence.billingCycle}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>Checklist</h3>
      <ol className="checklist">
        {CHECKLIST_STEPS.map((step) => {
          const seen = client.history.some((h) => h.step === step && h.by !== 'technician');
          return (
            <li key={step} data-done={progress.done.has(step)}>
              <label>
                <input
                  type="checkbox"
                  checked={progress.done.has(step)}
                  // What the assistant saw on the portal is not unticked by hand.
                  disabled={seen}
                  onChange={(event) => onTick(step, event.target.checked)}
                />{' '}
                {STEP_TITLES[step]}
              </label>
            </li>
          );
        })}
      </ol>
      <h3>Timeline</h3>
      <Timeline client={client} />
      {client.notes && (
        <>
          <h3>Notes</h3>
          <p className="notes">{client.notes}</p>
        </>
      )}
      <p className="hint">
        Status: {STATUS_LABELS[statusNow({ status: client.status, waitingSince: since }, now)]}
      </p>
    </article>
  );
}
