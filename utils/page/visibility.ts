/**
 * How a person sees the element itself, its ancestors taken as visible (readPage walks top-down):
 * `hidden` for what nobody sees (hidden dialog templates: `display:none`, `hidden`, `aria-hidden`,
 * zero size); `dot` for a box drawn 1 × 1 or 0 × 0 and clipped: the screen-reader-only box, which
 * shows no text but may hold a native checkbox a person ticks through its visible label (Angular
 * Material's, Bootstrap's `visually-hidden`).
 */
export function shownAs(
  element: Element,
  view: Window,
  style: CSSStyleDeclaration = view.getComputedStyle(element),
): 'shown' | 'hidden' | 'dot' {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return 'hidden';
  if (element.tagName === 'DIALOG' && !element.hasAttribute('open')) return 'hidden';
  const display = style.display;
  if (display === 'none') return 'hidden';
  const visibility = style.visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return 'hidden';
  // Such boxes hold a few elements at most; only clipping boxes are measured (a layout read each).
  if (display !== 'contents' && element.childElementCount <= 3) {
    const overflow = style.overflow;
    const clipped = overflow === 'hidden' || overflow === 'clip' || /rect\(0/.test(style.clip ?? '');
    if (clipped) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) return 'dot';
    }
  }
  return 'shown';
}

/** Whether a person can see the element itself (see shownAs): a dot shows nothing. */
export function isShownItself(element: Element, view: Window): boolean {
  return shownAs(element, view) === 'shown';
}
