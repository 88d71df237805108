import { useState } from 'react';
import { sendMessage } from '../utils/messaging';
import { STEP_TITLES, type StepId } from '../utils/model/steps';
import { STEPS } from '../utils/steps';

/** The in-page panel: which step this is and what to do on it. Collapsed to a tab on demand. */
export function Overlay({ step }: { step: StepId }) {
  const [collapsed, setCollapsed] = useState(step === 'unknown');
  const guidance = STEPS.find((s) => s.id === step)?.guidance;
  return (
    <section className="lca-panel" aria-label="Leader CSP Assistant" data-collapsed={collapsed}>
      <header className="lca-header">
        <span className="lca-title">Leader CSP Assistant</span>
        <button
          type="button"
          className="lca-icon-button"
          aria-expanded={!collapsed}
          aria-label={collapsed ? 'Show the assistant' : 'Hide the assistant'}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      </header>
      {!collapsed && (
        <div className="lca-body">
          <p className="lca-step">
            Step: <strong>{STEP_TITLES[step]}</strong>
          </p>
          {guidance && <p className="lca-guidance">{guidance}</p>}
          <button
            type="button"
            className="lca-link-button"
            onClick={() => void sendMessage({ type: 'open-options' })}
          >
            Reseller profile and backup
          </button>
        </div>
      )}
    </section>
  );
}
