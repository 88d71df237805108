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
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
      return false;
  }
  if (hasLayout(view)) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
  }
  return true;
}

function hasLayout(view: Window): boolean {
  return !('happyDOM' in view);
}
