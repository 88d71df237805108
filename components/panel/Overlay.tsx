import { useState } from 'react';
import type { PanelIntents, PanelSnapshot } from '../../utils/assistant/portal-assistant';
import { STEP_TITLES, UNKNOWN_STEP } from '../../utils/model/steps';
import { StepBody } from './StepBody';
import { useDrag } from './useDrag';

export type OverlayActions = PanelIntents;

/**
 * The in-page panel: which step, for which client, what is missing, what is wrong, and one click
 * to fill. A view of the assistant's snapshot: it reads nothing of the portal's page.
 */
export function Overlay({ snapshot, actions }: { snapshot: PanelSnapshot; actions: OverlayActions }) {
  const { step } = snapshot;
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const isCollapsed = collapsed ?? step === UNKNOWN_STEP;
  const { position, handlers } = useDrag();

  return (
    <section
      className="lca-panel"
      aria-label="Leader CSP Assistant"
      data-collapsed={isCollapsed}
      style={{ right: position.right, bottom: position.bottom }}
    >
      <header className="lca-header" {...handlers}>
        <span className="lca-title">Leader CSP Assistant</span>
        {isCollapsed && step !== UNKNOWN_STEP && <span className="lca-chip">{STEP_TITLES[step]}</span>}
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
      {!isCollapsed && <StepBody snapshot={snapshot} actions={actions} />}
    </section>
  );
}
