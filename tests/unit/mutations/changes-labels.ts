// Changes of where a field's label is: after the box, only in its placeholder, aria-label or
// title, in the table cell to its left or above; and wrappers added around fields and labels.

import type { Change } from './change';
import { cleanLabel, controlsIn, hashClass, isCheckable, make } from './dom';
import { type LabelRef, labelOf, removeLabel } from './labels';
import type { Rng } from './rng';
import { type Labelled, labelledFields } from './targets';

const fieldsIn = controlsIn;
const STOP = 'form, body, fieldset, td, th, li, dd, dt, label, table, tbody, tr, [role="dialog"], dialog';

/** The box around a control that holds no other field and not the label: what moves with it. */
function boxOf(control: Element, label: LabelRef | null): Element {
  let box: Element = control;
  for (let up = box.parentElement; up && !up.matches(STOP) && fieldsIn(up) === 1; up = up.parentElement) {
    if ((label?.element && up.contains(label.element)) || label?.nodes.some((n) => up.contains(n))) break;
    box = up;
  }
  return box;
}

/** Takes the label off the screen and forgets every reference to it the control had. */
function dropLabel(control: Element, label: LabelRef): void {
  const id = label.element?.id;
  removeLabel(label);
  if (id) {
    const left = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter((t) => t && t !== id);
    if (left.length > 0) control.setAttribute('aria-labelledby', left.join(' '));
    else control.removeAttribute('aria-labelledby');
  }
  // A second label element the control still has (a floating label and a legend, say) goes too.
  const next = labelOf(control);
  if (next && ['for', 'wrap', 'labelledby', 'sibling'].includes(next.kind)) dropLabel(control, next);
}

function labelAfter(doc: Document, rng: Rng): boolean {
  const fields = labelledFields(doc).filter(({ control, label }) => {
    if (label.kind === 'wrap') return label.nodes.some((n) => n.compareDocumentPosition(control) & 4);
    return (
      ['for', 'labelledby', 'sibling'].includes(label.kind) &&
      label.element !== null &&
      fieldsIn(label.element) === 0 &&
      (label.element.compareDocumentPosition(control) & 4) !== 0
    );
  });
  for (const { control, label } of rng.some(fields)) {
    if (label.kind === 'wrap') {
      const before = label.nodes.filter((n) => n.compareDocumentPosition(control) & 4);
      control.after(' ', ...before);
    } else if (label.element) boxOf(control, label).after(label.element);
  }
  return fields.length > 0;
}

function labelInto(doc: Document, rng: Rng, attribute: 'placeholder' | 'aria-label' | 'title'): boolean {
  // A checkbox's or radio's words are what it asks: without them a person could not tell what it is.
  const fields = labelledFields(doc).filter(
    ({ control }) =>
      !isCheckable(control) &&
      !control.matches('[role="checkbox"], [role="switch"]') &&
      (attribute !== 'placeholder' || control.tagName === 'TEXTAREA' || control.tagName === 'INPUT'),
  );
  for (const { control, label } of rng.some(fields)) {
    dropLabel(control, label);
    control.setAttribute(attribute, cleanLabel(label.text));
  }
  return fields.length > 0;
}

/** The field's row as a layout table: its label's words in the cell to the left of (or above) the box. */
function labelInCell(doc: Document, rng: Rng, where: 'left' | 'above'): boolean {
  const fields = labelledFields(doc).filter(({ label }) => label.kind !== 'cell-left');
  for (const { control, label } of rng.some(fields)) {
    const box = boxOf(control, label);
    const table = make<HTMLTableElement>(doc, `<table class="${hashClass(rng)}"><tbody></tbody></table>`);
    const head = doc.createElement(where === 'above' && rng.chance(0.5) ? 'th' : 'td');
    head.textContent = label.text;
    const cell = doc.createElement('td');
    dropLabel(control, label);
    box.replaceWith(table);
    cell.append(box);
    const body = table.tBodies[0] as HTMLTableSectionElement;
    if (where === 'left') body.append(rowOf(doc, head, cell));
    else body.append(rowOf(doc, head), rowOf(doc, cell));
  }
  return fields.length > 0;
}

function rowOf(doc: Document, ...cells: Element[]): HTMLTableRowElement {
  const row = doc.createElement('tr');
  row.append(...cells);
  return row;
}

const wrap = (doc: Document, el: Element, rng: Rng): Element => {
  const div = doc.createElement('div');
  if (rng.chance(0.6)) div.className = hashClass(rng);
  el.replaceWith(div);
  div.append(el);
  return div;
};

/** One or two <div>s around each control, its label, and the box holding both. */
function wrapDivs(doc: Document, rng: Rng): boolean {
  const fields: Labelled[] = labelledFields(doc);
  for (const { control, label } of rng.some(fields, 0.7)) {
    let inner: Element = control;
    for (let i = rng.int(2); i >= 0; i--) inner = wrap(doc, inner, rng);
    if (label.element && !label.element.matches('td, th, dt, dd, legend, li') && rng.chance(0.5))
      wrap(doc, label.element, rng);
    const box = boxOf(control, null);
    if (box !== inner && !box.matches('td, th, li, dd, tr') && rng.chance(0.5)) wrap(doc, box, rng);
  }
  return fields.length > 0;
}

export const LABEL_CHANGES: Change[] = [
  { name: 'label-after', what: 'a field’s label moved after its box', apply: labelAfter },
  {
    name: 'label-placeholder',
    what: 'a label only as the box’s placeholder',
    apply: (doc, rng) => labelInto(doc, rng, 'placeholder'),
  },
  {
    name: 'label-aria',
    what: 'a label only as aria-label',
    apply: (doc, rng) => labelInto(doc, rng, 'aria-label'),
  },
  { name: 'label-title', what: 'a label only as title', apply: (doc, rng) => labelInto(doc, rng, 'title') },
  {
    name: 'label-cell-left',
    what: 'the field row as a table, its label in the cell to the left',
    apply: (doc, rng) => labelInCell(doc, rng, 'left'),
  },
  {
    name: 'label-cell-above',
    what: 'the field as a table, its label in the cell above',
    apply: (doc, rng) => labelInCell(doc, rng, 'above'),
  },
  { name: 'wrap-divs', what: 'extra <div>s around fields, labels and their boxes', apply: wrapDivs },
];
