// Where a text change goes: the labels of the fields a person sees, the headings, the buttons,
// and the sentences a technician reads (all found before anything is changed).

import { BUTTON, deepAll, FIELD, fieldControls, HEADING, isShown, rootsOf, textNodesIn } from './dom';
import { type LabelRef, labelOf } from './labels';

export interface Labelled {
  control: HTMLElement;
  label: LabelRef;
}

/** Every field a person sees with the words that label it (each label once). */
export function labelledFields(doc: Document): Labelled[] {
  const out: Labelled[] = [];
  const seen = new Set<Node>();
  for (const control of fieldControls(doc)) {
    const label = labelOf(control);
    const key = label?.element ?? label?.nodes[0];
    if (!label || !key || seen.has(key)) continue;
    seen.add(key);
    out.push({ control, label });
  }
  return out;
}

export const headingsShown = (doc: Document): HTMLElement[] => deepAll(doc, HEADING).filter(isShown);

export const buttonsShown = (doc: Document): HTMLElement[] =>
  deepAll(doc, BUTTON).filter((b) => isShown(b) && !b.matches(FIELD));

/** Text nodes of the whole page a person sees (in web components too). */
export function shownTextNodes(doc: Document): Text[] {
  const shown = new Map<Element, boolean>();
  const isShownCached = (el: Element) => {
    let answer = shown.get(el);
    if (answer === undefined) {
      answer = isShown(el);
      shown.set(el, answer);
    }
    return answer;
  };
  const roots: Node[] = rootsOf(doc).map((root) => (root === doc ? doc.body : root));
  const nodes = roots.flatMap((root) => textNodesIn(root));
  return [...new Set(nodes)].filter((node) => node.parentElement && isShownCached(node.parentElement));
}

/**
 * The sentences a technician reads on the screen (a paragraph's words, a dialog's instructions):
 * text nodes of 25 characters or more outside headings, buttons and labels.
 */
export function sentences(doc: Document): Text[] {
  return shownTextNodes(doc).filter(
    (node) =>
      (node.nodeValue ?? '').trim().length >= 25 &&
      !node.parentElement?.closest(`${HEADING}, ${BUTTON}, label, a`),
  );
}

/** The text nodes of labels, headings and buttons (and, with `withSentences`, the sentences). */
export function wordsToChange(doc: Document, withSentences: boolean): Text[] {
  const nodes = [
    ...labelledFields(doc).flatMap((f) => f.label.nodes),
    ...headingsShown(doc).flatMap((h) => textNodesIn(h)),
    ...buttonsShown(doc).flatMap((b) => textNodesIn(b)),
    ...(withSentences ? sentences(doc) : []),
  ];
  return [...new Set(nodes)];
}
