import { FIELD_LABELS, type FieldKey } from '../../utils/model/fields';
import { STEP_TITLES } from '../../utils/model/steps';
import { M365OutcomeView } from '../shared/M365Outcome';
import { HandOff } from './HandOff';
import { ReportSection } from './ReportSection';
import { StepWhy } from './StepWhy';
import type { PanelIntents as OverlayActions, PanelSnapshot } from './types';

type Props = { snapshot: PanelSnapshot; actions: OverlayActions };

const OVERLAY_CLASSES = {
  message: 'lca-m365',
  warning: 'lca-m365-warning',
  button: 'lca-link-button',
  primary: 'lca-primary',
};

const STATE_TEXT = { missing: 'missing', differs: 'differs from the record' } as const;

/** The unfolded panel: the client, the step and its guidance, then what the step offers. */
export function StepBody({ snapshot, actions }: Props) {
  return (
    <div className="lca-body">
      <ClientPicker snapshot={snapshot} actions={actions} />
      {!snapshot.hasReseller && (
        <p className="lca-note">
          Set up your reseller profile first:{' '}
          <button type="button" className="lca-link-button" onClick={actions.openOptions}>
            open the settings
          </button>
          .
        </p>
      )}
      <p className="lca-step" data-testid="overlay-step">
        Step: <strong>{STEP_TITLES[snapshot.step]}</strong>
      </p>
      <p className="lca-guidance">
        {snapshot.guidance ?? 'This screen is not a checkout step the assistant knows.'}
      </p>
      <StepWhy snapshot={snapshot} />
      {snapshot.warnings.length > 0 && (
        <ul className="lca-warnings" aria-label="Warnings">
          {snapshot.warnings.map((warning) => (
            <li key={`${warning.code}:${warning.message}`} data-lca-warning={warning.code} role="alert">
              {warning.message}
            </li>
          ))}
        </ul>
      )}
      <StillToDo snapshot={snapshot} actions={actions} />
      {snapshot.offersM365 && <M365Read snapshot={snapshot} actions={actions} />}
      {snapshot.authorisationLink && (
        <HandOff
          key={`${snapshot.activeClient?.id ?? ''} ${snapshot.authorisationLink}`}
          link={snapshot.authorisationLink}
          client={snapshot.activeClient}
          reseller={snapshot.reseller}
          actions={actions}
        />
      )}
      {snapshot.licences.length > 0 && <LicencesToAdd licences={snapshot.licences} />}
      {snapshot.fills && <FillActions snapshot={snapshot} actions={actions} />}
      {snapshot.message && (
        <p className="lca-message" role="status" data-testid="overlay-message">
          {snapshot.message}
        </p>
      )}
      <ReportSection snapshot={snapshot} actions={actions} />
    </div>
  );
}

function ClientPicker({ snapshot, actions }: Props) {
  const { clients, activeClient, namedClient } = snapshot;
  return (
    <>
      <label className="lca-client">
        <span>Working for</span>
        <select
          value={activeClient?.id ?? ''}
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
      {namedClient && (
        <p className="lca-note" data-testid="switch-client-offer">
          This screen shows {namedClient.evidence}, which is {namedClient.companyName}
          {activeClient ? `, not ${activeClient.companyName}` : ''}.{' '}
          <button
            type="button"
            className="lca-link-button"
            data-testid="switch-client"
            onClick={() => actions.setActiveClient(namedClient.id)}
          >
            Work on {namedClient.companyName}
          </button>
        </p>
      )}
    </>
  );
}

function StillToDo({ snapshot, actions }: Props) {
  if (snapshot.todo.length === 0 && snapshot.notFound.length === 0) return null;
  return (
    <ul className="lca-todo" aria-label="Still to do">
      {snapshot.todo.map((field) => (
        <li key={field.key} data-field-state={field.state}>
          {FIELD_LABELS[field.key]}: {STATE_TEXT[field.state]}
        </li>
      ))}
      {snapshot.notFound.map((key) => (
        <li key={key} data-field-state="not-found">
          {FIELD_LABELS[key]}: not found on this screen{' '}
          <button type="button" className="lca-link-button" onClick={() => actions.teach(key)}>
            point at it
          </button>
        </li>
      ))}
    </ul>
  );
}

function M365Read({ snapshot, actions }: Props) {
  const busy = snapshot.m365.phase === 'reading' || snapshot.m365.phase === 'asking';
  return (
    <div className="lca-m365-section">
      <button type="button" data-testid="fetch-m365" disabled={busy} onClick={() => actions.fetchM365()}>
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
        />
      </div>
    </div>
  );
}

function LicencesToAdd({ licences }: { licences: PanelSnapshot['licences'] }) {
  return (
    <ul className="lca-licences" aria-label="The client's licences" data-testid="overlay-licences">
      {licences.map((licence) => (
        <li key={licence.name} data-in-basket={licence.inBasket}>
          {licence.name} × {licence.quantity}: {licence.inBasket ? 'in the basket' : 'still to add'}
        </li>
      ))}
    </ul>
  );
}

function FillActions({ snapshot, actions }: Props) {
  return (
    <>
      <div className="lca-actions">
        <button
          type="button"
          className="lca-primary"
          data-testid="fill-step"
          disabled={snapshot.toFill === 0 || !snapshot.activeClient}
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
          {snapshot.teachable.map((key) => (
            <option key={key} value={key}>
              {FIELD_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      {!snapshot.activeClient && (
        <p className="lca-note">Choose the client you are working for to fill this step.</p>
      )}
    </>
  );
}
