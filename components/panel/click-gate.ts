/**
 * Clicks in the panel count only while the person can see it. The panel's frame sits on the
 * portal's page, which could cover it with a decoy, make an ancestor transparent, or transform it
 * (clickjacking: the technician's real click on the decoy lands on "Fill this step"). Chromium's
 * IntersectionObserver v2 (`trackVisibility`) tells the frame whether its content is drawn
 * unobscured, at full opacity and untransformed; where the browser cannot tell (Firefox), clicks
 * go through and the host's own defences (top layer, inline !important style) are what holds.
 */
export type Sight = 'unknown' | 'seen' | 'covered' | 'untracked';

/** What one observation says: `isVisible` is only there where visibility is tracked. */
export function sightOf(entry: { isVisible?: boolean }): Sight {
  if (entry.isVisible === undefined) return 'untracked';
  return entry.isVisible ? 'seen' : 'covered';
}

/** Not yet known counts as covered: the first observation comes within the observer's delay. */
export const clicksAllowed = (sight: Sight): boolean => sight === 'seen' || sight === 'untracked';

export const PAUSED_NOTE = 'The page is covering the assistant; clicks are paused.';

// Every way a press reaches a control: pointer, mouse, touch, and keys (Enter or Space on a
// focused button, arrows on a list). Stopping the presses too keeps a list from opening.
const INPUT_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'touchstart',
  'touchend',
  'keydown',
] as const;

type Observer = new (
  callback: (entries: { isVisible?: boolean }[]) => void,
  options: IntersectionObserverInit & { trackVisibility?: boolean; delay?: number },
) => { observe(target: Element): void; disconnect(): void };

/** Tells `onSight` how visible `target` is, each time that changes, until `signal` aborts. */
export function watchSight(
  target: Element,
  win: Window,
  onSight: (sight: Sight) => void,
  signal: AbortSignal,
): void {
  const Observer = (win as Window & { IntersectionObserver?: Observer }).IntersectionObserver;
  const entry = (win as Window & { IntersectionObserverEntry?: { prototype: object } })
    .IntersectionObserverEntry;
  if (!Observer || !entry || !('isVisible' in entry.prototype)) {
    onSight('untracked');
    return;
  }
  // 100 ms is the least delay the browser takes with trackVisibility.
  const observer = new Observer(
    (entries) => {
      const last = entries[entries.length - 1];
      if (last) onSight(sightOf(last));
    },
    { trackVisibility: true, delay: 100 },
  );
  observer.observe(target);
  signal.addEventListener('abort', () => observer.disconnect());
}

/**
 * Stops the person's presses on what `gated` takes in, before any of the panel's handlers (window,
 * capture phase: the first to hear them), while `allowed()` says no; `blocked` hears each one.
 */
export function guardInput(
  win: Window,
  gated: (target: Element) => boolean,
  allowed: () => boolean,
  blocked: () => void,
  signal: AbortSignal,
): void {
  const stop = (event: Event) => {
    // Nodes of the frame's own document only (an event's target is one of them, or the window).
    const target = event.target as Partial<Element> | null;
    if (typeof target?.closest !== 'function' || !gated(target as Element) || allowed()) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    blocked();
  };
  for (const type of INPUT_EVENTS) win.addEventListener(type, stop, { capture: true, signal });
}
