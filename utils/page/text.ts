/** Text of a node as a person reads it, skipping form controls' own text (a select's options). */
export function readableText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (!(node instanceof Element)) return '';
  if (node.matches('select, textarea, input, script, style, template, [aria-hidden="true"]')) return '';
  let out = '';
  for (const child of node.childNodes) out += ` ${readableText(child)}`;
  return out;
}
