import { collapseWhitespace } from '../values/text';
import { controlText } from './controls';
import { controlNames } from './names';
import type { Region } from './read';
import { readableText } from './text';

/** One product a person sees on the catalogue or one line of the basket. */
export interface ProductItem {
  element: Element;
  /** The product's name as shown (its title, or its row's first cell). */
  name: string;
  /** The line's quantity, when the page shows one. */
  quantity?: number;
}

const tokens = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

// Words Microsoft's older product names put inside the current ones: "Office 365 Enterprise E3"
// is today's "Office 365 E3".
const FILLER = new Set(['enterprise']);

/**
 * Whether a product shown on the portal is the wanted licence: the wanted name's words appear
 * together, in order, in the product's name (an older name's "Enterprise" may sit between them).
 * "360 Business - M365 - Office 365 E3 (New Commerce)" is "Office 365 E3"; "Office 365 E5" and
 * "Microsoft 365 E3" are not.
 */
export function matchesLicence(productName: string, wanted: string): boolean {
  const have = tokens(productName).filter((word) => !FILLER.has(word));
  const want = tokens(wanted).filter((word) => !FILLER.has(word));
  if (want.length === 0) return false;
  for (let start = 0; start + want.length <= have.length; start++) {
    if (want.every((word, i) => have[start + i] === word)) return true;
  }
  return false;
}

const ROW = 'tr, [role="row"], li, article, [role="listitem"], [role="article"]';
const TITLE = 'h1, h2, h3, h4, h5, h6, [role="heading"], strong, b, a';

/** The first block of words in a cell: a product's name before its fine print (billing, SKU). */
function firstWords(cell: Element): string {
  for (const element of cell.querySelectorAll('*')) {
    if (element.childElementCount > 0) continue;
    const text = collapseWhitespace(readableText(element));
    if (/[a-z]{3}/i.test(text)) return text;
  }
  return collapseWhitespace(readableText(cell));
}

function titleOf(container: Element): string {
  if (container.matches('tr, [role="row"]')) {
    for (const cell of container.children) {
      if (/[a-z]{3}/i.test(readableText(cell))) return firstWords(cell);
    }
  }
  for (const title of container.querySelectorAll(TITLE)) {
    const text = collapseWhitespace(readableText(title));
    if (/[a-z]{3}/i.test(text) && !/^(add|remove|delete|buy)\b/i.test(text)) return text;
  }
  // No title element: its first words, as a person reads a card's name before its description
  // ("Microsoft 365 E3", not the "Includes Office 365 E3" under it).
  return (
    firstWords(container)
      .split(/\$|\bAUD\b/)[0]
      ?.trim() ?? ''
  );
}

/**
 * The product's card or row around `start` (its "Add" button or quantity box): the first ancestor
 * that also shows a title, or is a row, while it holds no second element matching `only`.
 */
function containerOf(start: Element, limit: Element, only: string): Element {
  let best: Element = start;
  for (let node = start.parentElement; node && node !== limit.parentElement; node = node.parentElement) {
    if (node.querySelectorAll(only).length > 1) break;
    best = node;
    if (
      node.matches(ROW) ||
      [...node.querySelectorAll(TITLE)].some(
        (title) => !title.contains(start) && /[a-z]{3}/i.test(title.textContent ?? ''),
      )
    )
      break;
  }
  return best;
}

/** A product's "Add Licenses", "Add to basket" or "+ Add" button. */
export const ADD_BUTTON = /^(\+ )?add(\s|$)/i;

/** Catalogue products: each container that holds one "Add Licenses" (or "Add to basket") button. */
export function catalogueProducts(region: Region): ProductItem[] {
  const adds = region.buttons.filter((b) => ADD_BUTTON.test(b.text));
  const marker = 'button, [role="button"], input[type="submit"], input[type="button"]';
  return adds.map(({ element }) => {
    const container = containerOf(element, region.root, marker);
    return { element: container, name: titleOf(container) };
  });
}

const QUANTITY_NAME = /^(qty|quantity|licen[cs]es|seats|users)$/;

function numberIn(text: string): number | undefined {
  const match = text.match(/\b\d{1,6}\b/);
  return match ? Number(match[0]) : undefined;
}

/**
 * Basket lines: rows of a table whose header has a Quantity column, and containers of a quantity
 * box (a number input, or one named Qty / Quantity / Licences).
 */
export function basketLines(region: Region): ProductItem[] {
  const lines = new Map<Element, ProductItem>();
  for (const header of region.root.querySelectorAll('th, [role="columnheader"]')) {
    if (!/^(qty|quantity)$/i.test(collapseWhitespace(readableText(header)))) continue;
    const headerRow = header.closest('tr, [role="row"]');
    const table = header.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
    if (!headerRow || !table) continue;
    const column = [...headerRow.children].indexOf(header);
    for (const row of table.querySelectorAll('tr, [role="row"]')) {
      if (row === headerRow || row.querySelector('th, [role="columnheader"]')) continue;
      const cell = row.children[column];
      if (!cell) continue;
      const box = cell.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
      const quantity = box ? numberIn(box.value) : numberIn(readableText(cell));
      const name = titleOf(row);
      // Totals, tax and discount rows share the table but are not lines; a line has a quantity.
      if (name && quantity !== undefined && !/\b(total|sub ?total|gst|tax|discount|shipping)\b/i.test(name)) {
        lines.set(row, { element: row, name, quantity });
      }
    }
  }
  for (const control of region.controls) {
    const isNumber = control.tagName === 'INPUT' && (control as HTMLInputElement).type === 'number';
    if (!isNumber && !controlNames(control).some((n) => QUANTITY_NAME.test(n.text))) continue;
    if ([...lines.keys()].some((row) => row.contains(control))) continue;
    const container = containerOf(control, region.root, 'input, select');
    const name = titleOf(container);
    if (name) lines.set(container, { element: container, name, quantity: numberIn(controlText(control)) });
  }
  return [...lines.values()];
}
