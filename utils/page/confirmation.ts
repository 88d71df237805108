import type { OrderedSubscription } from '../model/client';
import { clip, collapseWhitespace, comparableText } from '../values/text';
import type { Region } from './read';
import { readableText } from './text';

const MAX_LINES = 200;
const CELL = 'th, td, [role="columnheader"], [role="rowheader"], [role="cell"], [role="gridcell"]';
const NAME_HEADER = /^(subscriptions?|products?|product name|licen[cs]es?|items?)$/;
const QUANTITY_HEADER = /^(quantity|qty|seats|licen[cs]es|units)$/;
const AMOUNT = /\d/;

const text = (element: Element) => collapseWhitespace(readableText(element));

/** A row's cells: its table or ARIA cells, else (a CSS grid of plain elements) its children. */
function cellsOf(row: Element): Element[] {
  const cells = [...row.querySelectorAll(CELL)].filter((cell) => cell.closest('tr, [role="row"]') === row);
  return cells.length > 0 ? cells : [...row.children];
}

/** Which cell holds what, from the header row's words. */
function columnsOf(header: Element) {
  const columns = cellsOf(header).map((cell) => comparableText(readableText(cell)));
  const at = (pattern: RegExp) => columns.findIndex((c) => pattern.test(c));
  return {
    name: at(NAME_HEADER),
    quantity: at(QUANTITY_HEADER),
    activation: at(/activation|start date/),
    billing: at(/billing|term|cycle/),
    price: at(/price|cost|amount|per month|monthly/),
  };
}

type Columns = ReturnType<typeof columnsOf>;

function lineOf(row: Element, columns: Columns): OrderedSubscription | null {
  const cells = cellsOf(row).map(text);
  const name = cells[columns.name];
  const shownQuantity = cells[columns.quantity];
  if (!name || shownQuantity === undefined || !/\d/.test(shownQuantity)) return null;
  const cell = (index: number) => (index >= 0 ? cells[index] : undefined);
  const activation = cell(columns.activation);
  const billing = cell(columns.billing);
  const price = cell(columns.price);
  // Within what an order message carries (200 lines; 300 characters a name, 40 a date or cycle).
  return {
    name: clip(name, 300),
    quantity: Number(shownQuantity.replace(/\D/g, '')),
    // The activation date as the portal writes it (dd/mm/yyyy in the guide): kept as text.
    ...(activation ? { activationDate: clip(activation, 40) } : {}),
    ...(billing ? { billingCycle: clip(billing, 40) } : {}),
    ...(price && AMOUNT.test(price) ? { price: clip(price, 40) } : {}),
  };
}

/** Whether an element is the table's header: a subscription (or product) column and a quantity one. */
function isHeader(row: Element): boolean {
  const columns = columnsOf(row);
  return columns.name >= 0 && columns.quantity >= 0 && columns.name !== columns.quantity;
}

/** A real table or an ARIA one: its rows, the header first. */
function fromTables(root: Element): OrderedSubscription[] | null {
  for (const table of root.querySelectorAll('table, [role="table"], [role="grid"]')) {
    const rows = [...table.querySelectorAll('tr, [role="row"]')];
    const headerIndex = rows.findIndex(isHeader);
    const header = rows[headerIndex];
    if (!header) continue;
    const columns = columnsOf(header);
    return rows
      .slice(headerIndex + 1, headerIndex + 1 + MAX_LINES)
      .flatMap((row) => lineOf(row, columns) ?? []);
  }
  return null;
}

/**
 * A table drawn with plain elements (a CSS grid, no table or ARIA roles): a header element whose
 * children name the columns, and the rows after it (its siblings, or the next box's children)
 * with as many children.
 */
function fromPlainGrid(root: Element): OrderedSubscription[] | null {
  for (const header of root.querySelectorAll('div, ul, ol, section')) {
    if (header.children.length < 2 || header.matches(CELL) || !isHeader(header)) continue;
    // The header's children must each be one column, not whole blocks holding the words.
    if ([...header.children].some((child) => child.children.length > 3)) continue;
    const columns = columnsOf(header);
    const width = header.children.length;
    const siblings = [...(header.parentElement?.children ?? [])].filter(
      (el) => header.compareDocumentPosition(el) & 4,
    );
    const next = header.nextElementSibling;
    const rows =
      siblings.some((el) => el.children.length === width) || !next
        ? siblings
        : [...next.children, ...siblings.slice(1)];
    const lines = rows
      .filter((row) => row.children.length === width)
      .slice(0, MAX_LINES)
      .flatMap((row) => lineOf(row, columns) ?? []);
    if (lines.length > 0) return lines;
  }
  return null;
}

const CARD_LINE =
  /^(?<name>.+?)\s+(?:quantity|qty)\s*:?\s*(?<quantity>\d+)(?:.*?\bactivation date\s*:?\s*(?<activation>\d{1,2}\/\d{1,2}\/\d{2,4}))?(?:.*?\bbilling cycle\s*:?\s*(?<billing>[a-z]+))?/i;

/** One card or list item a subscription: "Office 365 E3 · Quantity: 3 · Activation Date: 26/10/2023 · Billing Cycle: Month". */
function fromCards(root: Element): OrderedSubscription[] {
  const lines: OrderedSubscription[] = [];
  for (const card of root.querySelectorAll('li, article, [role="listitem"], [role="article"], dl')) {
    // The innermost: a list of cards inside a card is read once.
    if (card.querySelector('li, article, [role="listitem"], [role="article"], dl')) continue;
    const match = text(card).match(CARD_LINE)?.groups;
    if (!match?.name || !match.quantity) continue;
    lines.push({
      name: clip(match.name.replace(/^(subscription|product)\s*:?\s*/i, ''), 300),
      quantity: Number(match.quantity),
      ...(match.activation ? { activationDate: match.activation } : {}),
      ...(match.billing ? { billingCycle: clip(match.billing, 40) } : {}),
    });
    if (lines.length >= MAX_LINES) break;
  }
  return lines;
}

/**
 * The confirmation screen's subscriptions (Subscriptions / Quantity / Activation Date / Billing
 * Cycle, and a price when a column shows one), however the table is drawn: a table, an ARIA
 * table, a grid of plain elements, or one card a subscription.
 */
export function readSubscriptions(region: Region): OrderedSubscription[] {
  return fromTables(region.root) ?? fromPlainGrid(region.root) ?? fromCards(region.root);
}
