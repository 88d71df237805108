// What a person cannot see on a saved page, worked out once per page and marked on each fresh load
// (data-mx-hidden), so the changes can tell hidden parts (a closed dialog, a template, a
// screen-reader-only text) from what is shown without a computed style each time they look.

import type { PortalFixture } from '../../fixtures/portal';

export const HIDDEN = 'data-mx-hidden';

const known = new Map<string, number[][]>();

function pathOf(el: Element, root: Element): number[] {
  const path: number[] = [];
  for (let node = el; node !== root && node.parentElement; node = node.parentElement)
    path.unshift([...node.parentElement.children].indexOf(node));
  return path;
}

const at = (root: Element, path: readonly number[]): Element | null =>
  path.reduce<Element | null>((node, i) => node?.children[i] ?? null, root);

/** Hidden by its own computed style: not displayed, invisible, or a 1px box that clips. */
function hiddenItself(el: Element, view: Window): boolean {
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
    return true;
  if (style.overflow !== 'hidden' && style.overflow !== 'clip') return false;
  const width = Number.parseFloat(style.width);
  const height = Number.parseFloat(style.height);
  return width <= 1 && height <= 1;
}

function findHidden(body: Element): number[][] {
  const view = body.ownerDocument.defaultView ?? window;
  const out: number[][] = [];
  const walk = (el: Element) => {
    if (el.matches('script, style, template')) return;
    if (hiddenItself(el, view)) {
      out.push(pathOf(el, body));
      // Something invisible may show a child again (visibility: visible); nothing undisplayed does.
      if (view.getComputedStyle(el).display === 'none') return;
    }
    for (const child of el.children) walk(child);
  };
  for (const child of body.children) walk(child);
  return out;
}

/** Marks what is hidden on a page just loaded from this fixture (found on its first load). */
export function markHidden(doc: Document, fixture: Pick<PortalFixture, 'path'>): void {
  let paths = known.get(fixture.path);
  if (!paths) {
    paths = findHidden(doc.body);
    known.set(fixture.path, paths);
  }
  for (const path of paths) at(doc.body, path)?.setAttribute(HIDDEN, '');
}
