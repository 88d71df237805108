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

/**
 * The element's own visibility, its ancestors taken as visible (for top-down walks). `layout` says
 * whether boxes can be measured (false in happy-dom, which has no layout).
 */
export function isShownItself(element: Element, view: Window, layout = hasLayout(view)): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return false;
  if (element.tagName === 'DIALOG' && !element.hasAttribute('open')) return false;
  const style = view.getComputedStyle(element);
  const display = style.display;
  if (display === 'none') return false;
  const visibility = style.visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return false;
  // A 0×0 (or 1×1 screen-reader-only) box that clips what it holds shows nothing. Such boxes hold
  // a few elements at most; only clipping boxes are measured (a layout read each).
  if (layout && display !== 'contents' && element.childElementCount <= 3) {
    const overflow = style.overflow;
    if ((overflow === 'hidden' || overflow === 'clip') && element.getBoundingClientRect().width <= 1) {
      return element.getBoundingClientRect().height > 1;
    }
  }
  return true;
}

export function hasLayout(view: Window): boolean {
  return !('happyDOM' in view);
}
