/**
 * Clicks in the panel count only while the person can see it. The panel's frame sits on the
 * portal's page, which could cover it with a decoy, make an ancestor transparent, or transform it
 * (clickjacking: the technician's real click on the decoy lands on "Fill this step"). Chromium's
 * IntersectionObserver v2 (`trackVisibility`) tells the frame whether its content is drawn
 * unobscured, at full opacity and untransformed; where the browser cannot tell (Firefox), clicks
 * go through and the host's own defences (top layer, inline !important style) are what holds.
 */
export type Sight = 'pending' | 'seen' | 'covered' | 'untracked';

/** What one observation says: `isVisible` is only there where visibility is tracked. */
export function sightOf(entry: { isVisible?: boolean }): Sight {
  if (entry.isVisible === undefined) return 'untracked';
  return entry.isVisible ? 'seen' : 'covered';
}

/** Not yet known ('pending') counts as covered: the first observation comes within the observer's delay. */
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

/**
 * Tells `onSight` how visible `target` is, at the next frame and each time that changes; returns
 * the way to stop, or null where the browser cannot tell (then `onSight` heard 'untracked').
 */
function observeSight(target: Element, win: Window, onSight: (sight: Sight) => void): (() => void) | null {
  const Observer = (win as Window & { IntersectionObserver?: Observer }).IntersectionObserver;
  const entry = (win as Window & { IntersectionObserverEntry?: { prototype: object } })
    .IntersectionObserverEntry;
  if (!Observer || !entry || !('isVisible' in entry.prototype)) {
    onSight('untracked');
    return null;
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
  return () => observer.disconnect();
}

/** Tells `onSight` how visible `target` is, each time that changes, until `signal` aborts. */
export function watchSight(
  target: Element,
  win: Window,
  onSight: (sight: Sight) => void,
  signal: AbortSignal,
): void {
  const stop = observeSight(target, win, onSight);
  if (stop) signal.addEventListener('abort', stop);
}

/** A look taken for one press: not back within this long counts as not seen. */
const LOOK_MS = 1000;

/**
 * How visible `target` is now, from a fresh observation: a standing one tells a change only after
 * its delay, so a decoy put over the panel just before a press would not be known yet.
 */
export function lookNow(target: Element, win: Window): Promise<Sight> {
  return new Promise((resolve) => {
    let stop: (() => void) | null = null;
    const timer = win.setTimeout(() => done('pending'), LOOK_MS);
    const done = (sight: Sight) => {
      win.clearTimeout(timer);
      stop?.();
      resolve(sight);
    };
    stop = observeSight(target, win, done);
  });
}

export interface Gate {
  /** Whether the standing observation lets presses through (pointer, mouse, touch, keys). */
  allowed(): boolean;
  /** A fresh look, for a click. */
  look(): Promise<Sight>;
  /** A press was stopped. */
  blocked(): void;
}

/**
 * Stops the person's presses on what `gated` takes in, before any of the panel's handlers (window,
 * capture phase: the first to hear them). A click acts only once a fresh look, taken when the
 * press began, says the panel is seen whole: until then it is held, then given again to its
 * target (or dropped, and `blocked` told). Other presses go by the standing observation.
 */
export function guardInput(
  win: Window,
  gated: (target: Element) => boolean,
  gate: Gate,
  signal: AbortSignal,
): void {
  let press: { sight: Sight | null; done: Promise<Sight> } | null = null;
  let replaying = false;
  const startLook = () => {
    const look = { sight: null as Sight | null, done: gate.look() };
    void look.done.then((sight) => {
      look.sight = sight;
    });
    press = look;
    return look;
  };
  const stop = (event: Event) => {
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  const onClick = (event: Event, target: HTMLElement) => {
    const look = press ?? startLook();
    press = null;
    if (look.sight !== null) {
      if (clicksAllowed(look.sight)) return;
      stop(event);
      return gate.blocked();
    }
    stop(event);
    void look.done.then((sight) => {
      if (!clicksAllowed(sight) || !target.isConnected) return gate.blocked();
      replaying = true;
      try {
        target.click();
      } finally {
        replaying = false;
      }
    });
  };
  const onInput = (event: Event) => {
    // Nodes of the frame's own document only (an event's target is one of them, or the window).
    const target = event.target as Partial<HTMLElement> | null;
    if (replaying || typeof target?.closest !== 'function' || !gated(target as Element)) return;
    if (event.type === 'click') return onClick(event, target as HTMLElement);
    if (event.type === 'pointerdown' || event.type === 'keydown' || event.type === 'touchstart') startLook();
    if (gate.allowed()) return;
    stop(event);
    gate.blocked();
  };
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, { capture: true, signal });
}
