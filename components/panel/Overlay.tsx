import { type PointerEvent, useRef, useState } from 'react';
import type { AssistantSnapshot } from '../../utils/assistant/runtime';
import type { M365Values } from '../../utils/m365/fetch-domains';
import { FIELD_LABELS, type FieldKey } from '../../utils/model/fields';
import { STEP_TITLES } from '../../utils/model/steps';
import { STEPS } from '../../utils/steps';
import { M365OutcomeView, trusted } from '../shared/M365Outcome';

export interface OverlayActions {
  fill(): void;
  teach(key: FieldKey | null): void;
  setActiveClient(id: string | null): void;
  authorisationSent(how: 'copied' | 'opened'): void;
  authorisationAccepted(): void;
  openOptions(): void;
  fetchM365(tabId?: number): void;
  useM365(values: M365Values): void;
  openDomainsPage(): void;
}

// The steps where the client's domains are typed: "Fetch from Microsoft 365" is offered there.
const M365_STEPS = new Set(['service-details', 'default-domain', 'new-tenant']);
const OVERLAY_CLASSES = {
  message: 'lca-m365',
  warning: 'lca-m365-warning',
  button: 'lca-link-button',
  primary: 'lca-primary',
};

const STATE_TEXT = {
  missing: 'missing',
  differs: 'differs from the record',
  filled: 'filled',
  empty: 'empty',
} as const;

/** The authorisation link on the page: the one whose text says AUTHORIZATION. */
function authorisationLink(snapshot: AssistantSnapshot): string | null {
  const root = snapshot.assessment?.detection.region.root;
  const link =
    root &&
    [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) =>
      /authori[sz]ation/i.test(a.textContent ?? ''),
    );
  return link && /^https:\/\//.test(link.href) ? link.href : null;
}

