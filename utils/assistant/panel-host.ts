import type { PanelBox } from '../model/panel';
import { type StepId, UNKNOWN_STEP } from '../model/steps';
import { guardHost, randomHostName } from './host-guard';
import { keepOnTop, watchTopLayer } from './top-layer';

export interface PanelHost {
  /** The page contract's element: `<leader-csp-assistant data-step>`. */
  element: HTMLElement;
  /** The panel's own host (top frame only), under a name of this page load's. */
  panel: HTMLElement | null;
  setStep(step: StepId): void;
  /** Sizes or moves the framed panel, as the panel asks. */
  apply(box: PanelBox): void;
}

const MARGIN = 16;
// Folded, before the panel says its size: the title bar's.
const FIRST_BOX = { width: 240, height: 44 };
const CONTRACT_NAME = 'leader-csp-assistant';

/**
 * The page contract's element, and in the top frame the panel: an extension page in an iframe
 * inside the CLOSED shadow root of a host of its own, so the portal's scripts can neither read the
 * panel (client names, domains) nor script its buttons, and its keystrokes never reach the page.
 * The host's name is new on each page load (a page cannot define it first or aim CSS at it), its
 * look is held against the page's CSS, and it stays on top of the page's top layer.
 */
export function mountPanelHost(doc: Document, panelUrl: string | null, signal: AbortSignal): PanelHost {
  // A page may have defined this name as a custom element before the content script ran: its
  // constructor runs here, and one that throws still leaves an element of the name (the browser
  // reports the error, checked in Chromium). The element holds nothing: the panel is elsewhere.
  const element = doc.createElement(CONTRACT_NAME);
  element.setAttribute('data-step', UNKNOWN_STEP);
  (doc.body ?? doc.documentElement).append(element);
  signal.addEventListener('abort', () => element.remove());
  const host = panelUrl ? mountFrame(doc, panelUrl, signal) : null;
  return {
    element,
    panel: host?.element ?? null,
    setStep(step) {
      if (element.getAttribute('data-step') !== step) element.setAttribute('data-step', step);
      if (host) keepOnTop(host.element, doc);
    },
    apply(box) {
      host?.apply(box);
    },
  };
}

/** The panel's host, its closed shadow root and the framed panel; moved and sized as the panel asks. */
function mountFrame(doc: Document, panelUrl: string, signal: AbortSignal) {
  const element = doc.createElement(randomHostName());
  const root = element.attachShadow({ mode: 'closed' });
  const place = { right: MARGIN, bottom: MARGIN, ...FIRST_BOX };
  const frame = doc.createElement('iframe');
  frame.src = panelUrl;
  frame.title = 'Leader CSP Assistant';
  // The panel copies the authorisation link and the Global Administrator's message. Not the
  // default allowlist ('src'): with `use_dynamic_url` the frame's address has a per-session host
  // while its document has the extension's own origin, so 'src' does not match it and Chromium
  // blocks the Clipboard API ("blocked because of a permissions policy", checked in Chromium).
  // Only the extension's page is ever in this frame.
  frame.setAttribute('allow', 'clipboard-write *');
  frame.style.cssText =
    'position:fixed;z-index:2147483647;border:0;background:transparent;color-scheme:normal;display:block;';
  root.append(frame);
  const view = doc.defaultView ?? window;
  const layout = () => {
    const maxWidth = view.innerWidth - MARGIN;
    const maxHeight = view.innerHeight - MARGIN;
    place.right = Math.min(Math.max(place.right, 0), Math.max(view.innerWidth - 80, 0));
    place.bottom = Math.min(Math.max(place.bottom, 0), Math.max(view.innerHeight - 40, 0));
    Object.assign(frame.style, {
      right: `${place.right}px`,
      bottom: `${place.bottom}px`,
      width: `${Math.min(place.width, maxWidth)}px`,
      height: `${Math.min(place.height, maxHeight)}px`,
    });
  };
  layout();
  view.addEventListener('resize', layout, { signal });

  // A drag started on the panel's title: a clear layer over the whole window takes the pointer
  // (over the panel's frame too, which would keep it otherwise) until the button is let go.
  const follow = (screenX: number, screenY: number) => {
    const shield = doc.createElement('div');
    shield.style.cssText = 'position:fixed;inset:0;z-index:2147483647;cursor:move;background:transparent;';
    root.append(shield);
    let last = { x: screenX, y: screenY };
    const stop = new AbortController();
    const done = () => {
      stop.abort();
      shield.remove();
    };
    shield.addEventListener(
      'pointermove',
      (event) => {
        if ((event.buttons & 1) === 0) return done();
        place.right -= event.screenX - last.x;
        place.bottom -= event.screenY - last.y;
        last = { x: event.screenX, y: event.screenY };
        layout();
      },
      { signal: stop.signal },
    );
    for (const type of ['pointerup', 'pointercancel'])
      shield.addEventListener(type, done, { signal: stop.signal });
    view.addEventListener('blur', done, { signal: stop.signal });
    signal.addEventListener('abort', done, { signal: stop.signal });
  };
  guardHost(element, signal, () => keepOnTop(element, doc, true));
  (doc.body ?? doc.documentElement).append(element);
  keepOnTop(element, doc);
  watchTopLayer(element, doc, signal);
  signal.addEventListener('abort', () => element.remove());
  return {
    element,
    apply(box: PanelBox) {
      if (box.type === 'box') {
        // A panel not drawn (its host hidden for a moment, until guardHost puts it back) measures
        // nothing: a frame sized 0 × 0 is no longer drawn, and the panel could not grow it again.
        if (box.width < 1 || box.height < 1) return;
        Object.assign(place, { width: box.width, height: box.height });
        layout();
      } else follow(box.screenX, box.screenY);
    },
  };
}
