import { words } from '../words/normalise';
import { isInline, readableText, textOfNodes } from './text';

// Where a control's name is read around it, besides its labels and ARIA: a fieldset's legend, a
// definition's term, the table cell to the left or above, the text before or after it.

/** What counts as another control when reading around one: native boxes and drawn toggles. */
export const CONTROLS =
  'input:not([type="hidden"]), select, textarea, [role="checkbox"]:not(input), [role="switch"]:not(input), [role="radio"]:not(input)';

/** The legend of the fieldset around the control, when that fieldset holds only this field. */
export function legendOf(control: Element): string | null {
  const fieldset = control.closest('fieldset');
  const legend =
    fieldset?.querySelectorAll(CONTROLS).length === 1 ? fieldset.querySelector(':scope > legend') : null;
  return legend ? readableText(legend) : null;
}

/** The term of the definition the control sits in: `<dt>Suburb</dt><dd><input></dd>`. */
export function definitionOf(control: Element): string | null {
  const dd = control.closest('dd');
  if (!dd || dd.querySelectorAll(CONTROLS).length > 1) return null;
  for (let term = dd.previousElementSibling; term; term = term.previousElementSibling) {
    if (term.tagName === 'DT') return readableText(term);
    if (term.tagName === 'DD') return null;
  }
  return null;
}

/** The cell a control sits in, in a table or an ARIA grid. */
export function cellOf(control: Element): Element | null {
  return control.closest('td, th, [role="gridcell"], [role="cell"]');
}

export function cellLeft(control: Element): string | null {
  for (let cell = cellOf(control)?.previousElementSibling; cell; cell = cell.previousElementSibling) {
    if (cell.querySelector(CONTROLS)) return null;
    const text = readableText(cell).trim();
    if (text) return text;
  }
  return null;
}

export function cellAbove(control: Element): string | null {
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
 * The nearest text before (or after) the control that no other control can claim: its siblings
 * first, then its ancestors' while they hold no other control. A run of text and inline elements
 * is read whole ("My <span>customer</span> <strong>already</strong> …"), a block by itself.
 */
export function nearbyText(control: Element, direction: 'before' | 'after'): string | null {
  let node: Element | null = control;
  for (let depth = 0; node && depth < 4; depth++) {
    const parent: Element | null = node.parentElement;
    const run: Node[] = [];
    const runText = () => {
      const text = textOfNodes(run).trim();
      // A lone required-marker ("*", "•") or ":" between label and box is not the name.
      return words(text).length > 0 ? text : null;
    };
    for (
      let sibling = direction === 'before' ? node.previousSibling : node.nextSibling;
      sibling;
      sibling = direction === 'before' ? sibling.previousSibling : sibling.nextSibling
    ) {
      if (sibling instanceof Element && (sibling.matches(CONTROLS) || sibling.querySelector(CONTROLS)))
        return runText();
      if (sibling instanceof Element && sibling.matches('button, [role="button"]')) continue;
      if (isInline(sibling)) {
        if (direction === 'before') run.unshift(sibling);
        else run.push(sibling);
        continue;
      }
      const inRun = runText();
      if (inRun) return inRun;
      const text = readableText(sibling).trim();
      if (words(text).length > 0) return text;
    }
    const inRun = runText();
    if (inRun) return inRun;
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