/** The in-page panel: which step, for which client, what is missing, what is wrong, and one click to fill. */
export function Overlay({ snapshot, actions }: { snapshot: AssistantSnapshot; actions: OverlayActions }) {
  const step = snapshot.assessment?.detection.step ?? 'unknown';
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const isCollapsed = collapsed ?? step === 'unknown';
  const [position, setPosition] = useState<{ right: number; bottom: number }>({ right: 16, bottom: 16 });
  const drag = useRef<{ x: number; y: number; right: number; bottom: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if ((event.target as Element).closest('button')) return;
    drag.current = { x: event.clientX, y: event.clientY, ...position };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const start = drag.current;
    if (!start) return;
    const view = event.currentTarget.ownerDocument.defaultView ?? window;
    setPosition({
      right: Math.min(Math.max(start.right - (event.clientX - start.x), 0), view.innerWidth - 80),
      bottom: Math.min(Math.max(start.bottom - (event.clientY - start.y), 0), view.innerHeight - 40),
    });
  };
  const endDrag = () => {
    drag.current = null;
  };

  const assessment = snapshot.assessment;
  const module = STEPS.find((s) => s.id === step);
  const clients = snapshot.store?.data.clients ?? [];
  const reseller = snapshot.store?.data.reseller ?? null;
  const todo = assessment?.fields.filter((f) => f.state === 'missing' || f.state === 'differs') ?? [];
  const fillable =
    assessment?.fields.filter((f) => f.spec.value && f.expected !== undefined && f.state !== 'filled') ?? [];
  const link = step === 'authorization' ? authorisationLink(snapshot) : null;

  return (
    <section
      className="lca-panel"
      aria-label="Leader CSP Assistant"
      data-collapsed={isCollapsed}
      style={{ right: position.right, bottom: position.bottom }}
    >
      <header
        className="lca-header"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <span className="lca-title">Leader CSP Assistant</span>
        {isCollapsed && step !== 'unknown' && <span className="lca-chip">{STEP_TITLES[step]}</span>}
        <button
          type="button"
          className="lca-icon-button"
          aria-expanded={!isCollapsed}
          aria-label={isCollapsed ? 'Show the assistant' : 'Hide the assistant'}
          onClick={() => setCollapsed(!isCollapsed)}
        >
          {isCollapsed ? '▴' : '▾'}
        </button>
      </header>
      {!isCollapsed && (
        <div className="lca-body">
          <label className="lca-client">
            <span>Working for</span>
            <select
              value={snapshot.activeClient?.id ?? ''}
              onChange={(event) => actions.setActiveClient(event.target.value || null)}
              data-testid="overlay-client"
            >
              <option value="">{clients.length === 0 ? 'No clients yet' : 'Choose a client…'}</option>
              {clients.map((client) => (
                <option key={client.id} value={client.id}>
                  {client.companyName}
                  {client.defaultDomain ? ` (${client.defaultDomain})` : ''}
                </option>
              ))}
            </select>
          </label>
          {assessment?.namedClient && (
            <p className="lca-note" data-testid="switch-client-offer">
              This screen shows {assessment.namedClient.evidence}, which is{' '}
              {assessment.namedClient.client.companyName}
              {snapshot.activeClient ? `, not ${snapshot.activeClient.companyName}` : ''}.{' '}
              <button
                type="button"
                className="lca-link-button"
                data-testid="switch-client"
                onClick={() => {
                  const named = assessment.namedClient?.client;
                  if (named) actions.setActiveClient(named.id);
                }}
              >
                Work on {assessment.namedClient.client.companyName}
              </button>
            </p>
          )}
          {!reseller && (
            <p className="lca-note">
              Set up your reseller profile first:{' '}
              <button type="button" className="lca-link-button" onClick={actions.openOptions}>
                open the settings
              </button>
              .
            </p>
          )}
          <p className="lca-step" data-testid="overlay-step">
            Step: <strong>{STEP_TITLES[step]}</strong>
          </p>
          <p className="lca-guidance">
            {module?.guidance ?? 'This screen is not a checkout step the assistant knows.'}
          </p>

          {(assessment?.warnings.length ?? 0) > 0 && (
            <ul className="lca-warnings" aria-label="Warnings">
              {assessment?.warnings.map((warning) => (
                <li key={`${warning.code}:${warning.message}`} data-lca-warning={warning.code} role="alert">
                  {warning.message}
                </li>
              ))}
            </ul>
          )}

          {(todo.length > 0 || (assessment?.notFound.length ?? 0) > 0) && (
            <ul className="lca-todo" aria-label="Still to do">
              {todo.map((field) => (
                <li key={field.key} data-field-state={field.state}>
                  {FIELD_LABELS[field.key]}: {STATE_TEXT[field.state]}
                </li>
              ))}
              {assessment?.notFound.map((key) => (
                <li key={key} data-field-state="not-found">
                  {FIELD_LABELS[key]}: not found on this screen{' '}
                  <button type="button" className="lca-link-button" onClick={() => actions.teach(key)}>
                    point at it
                  </button>
                </li>
              ))}
            </ul>
          )}

          {M365_STEPS.has(step) && (
            <div className="lca-m365-section">
              <button
                type="button"
                data-testid="fetch-m365"
                disabled={snapshot.m365.phase === 'reading' || snapshot.m365.phase === 'asking'}
                onClick={(event) => trusted(event, true) && actions.fetchM365()}
              >
                Fetch from Microsoft 365
              </button>
              <div aria-live="polite">
                <M365OutcomeView
                  state={snapshot.m365}
                  client={snapshot.activeClient}
                  onPick={(tabId) => actions.fetchM365(tabId)}
                  onUse={actions.useM365}
                  onOpenDomains={actions.openDomainsPage}
                  classes={OVERLAY_CLASSES}
                  trustedOnly
                />
              </div>
            </div>
          )}

          {link && (
            <div className="lca-actions">
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(link);
                  actions.authorisationSent('copied');
                }}
              >
                Copy the link
              </button>
              <button
                type="button"
                onClick={() => {
                  window.open(link, '_blank', 'noopener');
                  actions.authorisationSent('opened');
                }}
              >
                Open it
              </button>
              <button type="button" onClick={actions.authorisationAccepted}>
                The client has accepted
              </button>
            </div>
          )}

          {module?.fields.some((f) => f.value) && (
            <div className="lca-actions">
              <button
                type="button"
                className="lca-primary"
                data-testid="fill-step"
                disabled={fillable.length === 0 || !snapshot.activeClient}
                onClick={actions.fill}
              >
                Fill this step
              </button>
              <select
                aria-label="Teach a field"
                value={snapshot.teaching ?? ''}
                onChange={(event) => actions.teach((event.target.value || null) as FieldKey | null)}
                data-testid="teach-field"
              >
                <option value="">Teach a field…</option>
                {module.fields.map((f) => (
                  <option key={f.key} value={f.key}>
                    {FIELD_LABELS[f.key]}
                  </option>
                ))}
              </select>
            </div>
          )}
          {!snapshot.activeClient && module?.fields.some((f) => f.value) && (
            <p className="lca-note">Choose the client you are working for to fill this step.</p>
          )}
          {snapshot.message && (
            <p className="lca-message" role="status" data-testid="overlay-message">
              {snapshot.message}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
