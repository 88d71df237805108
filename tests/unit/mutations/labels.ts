// The words a person reads as a field's label, found where people put them: a <label for>, a
// wrapping <label>, aria-labelledby, a label in the field's own box, the words after a checkbox,
// the cell to the left, a <dt>, a single field's legend, the words just before it; and "the form",
// the part of the screen that holds the step's fields with their labels.

import {
  BUTTON,
  controlsIn,
  deepAll,
  fieldControls,
  INERT,
  inDocument,
  isCheckable,
  isShown,
  lowestCommonAncestor,
  type Root,
  textNodesIn,
  wordsOf,
} from './dom';

export interface LabelRef {
  kind: 'for' | 'wrap' | 'labelledby' | 'sibling' | 'after' | 'cell-left' | 'dt' | 'legend' | 'before';
  /** The element that holds the words, when they have one of their own. */
  element: Element | null;
  /** The words' text nodes. */
  nodes: Text[];
  text: string;
}

const scopeOf = (el: Element): Root => el.getRootNode() as Root;
const byId = (el: Element, id: string) => (id ? scopeOf(el).querySelector(`#${CSS.escape(id)}`) : null);
const fieldsIn = controlsIn;
const hasWords = (node: Node) => /\w/.test(wordsOf(node));

function ref(kind: LabelRef['kind'], element: Element | null, nodes: Text[]): LabelRef | null {
  const text = wordsOf(nodes);
  return text && /\w/.test(text) ? { kind, element, nodes, text } : null;
}

/** The nearest words before or after the control among its siblings (and its wrappers' while alone). */
function besideText(control: Element, direction: 'before' | 'after'): Text[] | null {
  let node: Element = control;
  for (let depth = 0; depth < 3; depth++) {
    for (
      let s = direction === 'after' ? node.nextSibling : node.previousSibling;
      s;
      s = direction === 'after' ? s.nextSibling : s.previousSibling
    ) {
      if (s.nodeType === 1 && fieldsIn(s as Element) > 0) return null;
      if (s.nodeType === 1 && (s as Element).matches(`${BUTTON}, [aria-hidden="true"], ${INERT}`)) continue;
      if (hasWords(s)) return s.nodeType === 3 ? [s as Text] : textNodesIn(s);
    }
    const parent = node.parentElement;
    if (!parent || fieldsIn(parent) > 1 || parent.matches('form, body, td, th, li, dd')) return null;
    node = parent;
  }
  return null;
}

/** The words a person reads as this control's label, and where they are; null when it has none. */
export function labelOf(control: Element): LabelRef | null {
  const scope = scopeOf(control);
  if (control.id) {
    const label = scope.querySelector(`label[for="${CSS.escape(control.id)}"]`);
    if (label && !label.contains(control) && isShown(label)) {
      const found = ref('for', label, textNodesIn(label));
      if (found) return found;
    }
  }
  const wrapping = control.closest('label');
  if (wrapping) {
    const found = ref('wrap', null, textNodesIn(wrapping));
    if (found) return found;
  }
  for (const id of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const target = byId(control, id);
    if (target && !target.contains(control) && !control.contains(target) && isShown(target)) {
      const found = ref('labelledby', target, textNodesIn(target));
      if (found) return found;
    }
  }
  let box = control.parentElement;
  for (let depth = 0; box && depth < 3 && fieldsIn(box) === 1; depth++, box = box.parentElement) {
    const label = [...box.querySelectorAll('label, mat-label')].find(
      (l) => !l.contains(control) && !(l as HTMLLabelElement).htmlFor && isShown(l),
    );
    const found = label && ref('sibling', label, textNodesIn(label));
    if (found) return found;
  }
  if (isCheckable(control)) {
    const after = besideText(control, 'after');
    const found = after && ref('after', holderOf(after), after);
    if (found) return found;
  }
  const cell = control.closest('td, th');
  if (cell && fieldsIn(cell) === 1)
    for (let left = cell.previousElementSibling; left; left = left.previousElementSibling) {
      if (fieldsIn(left) > 0) break;
      const found = ref('cell-left', left, textNodesIn(left));
      if (found) return found;
    }
  const dd = control.closest('dd');
  const dt = dd?.previousElementSibling;
  if (dt?.tagName === 'DT') {
    const found = ref('dt', dt, textNodesIn(dt));
    if (found) return found;
  }
  const fieldset = control.closest('fieldset');
  const legend = fieldset && fieldsIn(fieldset) === 1 ? fieldset.querySelector(':scope > legend') : null;
  if (legend && isShown(legend)) {
    const found = ref('legend', legend, textNodesIn(legend));
    if (found) return found;
  }
  const before = besideText(control, 'before');
  return before ? ref('before', holderOf(before), before) : null;
}

/** The element holding exactly these text nodes and nothing else with words, if any. */
function holderOf(nodes: Text[]): Element | null {
  const parent = nodes[0]?.parentElement;
  if (!parent || nodes.some((n) => !parent.contains(n)) || fieldsIn(parent) > 0) return null;
  return textNodesIn(parent).length === nodes.length ? parent : null;
}

/** Takes a label off the screen: its element (a cell or term is emptied instead), or its words. */
export function removeLabel(label: LabelRef): void {
  const el = label.element;
  if (el && !el.matches('td, th, dt') && fieldsIn(el) === 0) {
    el.remove();
    return;
  }
  if (el) for (const child of [...el.childNodes]) child.remove();
  else for (const node of label.nodes) node.remove();
}

const BLOCK =
  'form, fieldset, section, article, dialog, [role="dialog"], [role="form"], md-card, mat-card, .card, .MuiPaper-root, md-dialog';

/**
 * "The form": the smallest element holding the step's fields and their labels (every control the
 * page marks data-expect; on a page of no step, every field a person sees outside the header),
 * widened to the form, card or section around it when that holds no other field. Null when the
 * page has no field, or the fields are the whole page.
 */
export function formRoot(doc: Document): Element | null {
  const expected = deepAll(doc, '[data-expect]');
  const controls = (
    expected.length > 0
      ? expected
      : fieldControls(doc).filter((c) => !c.closest('header, nav, [role="banner"], [role="navigation"]'))
  ).map(inDocument);
  if (controls.length === 0) return null;
  const parts: Element[] = [...controls];
  for (const control of controls) {
    const label = labelOf(control);
    if (label?.element && label.element.getRootNode() === doc) parts.push(label.element);
  }
  let root = lowestCommonAncestor(parts);
  if (root && controls.includes(root)) root = root.parentElement;
  if (!root) return null;
  const block = root.closest(BLOCK);
  if (block && fieldsIn(block) === fieldsIn(root) && !block.matches('body')) root = block;
  return root === doc.body || root === doc.documentElement ? null : root;
}

/** Whether a control is one the person must fill (`required`, `aria-required`, or a `*` in its label). */
export function isRequired(control: Element, label: LabelRef | null): boolean {
  return (
    control.hasAttribute('required') ||
    control.getAttribute('aria-required') === 'true' ||
    /[*•†]|\(required\)/i.test(label?.text ?? '')
  );
}
