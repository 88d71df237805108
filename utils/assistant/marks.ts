import { currentValue, sameValue } from '../page/fill';
import type { Assessment, FieldReport } from './assess';

const MARKS = ['data-lca-field', 'data-lca-state', 'data-lca-license'] as const;
const STYLE_ID = 'leader-csp-assistant-highlights';

// Outlines drawn by the page's own CSS engine from our attributes: nothing of the page is restyled,
// and the portal's frameworks ignore attributes they did not set.
const HIGHLIGHTS = `
[data-lca-state="missing"] { outline: 2px dashed #c5221f !important; outline-offset: 2px !important; }
[data-lca-state="filled"] { outline: 2px solid #188038 !important; outline-offset: 2px !important; }
[data-lca-state="needs-look"] { outline: 2px solid #e37400 !important; outline-offset: 2px !important; }
[data-lca-license] { outline: 3px solid #0b5cab !important; outline-offset: 3px !important; }
[data-lca-highlight] { outline: 3px solid #0b5cab !important; box-shadow: 0 0 0 6px rgb(11 92 171 / 25%) !important; }
`;

/**
 * What a field's mark says: only what the assistant did and what the step asks, never whether the
 * page's value is the stored one (a page script could type guesses at the client's domain prefix
 * and read the mark). `filled`: the assistant typed what the box still shows (the page saw it
 * typed); `missing`: empty and the step needs it; `needs-look`: a value the assistant did not type,
 * in a box it fills. Whether that value is right shows in the panel only.
 */
export function markState(field: FieldReport, typed: string | boolean | undefined): string | null {
  if (typed !== undefined && sameValue(field.element, typed)) return 'filled';
  const current = currentValue(field.element);
  if (current === '' || current === false) return field.spec.required ? 'missing' : null;
  return field.spec.value ? 'needs-look' : null;
}

/**
 * The page contract's attributes on what was found, and the outline on the button to press next.
 * It remembers what it marked, so it takes marks off inside web components' shadow roots too
 * (a document query does not reach them), and puts the outlines' styles in each such root.
 */
export class PageMarks {
  private marked = new Set<Element>();
  private highlighted: Element | null = null;
  private readonly styled = new WeakSet<Document | ShadowRoot>();
  /** What the assistant's fill left in each box it typed into. */
  private readonly typedValues = new WeakMap<Element, string | boolean>();

  constructor(private readonly doc: Document) {
    this.style(doc);
    // Marks an earlier copy of the assistant left (the extension was updated or reloaded).
    for (const element of doc.querySelectorAll(MARKS.map((m) => `[${m}]`).join(',')))
      for (const mark of MARKS) element.removeAttribute(mark);
  }

  apply(assessment: Assessment): void {
    const wanted = new Map<Element, Record<string, string>>();
    const set = (element: Element, name: string, value: string) => {
      const attrs = wanted.get(element) ?? {};
      attrs[name] = value;
      wanted.set(element, attrs);
    };
    for (const field of assessment.fields) {
      set(field.element, 'data-lca-field', field.key);
      const state = markState(field, this.typedValues.get(field.element));
      if (state) set(field.element, 'data-lca-state', state);
    }
    for (const product of assessment.products) set(product.element, 'data-lca-license', product.licence);

    for (const element of this.marked) {
      const attrs = wanted.get(element) ?? {};
      for (const mark of MARKS)
        if (!(mark in attrs) && element.hasAttribute(mark)) element.removeAttribute(mark);
    }
    for (const [element, attrs] of wanted) {
      this.style(element.getRootNode());
      for (const [name, value] of Object.entries(attrs))
        if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    this.marked = new Set(wanted.keys());
  }

  /** The assistant typed into these boxes: what they show now is what it typed. */
  typed(elements: Iterable<Element>): void {
    for (const element of elements)
      this.typedValues.set(element, currentValue(element as Parameters<typeof currentValue>[0]));
  }

  /** Outlines the one button the person should press next (never pressed by us). */
  highlight(button: Element | null): void {
    if (this.highlighted === button) return;
    this.highlighted?.removeAttribute('data-lca-highlight');
    this.highlighted = button;
    if (button) {
      this.style(button.getRootNode());
      button.setAttribute('data-lca-highlight', '');
    }
  }

  private style(root: Node): void {
    if (!(root instanceof Document || root instanceof ShadowRoot) || this.styled.has(root)) return;
    this.styled.add(root);
    if (root instanceof Document && root.getElementById(STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHTS;
    if (root instanceof Document) (root.head ?? root.documentElement).append(style);
    else root.append(style);
  }
}
