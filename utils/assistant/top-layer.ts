/**
 * The panel's host is a `popover="manual"` shown in the browser's top layer: above any z-index,
 * and out of reach of its ancestors' opacity, filters and transforms. The top layer stacks in the
 * order things were shown, so what the page shows there after it covers the panel:
 * - a popover: the host is shown again, last, above it;
 * - a modal `<dialog>` (showModal), which also makes everything outside it inert, or a fullscreen
 *   element, outside which Chromium draws nothing of the top layer (checked in Chromium 156): the
 *   host moves into it (and is shown again), and comes back to the body when it closes.
 */
export function keepOnTop(host: HTMLElement, doc: Document, raise = false): void {
  const home = homeIn(doc);
  const moving = host.parentElement !== home;
  if (moving || raise) hide(host);
  if (moving) move(host, home);
  show(host);
}

/**
 * Keeps the host on top as the page opens things in the top layer, until `signal` aborts. `toggle`
 * (popovers, dialogs) does not bubble: heard in the capture phase.
 */
export function watchTopLayer(host: HTMLElement, doc: Document, signal: AbortSignal): void {
  doc.addEventListener(
    'toggle',
    (event) => {
      const opened = (event as Event & { newState?: string }).newState === 'open';
      // The page hid the host (it is in the page's DOM): shown again. Its own showing: nothing to do.
      if (event.target === host) {
        if (!opened) keepOnTop(host, doc);
      } else if (opened) keepOnTop(host, doc, true);
      else keepOnTop(host, doc);
    },
    { capture: true, signal },
  );
  doc.addEventListener('fullscreenchange', () => keepOnTop(host, doc, true), { signal });
}

// Replaced and void elements draw no children: a fullscreen video keeps the panel out of sight.
const HOLDS_NOTHING = new Set([
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'IMG',
  'CANVAS',
  'EMBED',
  'OBJECT',
  'INPUT',
  'SELECT',
]);

function homeIn(doc: Document): Element {
  const modal = lastModal(doc);
  const full = doc.fullscreenElement;
  if (full && !HOLDS_NOTHING.has(full.tagName) && !(modal && full.contains(modal))) return full;
  return modal ?? doc.body ?? doc.documentElement;
}

function lastModal(doc: Document): Element | null {
  try {
    const open = doc.querySelectorAll('dialog:modal');
    return open[open.length - 1] ?? null;
  } catch {
    // No :modal support (older engines, happy-dom): nothing is in the top layer to escape.
    return null;
  }
}

type Popover = HTMLElement & { showPopover?(): void; hidePopover?(): void };

function isShowing(host: Element): boolean {
  try {
    return host.matches(':popover-open');
  } catch {
    return false;
  }
}

function show(host: Popover): void {
  if (!host.isConnected || typeof host.showPopover !== 'function' || isShowing(host)) return;
  try {
    host.showPopover();
  } catch {
    // Inside a dialog that is closing, or not a popover for a moment: the next look shows it.
  }
}

function hide(host: Popover): void {
  if (typeof host.hidePopover !== 'function' || !isShowing(host)) return;
  try {
    host.hidePopover();
  } catch {
    // Already hidden.
  }
}

function move(host: Element, home: Element): void {
  // moveBefore keeps the framed panel as it is; a plain append reloads an iframe (the panel then
  // comes back from the page's snapshot and storage).
  const atomic = home as Element & { moveBefore?(node: Node, child: Node | null): void };
  try {
    if (typeof atomic.moveBefore === 'function' && host.isConnected) {
      atomic.moveBefore(host, null);
      return;
    }
  } catch {
    // A move the engine refuses (a different document): a plain append still works.
  }
  home.append(host);
}
