/**
 * How the words of neighbouring pieces of a text meet: a word runs on across inline elements
 * ("Comp<b>any</b>", "Org<wbr>anisation"), while a block, white space, or two inline elements side
 * by side (words spaced by CSS margins, a <span> a word) part them. `open` is a text that ended in
 * the middle of a word; `inline` an inline element; `apart` anything else.
 */
export type Run = 'open' | 'inline' | 'apart';

/** Elements that run inside a line of text. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'SPAN',
  'B',
  'I',
  'EM',
  'STRONG',
  'FONT',
  'SMALL',
  'U',
  'MARK',
  'ABBR',
  'SUP',
  'SUB',
  'CODE',
  'S',
  'Q',
  'CITE',
  'DFN',
  'KBD',
  'SAMP',
  'VAR',
  'TIME',
  'BDI',
  'BDO',
  'DATA',
  'INS',
  'DEL',
]);

/** Whether a text node's value joins what came before without a space, and the run after it. */
export function textRun(prev: Run, value: string): { join: boolean; next: Run } {
  const join = (prev === 'open' || prev === 'inline') && !/^\s/.test(value);
  return { join, next: /\s$/.test(value) ? 'apart' : 'open' };
}

/**
 * Whether an element's text joins what came before without a space, and the run after it: an
 * inline element that ends mid-word lets the text after it run on ("Sub<b>u</b>rb").
 */
export function elementRun(prev: Run, tag: string, text: string): { join: boolean; next: Run } {
  const inline = INLINE_TAGS.has(tag);
  return {
    join: inline && prev === 'open',
    next: inline && text !== '' && !/\s$/.test(text) ? 'inline' : 'apart',
  };
}

/**
 * Text of a node as a person reads it, skipping form controls' own text (a select's options). In
 * a web component, a <slot> shows what the page put in it (else its own fallback text).
 */
export function readableText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (!(node instanceof Element)) return '';
  if (node.matches('select, textarea, input, script, style, template, [aria-hidden="true"]')) return '';
  const assigned = node.tagName === 'SLOT' ? (node as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
  return textOfNodes(assigned.length > 0 ? assigned : node.childNodes);
}

/** The text of nodes side by side, read as readableText reads an element's children. */
export function textOfNodes(nodes: Iterable<Node>): string {
  let out = '';
  let run: Run = 'apart';
  for (const child of nodes) {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      if (!value) continue;
      const { join, next } = textRun(run, value);
      out += join ? value : ` ${value}`;
      run = next;
    } else if (child.nodeType === 1) {
      const tag = (child as Element).tagName;
      if (tag === 'WBR') continue;
      const text = readableText(child);
      const { join, next } = elementRun(run, tag, text);
      out += join ? text.trimStart() : ` ${text}`;
      run = next;
    }
  }
  return out;
}

/** A text node or an element that runs inside a line of text. */
export const isInline = (node: Node): boolean =>
  node.nodeType === 3 ||
  (node.nodeType === 1 &&
    (INLINE_TAGS.has((node as Element).tagName) || (node as Element).tagName === 'WBR'));

/**
 * Text of the elements an ARIA attribute points at (`aria-labelledby`, `aria-describedby`), looked
 * up in the element's own document or shadow root. `outside`: only those outside the element (a
 * dropdown names itself by its label and its own shown value, MUI's Select: the label only).
 */
export function textOfIds(element: Element, attribute: string, outside = false): string {
  const ids = element.getAttribute(attribute);
  if (!ids) return '';
  const root = element.getRootNode() as ParentNode;
  return ids
    .split(/\s+/)
    .map((id) => (id ? root.querySelector(`#${CSS.escape(id)}`) : null))
    .map((el) => (el && (!outside || (el !== element && !element.contains(el))) ? readableText(el) : ''))
    .join(' ');
}

/** An element's own text, or, when it has none of its own (a web component's button), its slots'. */
export function shownText(element: Element): string {
  const own = element.textContent ?? '';
  return /\S/.test(own) || !element.querySelector('slot') ? own : readableText(element);
}
