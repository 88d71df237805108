/**
 * Whether a person can see the element: hidden dialog templates (`display:none`, `hidden`,
 * `aria-hidden`, zero size) must not count as landmarks. Zero size is only checked where layout
 * exists: happy-dom has none and reports 0×0 for everything.
 */
export function isVisible(
  element: Element,
  view: Window = element.ownerDocument.defaultView ?? window,
): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (!isShownItself(node, view)) return false;
  }
  return true;
}

/** The element's own visibility, its ancestors taken as visible (for top-down walks). */
export function isShownItself(element: Element, view: Window): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return false;
  if (element.tagName === 'DIALOG' && !element.hasAttribute('open')) return false;
  const style = view.getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
    return false;
  // A 0×0 (or 1×1 screen-reader-only) box that clips what it holds shows nothing. Only clipping
  // boxes are measured: measuring every element would cost a layout read each.
  if (
    (style.overflow === 'hidden' || style.overflow === 'clip') &&
    style.display !== 'contents' &&
    hasLayout(view)
  ) {
    const box = element.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) return false;
  }
  return true;
}

export function hasLayout(view: Window): boolean {
  return !('happyDOM' in view);
}
