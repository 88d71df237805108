import { normaliseLabel } from '../values/text';
import type { FormControl } from './controls';
import { readableText } from './text';

/**
 * Where a field's name came from, in the order a person (and assistive technology) trusts them.
 * Bitwarden's and Firefox's autofill keep these apart too: a right field found for the wrong
 * reason shows in the tests.
 */
export const NAME_SOURCES = [
  'taught',
  'label-for',
  'label-wrap',
  'aria-labelledby',
  'aria-label',
  'placeholder',
  'title',
  'cell-left',
  'cell-above',
  'text-before',
  'text-after',
] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

export interface ControlName {
  source: NameSource;
  /** Normalised with {@link normaliseLabel}. */
  text: string;
}

const CONTROLS = 'input:not([type="hidden"]), select, textarea';
const MAX_NAME = 120;

function push(names: ControlName[], source: NameSource, raw: string | null | undefined): void {
  const text = normaliseLabel(raw ?? '');
  if (text && text.length <= MAX_NAME && !names.some((n) => n.source === source && n.text === text))
    names.push({ source, text });
}

/** Labels by the id they name; built once per look at the page (see readPage). */
export type LabelIndex = ReadonlyMap<string, readonly HTMLLabelElement[]>;

function labelsOf(control: FormControl, index?: LabelIndex): HTMLLabelElement[] {
  const found = new Set<HTMLLabelElement>();
  if (control.id) {
    const labels =
      index?.get(control.id) ??
      (index
        ? []
        : control.ownerDocument.querySelectorAll<HTMLLabelElement>(`label[for="${CSS.escape(control.id)}"]`));
    for (const label of labels) found.add(label);
  }
  const wrapping = control.closest('label');
  if (wrapping) found.add(wrapping);
  return [...found];
}

/** The cell a control sits in, in a table or an ARIA grid. */
function cellOf(control: Element): Element | null {
  return control.closest('td, th, [role="gridcell"], [role="cell"]');
}

function cellLeft(control: Element): string | null {
  for (let cell = cellOf(control)?.previousElementSibling; cell; cell = cell.previousElementSibling) {
    if (cell.querySelector(CONTROLS)) return null;
    const text = readableText(cell).trim();
    if (text) return text;
  }
  return null;
}

function cellAbove(control: Element): string | null {
  const cell = cellOf(control);
  const row = cell?.parentElement;
  const previousRow = row?.previousElementSibling;
  if (!cell || !row || !previousRow) return null;
  const index = [...row.children].indexOf(cell);
  const above = previousRow.children[index];
  if (!above || above.querySelector(CONTROLS)) return null;
  return readableText(above).trim() || null;
}

/**
 * The nearest text before (or after) the control that no other control can claim: its preceding
 * siblings first, then its ancestors' while they hold no other control.
 */
function nearbyText(control: Element, direction: 'before' | 'after'): string | null {
  let node: Element | null = control;
  for (let depth = 0; node && depth < 4; depth++) {
    const parent: Element | null = node.parentElement;
    for (
      let sibling = direction === 'before' ? node.previousSibling : node.nextSibling;
      sibling;
      sibling = direction === 'before' ? sibling.previousSibling : sibling.nextSibling
    ) {
      if (sibling instanceof Element && (sibling.matches(CONTROLS) || sibling.querySelector(CONTROLS)))
        return null;
      if (sibling instanceof Element && sibling.matches('button, [role="button"]')) continue;
      const text = readableText(sibling).trim();
      // A lone required-marker "*" or ":" between label and box is not the name.
      if (normaliseLabel(text)) return text;
    }
    if (
      !parent ||
      parent.querySelectorAll(CONTROLS).length > 1 ||
      parent.matches('form, body, td, th, [role="gridcell"]')
    )
      return null;
    node = parent;
  }
  return null;
}

/** Every name a person could read for this control, each with its source, in precedence order. */
export function controlNames(control: FormControl, labels?: LabelIndex): ControlName[] {
  const names: ControlName[] = [];
  for (const label of labelsOf(control, labels)) {
    push(names, label.contains(control) ? 'label-wrap' : 'label-for', readableText(label));
  }
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = control.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .map((el) => (el ? readableText(el) : ''))
      .join(' ');
    push(names, 'aria-labelledby', text);
  }
  push(names, 'aria-label', control.getAttribute('aria-label'));
  push(names, 'placeholder', control.getAttribute('placeholder'));
  push(names, 'title', control.getAttribute('title'));
  push(names, 'cell-left', cellLeft(control));
  push(names, 'cell-above', cellAbove(control));
  push(names, 'text-before', nearbyText(control, 'before'));
  push(names, 'text-after', nearbyText(control, 'after'));
  return names;
}
