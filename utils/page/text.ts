/**
 * Text of a node as a person reads it, skipping form controls' own text (a select's options). In
 * a web component, a <slot> shows what the page put in it (else its own fallback text).
 */
export function readableText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (!(node instanceof Element)) return '';
  if (node.matches('select, textarea, input, script, style, template, [aria-hidden="true"]')) return '';
  const assigned = node.tagName === 'SLOT' ? (node as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
  let out = '';
  for (const child of assigned.length > 0 ? assigned : node.childNodes) out += ` ${readableText(child)}`;
  return out;
}

/** An element's own text, or, when it has none of its own (a web component's button), its slots'. */
export function shownText(element: Element): string {
  const own = element.textContent ?? '';
  return /\S/.test(own) || !element.querySelector('slot') ? own : readableText(element);
}
