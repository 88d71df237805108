import { useLayoutEffect, useRef, useState } from 'react';
import type { PanelBox } from '../../utils/model/panel';
import { STEP_TITLES, UNKNOWN_STEP } from '../../utils/model/steps';
import { PAUSED_NOTE } from './click-gate';
import { StepBody } from './StepBody';
import type { PanelIntents, PanelSnapshot } from './types';
import type { ClickGate } from './useClickGate';
import { useDrag } from './useDrag';

export type OverlayActions = PanelIntents;

/**
 * The panel: which step, for which client, what is missing, what is wrong, and one click to fill.
 * A view of the snapshot: it reads nothing of the portal's page. It tells the page's frame its
 * size (its frame on the portal is as big as it is) and the title bar's drags.
 */
export function Overlay({
  snapshot,
  actions,
  onBox = () => {},
  gate = { paused: false, open: true },
}: {
  snapshot: PanelSnapshot;
  actions: OverlayActions;
  onBox?: (box: PanelBox) => void;
  /** Whether presses go through now (data-clicks, for tests and styles), and whether one was stopped. */
  gate?: ClickGate;
}) {
  const { step } = snapshot;
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const isCollapsed = collapsed ?? step === UNKNOWN_STEP;
  const handlers = useDrag((screenX, screenY) => onBox({ type: 'drag-start', screenX, screenY }));
  const content = useRef<HTMLDivElement>(null);
  // What the fold button said when it was pressed: the panel unfolds by itself once it knows the
  // step, and a press in that moment must still show it, not fold it again.
  const pressedWhenFolded = useRef<boolean | null>(null);
  const box = useRef(onBox);
  box.current = onBox;

  useLayoutEffect(() => {
    const element = content.current;
    if (!element) return;
    const panel = element.parentElement ?? element;
    const tell = () => {
      // The whole content, not the part the frame shows now: the frame grows to it (up to the window).
      const borders = panel.offsetHeight - panel.clientHeight;
      box.current({ type: 'box', width: panel.offsetWidth, height: element.offsetHeight + borders });
    };
    tell();
    const observer = new ResizeObserver(tell);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <section
      className="lca-panel"
      aria-label="Leader CSP Assistant"
      data-collapsed={isCollapsed}
      data-step={step}
      data-clicks={gate.open ? 'open' : 'paused'}
    >
      <div className="lca-content" ref={content}>
        <header className="lca-header" {...handlers}>
          <span className="lca-title">Leader CSP Assistant</span>
          {isCollapsed && step !== UNKNOWN_STEP && <span className="lca-chip">{STEP_TITLES[step]}</span>}
          <button
            type="button"
            className="lca-icon-button"
            aria-expanded={!isCollapsed}
            aria-label={isCollapsed ? 'Show the assistant' : 'Hide the assistant'}
            onPointerDown={() => {
              pressedWhenFolded.current = isCollapsed;
            }}
            onPointerLeave={() => {
              pressedWhenFolded.current = null;
            }}
            onClick={() => {
              const folded = pressedWhenFolded.current ?? isCollapsed;
              pressedWhenFolded.current = null;
              setCollapsed(!folded);
            }}
          >
            {isCollapsed ? '▴' : '▾'}
          </button>
        </header>
        {!isCollapsed && gate.paused && (
          <p className="lca-paused" role="alert" data-testid="clicks-paused">
            {PAUSED_NOTE}
          </p>
        )}
        {!isCollapsed && <StepBody snapshot={snapshot} actions={actions} />}
      </div>
    </section>
  );
}
