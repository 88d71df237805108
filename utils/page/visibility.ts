/**
 * Whether a person can see the element itself, its ancestors taken as visible (readPage walks
 * top-down): hidden dialog templates (`display:none`, `hidden`, `aria-hidden`, zero size) must
 * not count as landmarks.
 */
export function isShownItself(element: Element, view: Window): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return false;
  if (element.tagName === 'DIALOG' && !element.hasAttribute('open')) return false;
  const style = view.getComputedStyle(element);
  const display = style.display;
  if (display === 'none') return false;
  const visibility = style.visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return false;
  // A 0×0 (or 1×1 screen-reader-only) box that clips what it holds shows nothing. Such boxes hold
  // a few elements at most; only clipping boxes are measured (a layout read each).
  if (display !== 'contents' && element.childElementCount <= 3) {
    const overflow = style.overflow;
    if (overflow === 'hidden' || overflow === 'clip') {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) return false;
    }
  }
  return true;
}
