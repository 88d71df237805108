/**
 * The panel's host is an element in the page's DOM, so the page's CSS and scripts can reach it
 * (not what is inside its closed shadow root). Clickjacking needs the host's look changed:
 * `opacity: 0` over a decoy, a transform that shrinks it under a button, a filter, a clip. Its
 * style is set inline with !important (inline important declarations win over every style sheet's,
 * important ones included), and set again when the page changes its attributes.
 */
export const HOST_STYLE = [
  // First every property back to its initial value, then the few the host needs.
  'all:initial',
  'display:block',
  'position:fixed',
  'inset:0 auto auto 0',
  'width:0',
  'height:0',
  'margin:0',
  'padding:0',
  'border:none',
  'overflow:visible',
  'z-index:2147483647',
  'opacity:1',
  'visibility:visible',
  'transform:none',
  'translate:none',
  'rotate:none',
  'scale:none',
  'zoom:1',
  'filter:none',
  'backdrop-filter:none',
  'clip-path:none',
  'mask:none',
  'mix-blend-mode:normal',
  'pointer-events:auto',
  'contain:none',
  'content-visibility:visible',
  'transition:none',
  'animation:none',
  'background:transparent',
  'color-scheme:normal',
]
  .map((declaration) => `${declaration} !important;`)
  .join('');

/**
 * Puts the host's look back: its style, `popover="manual"` (the host sits in the top layer, above
 * the page and out of reach of its ancestors' opacity, filters and transforms: checked in
 * Chromium 156), and no attribute of the page's (`class`, `inert`, `hidden`…). Says whether it
 * changed anything.
 */
export function restoreHost(host: HTMLElement): boolean {
  let changed = false;
  for (const name of host.getAttributeNames())
    if (name !== 'style' && name !== 'popover') {
      host.removeAttribute(name);
      changed = true;
    }
  if (host.getAttribute('style') !== HOST_STYLE) {
    host.setAttribute('style', HOST_STYLE);
    changed = true;
  }
  if (host.getAttribute('popover') !== 'manual') {
    host.setAttribute('popover', 'manual');
    changed = true;
  }
  return changed;
}

/**
 * Restores the host each time the page changes one of its attributes, then `restored` (to put it
 * back on top), until `signal` aborts.
 */
export function guardHost(host: HTMLElement, signal: AbortSignal, restored: () => void = () => {}): void {
  restoreHost(host);
  const view = host.ownerDocument.defaultView;
  if (!view?.MutationObserver) return;
  // The observer sees its own restoring too: the second time round nothing differs, so it stops.
  const observer = new view.MutationObserver(() => {
    if (restoreHost(host)) restored();
  });
  observer.observe(host, { attributes: true });
  signal.addEventListener('abort', () => observer.disconnect());
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A name for the panel's host, new for each page load: a page script cannot define it as a custom
 * element before the host exists (a defined `leader-csp-assistant` could take the closed shadow
 * root through `attachInternals()`, checked in Chromium 156), nor write CSS for it in advance.
 * A valid custom-element name (lower-case letters and a hyphen), so `attachShadow` works on it
 * undefined. Defined by the page later, the upgrade's internals get no shadow root (attached while
 * the element was undefined).
 */
export function randomHostName(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)) {
  const bytes = random(new Uint8Array(12));
  let name = 'lca-';
  for (const byte of bytes) name += LETTERS[byte % LETTERS.length];
  return name;
}
