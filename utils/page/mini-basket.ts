import { collapseWhitespace } from '../values/text';
import type { Region } from './read';
import { readableText } from './text';

// A basket box beside the catalogue ("Your Basket" in the old table layout, a cart drawer, a
// summary card): its heading or ARIA name says basket or cart, and it lists lines.
const BASKET_TITLE = /^(your |my |mini |shopping )?(basket|cart)\b/i;
const TITLED = 'h1, h2, h3, h4, h5, h6, [role="heading"], th, caption, legend, strong, b';
const LINE = 'tr, li, [role="row"], [role="listitem"]';
const MAX_BOX = 150;

/** The box around a basket heading: the nearest ancestor that lists lines, while it stays small. */
function boxOf(title: Element, limit: Element): Element | null {
  for (let node = title.parentElement; node && node !== limit; node = node.parentElement) {
    if (node.getElementsByTagName('*').length > MAX_BOX) return null;
    if (node.querySelectorAll(LINE).length >= 2) return node;
  }
  return null;
}

/**
 * The product lines a small basket on the screen lists: what is already in the portal's basket,
 * read where the page shows it. A header counter ("Basket (2)") says how many, not which: not read.
 */
export function miniBasketLines(region: Region): string[] {
  const boxes = new Set<Element>();
  for (const element of region.root.querySelectorAll(`${TITLED}, [aria-label]`)) {
    if (element.closest('button, a, [role="button"]')) continue;
    const name = element.hasAttribute('aria-label')
      ? (element.getAttribute('aria-label') ?? '')
      : collapseWhitespace(readableText(element));
    if (!BASKET_TITLE.test(name.trim())) continue;
    const box =
      element.hasAttribute('aria-label') && element.querySelectorAll(LINE).length >= 2
        ? element
        : boxOf(element, region.root);
    if (box) boxes.add(box);
  }
  const lines: string[] = [];
  for (const box of boxes)
    for (const line of box.querySelectorAll(LINE)) {
      if (line.querySelector(TITLED)) continue;
      const text = collapseWhitespace(readableText(line));
      if (/[a-z]{3}/i.test(text)) lines.push(text);
    }
  return lines;
}
