import { useEffect, useState } from 'react';
import { clicksAllowed, guardInput, lookNow, type Sight, watchSight } from './click-gate';

/** The panel's controls: the title bar (fold, move) acts on nothing and stays free. */
const GATED = '.lca-body';

export interface ClickGate {
  /** A press was stopped since the panel was last seen whole. */
  paused: boolean;
  /** Presses go through now. */
  open: boolean;
}

/**
 * One gate for every control of the panel: presses on the panel's body do nothing while the page
 * covers the panel, makes it transparent or transforms it (click-gate.ts). Says whether presses
 * go through now, and whether one was stopped since the panel was last seen whole, for the panel
 * to say why.
 */
export function useClickGate(win: Window = window): ClickGate {
  const [paused, setPaused] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const stop = new AbortController();
    let sight: Sight = 'pending';
    const root = win.document.documentElement;
    const seen = (next: Sight) => {
      sight = next;
      setOpen(clicksAllowed(next));
      if (clicksAllowed(next)) setPaused(false);
    };
    watchSight(root, win, seen, stop.signal);
    guardInput(
      win,
      (target) => target.closest(GATED) !== null,
      {
        allowed: () => clicksAllowed(sight),
        // A fresh look is the newest word on the panel: the standing one takes it too.
        look: () =>
          lookNow(root, win).then((next) => {
            if (!stop.signal.aborted && next !== 'pending') seen(next);
            return next;
          }),
        blocked: () => setPaused(true),
      },
      stop.signal,
    );
    return () => stop.abort();
  }, [win]);
  return { paused, open };
}
