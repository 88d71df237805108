import { words } from '../words/normalise';
import { isNativeRadio, isRadio } from './controls';
import { readableText, textOfIds } from './text';

// A yes/no question answered by a radio group ("Does the customer already use Microsoft 365?"
// Yes / No): the group's question names the field, and each radio says which answer it is.

const CONTROLS =
  'input:not([type="hidden"]), select, textarea, [role="combobox"], [role="checkbox"], [role="switch"]';

/** The radios a radio belongs with: the same name in its form (native), or its radiogroup (drawn). */
export function radioGroup(radio: Element): Element[] {
  if (isNativeRadio(radio)) {
    const name = radio.getAttribute('name');
    if (!name) return [radio];
    const scope: ParentNode = radio.closest('form') ?? (radio.getRootNode() as Document | ShadowRoot);
    return [...scope.querySelectorAll('input[type="radio"]')].filter((r) => r.getAttribute('name') === name);
  }
  const group = radio.closest('[role="radiogroup"]');
  return group ? [...group.querySelectorAll('[role="radio"]')] : [radio];
}

/** The smallest element holding every radio of the group. */
function groupBox(group: readonly Element[]): Element | null {
  const first = group[0];
  let box = first?.parentElement ?? null;
  while (box && !group.every((radio) => box?.contains(radio))) box = box.parentElement;
  return box;
}

/**
 * The question a radio group answers: its radiogroup's or fieldset's name, else the text just
 * before the box holding the radios (a label-like line above them).
 */
export function groupQuestion(radio: Element): string | null {
  if (!isRadio(radio)) return null;
  const group = radioGroup(radio);
  if (group.length < 2) return null;
  const box = groupBox(group);
  if (!box) return null;
  const named = box.closest('[role="radiogroup"], fieldset');
  if (named && [...named.querySelectorAll(CONTROLS)].every((c) => group.includes(c) || !isShown(c))) {
    const legend = named.tagName === 'FIELDSET' ? named.querySelector(':scope > legend') : null;
    const own =
      textOfIds(named, 'aria-labelledby') ||
      named.getAttribute('aria-label') ||
      (legend ? readableText(legend) : '');
    if (own.trim()) return own;
  }
  // Text before the radios inside their box, then the box's siblings before it.
  for (let node: Element | null = box, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling instanceof Element && (sibling.matches(CONTROLS) || sibling.querySelector(CONTROLS)))
        return null;
      const text = readableText(sibling).trim();
      if (text && words(text).length > 0) return text;
    }
    const parent = node.parentElement;
    if (
      !parent ||
      parent.matches('form, body') ||
      [...parent.querySelectorAll(CONTROLS)].some((c) => !group.includes(c))
    )
      return null;
  }
  return null;
}

// The hidden radio of a drawn group still answers; hidden others do not count against the group.
const isShown = (element: Element) => !element.closest('[hidden], [aria-hidden="true"]');

const YES = new Set(['yes', 'y', 'true', 'already', 'existing']);
const NO = new Set(['no', 'n', 'false', 'not', 'none', 'new']);

/** Which answer a radio's own words give: yes, no, or neither (a choice among values). */
export function answerOf(ownWords: string): boolean | null {
  const first = words(ownWords)[0];
  if (first === undefined) return null;
  if (YES.has(first)) return true;
  if (NO.has(first)) return false;
  return null;
}
