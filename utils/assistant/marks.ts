import type { Assessment } from './assess';

const MARKS = ['data-lca-field', 'data-lca-state', 'data-lca-license'] as const;
const STYLE_ID = 'leader-csp-assistant-highlights';

// Outlines drawn by the page's own CSS engine from our attributes: nothing of the page is restyled,
// and the portal's frameworks ignore attributes they did not set.
const HIGHLIGHTS = `
[data-lca-state="missing"] { outline: 2px dashed #c5221f !important; outline-offset: 2px !important; }
[data-lca-state="filled"] { outline: 2px solid #188038 !important; outline-offset: 2px !important; }
[data-lca-state="differs"] { outline: 2px solid #e37400 !important; outline-offset: 2px !important; }
[data-lca-license] { outline: 3px solid #0b5cab !important; outline-offset: 3px !important; }
[data-lca-highlight] { outline: 3px solid #0b5cab !important; box-shadow: 0 0 0 6px rgb(11 92 171 / 25%) !important; }
`;

export function ensureHighlightStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHTS;
  (doc.head ?? doc.documentElement).append(style);
}

/** Puts the page contract's attributes on what was found, and takes them off what no longer is. */
export function applyMarks(doc: Document, assessment: Assessment): void {
  const wanted = new Map<Element, Record<string, string>>();
  const set = (element: Element, name: string, value: string) => {
    const attrs = wanted.get(element) ?? {};
    attrs[name] = value;
    wanted.set(element, attrs);
  };
  for (const field of assessment.fields) {
    set(field.element, 'data-lca-field', field.key);
    if (field.state !== 'empty') set(field.element, 'data-lca-state', field.state);
  }
  for (const product of assessment.products) set(product.element, 'data-lca-license', product.licence);

  for (const element of doc.querySelectorAll(MARKS.map((m) => `[${m}]`).join(','))) {
    const attrs = wanted.get(element) ?? {};
    for (const mark of MARKS)
      if (!(mark in attrs) && element.hasAttribute(mark)) element.removeAttribute(mark);
  }
  for (const [element, attrs] of wanted) {
    for (const [name, value] of Object.entries(attrs))
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

/** Outlines the one button the person should press next (never pressed by us). */
export function highlightButton(doc: Document, button: Element | null): void {
  for (const element of doc.querySelectorAll('[data-lca-highlight]'))
    if (element !== button) element.removeAttribute('data-lca-highlight');
  button?.setAttribute('data-lca-highlight', '');
}
