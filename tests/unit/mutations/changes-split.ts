// Text split by inline elements or <wbr>, in labels, headings, buttons and the sentences a
// technician reads: a person still reads the same words.

import type { Change } from './change';
import { hashClass } from './dom';
import type { Rng } from './rng';
import { wordsToChange } from './targets';

/** Splits a text node inside one of its longer words: "Comp<span>any</span> Name". */
function splitWord(node: Text, rng: Rng, insert: (doc: Document, tail: string) => Node[]): boolean {
  const text = node.nodeValue ?? '';
  const words = [...text.matchAll(/[A-Za-z]{5,}/g)];
  if (words.length === 0) return false;
  const word = rng.pick(words);
  const at = (word.index ?? 0) + 2 + rng.int(word[0].length - 3);
  const end = (word.index ?? 0) + word[0].length;
  const rest = node.splitText(at);
  const after = rest.splitText(end - at);
  rest.replaceWith(...insert(node.ownerDocument, rest.nodeValue ?? ''));
  return after !== null;
}

const splitTargets = (doc: Document, rng: Rng) => rng.some(wordsToChange(doc, true), 0.4);

function splitInlineWord(doc: Document, rng: Rng): boolean {
  let changed = false;
  for (const node of splitTargets(doc, rng))
    changed =
      splitWord(node, rng, (d, tail) => {
        const span = d.createElement(rng.pick(['span', 'span', 'strong', 'mark']));
        if (rng.chance(0.5)) span.className = hashClass(rng);
        span.textContent = tail;
        return [span];
      }) || changed;
  return changed;
}

function splitWbr(doc: Document, rng: Rng): boolean {
  let changed = false;
  for (const node of splitTargets(doc, rng))
    changed = splitWord(node, rng, (d, tail) => [d.createElement('wbr'), d.createTextNode(tail)]) || changed;
  return changed;
}

/** Wraps a phrase of one to three words in an inline element, the spaces around it kept. */
function splitInlinePhrase(doc: Document, rng: Rng): boolean {
  let changed = false;
  for (const node of splitTargets(doc, rng)) {
    const words = [...(node.nodeValue ?? '').matchAll(/\S+/g)];
    if (words.length < 2) continue;
    const from = rng.int(words.length);
    const to = Math.min(words.length - 1, from + rng.int(3));
    const start = words[from]?.index ?? 0;
    const end = (words[to]?.index ?? 0) + (words[to]?.[0].length ?? 0);
    const middle = node.splitText(start);
    middle.splitText(end - start);
    const wrapper = doc.createElement(rng.pick(['strong', 'em', 'span', 'b']));
    middle.replaceWith(wrapper);
    wrapper.append(middle);
    changed = true;
  }
  return changed;
}

export const SPLIT_CHANGES: Change[] = [
  {
    name: 'split-word',
    what: 'a word split by an inline element (Comp<span>any</span>)',
    apply: splitInlineWord,
  },
  { name: 'split-phrase', what: 'a phrase in <strong>/<em>/<span>', apply: splitInlinePhrase },
  { name: 'split-wbr', what: 'a <wbr> inside a long word', apply: splitWbr },
];
