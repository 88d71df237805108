// Fields nobody asked the assistant about (a search box in the header, a promo code, "How did
// you hear about us?", a newsletter checkbox), and the form's blocks in another order.

import { ADDED, type Change } from './change';
import { controlsIn, FIELD, fieldControls, freshId, hashClass, isShown, make, wordsOf } from './dom';
import { formRoot } from './labels';
import type { Rng } from './rng';

const fieldsIn = controlsIn;

/** Where the form's fields are (or, on a screen without one, its main content). */
const formArea = (doc: Document): Element =>
  formRoot(doc) ?? doc.querySelector('main, [role="main"], #content, #main') ?? doc.body;

/** Puts a new labelled field after a field of the form: a new row in a layout table, else a block. */
function insertField(doc: Document, rng: Rng, label: string, control: string): boolean {
  const area = formArea(doc);
  const near = fieldControls(doc).filter((c) => area.contains(c));
  const id = freshId(doc, rng);
  const field = make(doc, control);
  field.id = id;
  field.setAttribute(ADDED, '');
  const words = make(doc, `<label for="${id}">${label}</label>`);
  const anchor = near.length > 0 ? rng.pick(near) : null;
  const row = anchor?.closest('tr');
  if (anchor && row && area.contains(row)) {
    const cells = [doc.createElement('td'), doc.createElement('td')];
    cells[0]?.append(words);
    cells[1]?.append(field);
    const tr = doc.createElement('tr');
    tr.append(...cells);
    row.after(tr);
    return true;
  }
  const block = make(doc, `<div class="${hashClass(rng)}"></div>`);
  block.append(words, ' ', field);
  let box: Element | null = anchor;
  while (box?.parentElement && box.parentElement !== area && fieldsIn(box.parentElement) === 1)
    box = box.parentElement;
  if (box && !box.matches('td, th, li, dd')) box.after(block);
  else area.append(block);
  return true;
}

/** The page's header (not a dialog's title bar), shown if one is; else the first one. */
function pageHeader(doc: Document): Element | null {
  const headers = [
    ...doc.body.querySelectorAll('header, [role="banner"], .navbar, nav, md-toolbar, mat-toolbar, table.hdr'),
  ].filter((h) => !h.closest('dialog, [role="dialog"], [aria-modal="true"], md-dialog'));
  return headers.find(isShown) ?? headers[0] ?? null;
}

function headerSearch(doc: Document, rng: Rng): boolean {
  const header = pageHeader(doc);
  const box = make(
    doc,
    `<div class="${hashClass(rng)}" role="search"><input type="search" name="q" placeholder="${rng.pick(['Search', 'Search…', 'Search the site'])}" aria-label="Search"></div>`,
  );
  box.querySelector('input')?.setAttribute(ADDED, '');
  if (header) header.append(box);
  else doc.body.prepend(box);
  return true;
}

const promoCode = (doc: Document, rng: Rng) =>
  insertField(
    doc,
    rng,
    rng.pick(['Promo code', 'Promotion code', 'Coupon code']),
    '<input type="text" name="promo">',
  );

const hearAbout = (doc: Document, rng: Rng) =>
  insertField(
    doc,
    rng,
    'How did you hear about us?',
    '<select name="source"><option value="">Please choose</option><option>Search engine</option><option>Friend or colleague</option><option>Advertisement</option><option>Other</option></select>',
  );

const newsletter = (doc: Document, rng: Rng) => {
  const area = formArea(doc);
  const id = freshId(doc, rng);
  const text = rng.pick([
    'Send me news and offers',
    'Subscribe to our newsletter',
    'Keep me updated with news and special offers',
  ]);
  const block = make(
    doc,
    rng.chance(0.5)
      ? `<div class="${hashClass(rng)}"><input type="checkbox" id="${id}" name="newsletter" ${ADDED}><label for="${id}">${text}</label></div>`
      : `<div class="${hashClass(rng)}"><label><input type="checkbox" name="newsletter" ${ADDED}> ${text}</label></div>`,
  );
  area.append(block);
  return true;
};

/**
 * Containers whose element children are the form's blocks: two or more hold fields, and no child
 * without a field shows words (a heading or text beside the blocks would be left behind).
 */
function blockContainers(doc: Document): { container: Element; blocks: Element[] }[] {
  const area = formArea(doc);
  const out: { container: Element; blocks: Element[] }[] = [];
  for (const container of [area, ...area.querySelectorAll('*')]) {
    if (container.matches(`${FIELD}, table, thead, tfoot, tr, label, select, p, h1, h2, h3, h4, h5, h6`))
      continue;
    if ([...container.childNodes].some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''))) continue;
    const children = [...container.children];
    const blocks = children.filter((c) => fieldsIn(c) > 0);
    if (blocks.length < 2) continue;
    if (
      children.some(
        (c) =>
          fieldsIn(c) === 0 &&
          !c.matches('button, [role="button"], hr, script, style') &&
          /\w/.test(wordsOf(c)) &&
          isShown(c),
      )
    )
      continue;
    out.push({ container, blocks });
  }
  return out;
}

function reorder(blocks: Element[], order: Element[]): void {
  const marks = blocks.map((block) => {
    const mark = block.ownerDocument.createComment('');
    block.replaceWith(mark);
    return mark;
  });
  marks.forEach((mark, i) => {
    mark.replaceWith(order[i] as Element);
  });
}

function reorderSections(doc: Document, rng: Rng): boolean {
  const sections = blockContainers(doc).filter(({ blocks }) => blocks.some((b) => fieldsIn(b) > 1));
  if (sections.length === 0) return false;
  const { blocks } = rng.pick(sections);
  const i = rng.int(blocks.length);
  const j = (i + 1 + rng.int(blocks.length - 1)) % blocks.length;
  const order = [...blocks];
  [order[i], order[j]] = [order[j] as Element, order[i] as Element];
  reorder(blocks, order);
  return true;
}

function reorderRows(doc: Document): boolean {
  const rows = blockContainers(doc).filter(({ blocks }) => blocks.every((b) => fieldsIn(b) === 1));
  for (const { blocks } of rows) reorder(blocks, [...blocks].reverse());
  return rows.length > 0;
}

export const EXTRA_CHANGES: Change[] = [
  { name: 'extra-search', what: 'a search box in the header', apply: headerSearch },
  { name: 'extra-promo', what: 'a "Promo code" field in the form', apply: promoCode },
  { name: 'extra-hear-about', what: 'a "How did you hear about us?" select in the form', apply: hearAbout },
  { name: 'extra-newsletter', what: 'a "Send me news and offers" checkbox in the form', apply: newsletter },
  { name: 'reorder-sections', what: 'two blocks of the form swapped', apply: reorderSections },
  { name: 'reorder-row', what: 'the fields of a row in reverse order', apply: (doc) => reorderRows(doc) },
];
