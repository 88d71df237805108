import { DIALOG_SELECTOR } from '../page/page-view';
import { shadowRootOf } from '../page/shadow';
import { STEPS } from '../steps';
import { collapseWhitespace } from '../values/text';
import { contains, type Phrase } from '../words/match';
import { words } from '../words/normalise';
import { mayShowAny } from '../words/prefilter';
import type { NamedWindow } from './named-window';

// What can change the step or its fields. Anything else (a price ticking, a basket counter, a
// clock, a rotating offer, an animation class on a span) is ignored, so a page that mutates every
// 50 ms costs almost nothing. A change matters when it adds or removes a field or a dialog, or
// when the landmarks its text shows before and after differ ("Basket (2)" and "Basket (3)" show
// the same landmark; "Define Default Domain" appearing does not).
const STRUCTURE = `[role="combobox"], ${DIALOG_SELECTOR}, form, table, [role="grid"], [role="table"]`;
const FIELDS = 'input, select, textarea';
const STRUCTURE_OR_FIELD = `${STRUCTURE}, ${FIELDS}`;
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';
const BUTTON = 'button, [role="button"], input[type="submit"], input[type="button"]';

// What a field's names are read from besides text (see controlNames), and what makes a box a
// field, a password or a button.
const NAME_ATTRIBUTES = new Set([
  'placeholder',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'title',
  'for',
  'id',
  'name',
  'autocomplete',
  'type',
]);

export const OBSERVED_ATTRIBUTES = [
  'style',
  'class',
  'hidden',
  'aria-hidden',
  'open',
  'aria-modal',
  'role',
  // A stepper's current item is not read as text.
  'aria-current',
  ...NAME_ATTRIBUTES,
];

const landmarks = (kind: 'text' | 'heading' | 'button'): Phrase[] =>
  STEPS.flatMap((step) => step.evidence.flatMap((e) => (e.in === kind ? e.words : [])));
const TEXT = landmarks('text');
const HEADINGS = landmarks('heading');
const BUTTONS = landmarks('button');

// One test for "could this text be any landmark at all?": most changing text (prices, counters,
// clocks) is not, and needs nothing more. A raw-text test first (mayShowAny); the words only then.
const MAY_SHOW = mayShowAny([...TEXT, ...HEADINGS, ...BUTTONS]);
const FIRST_WORDS = new Set([...TEXT, ...HEADINGS, ...BUTTONS].map((p) => p.words[0] as string));
const ANY = { test: (text: string) => MAY_SHOW(text) && words(text).some((word) => FIRST_WORDS.has(word)) };

// Cheaper still: every landmark has a word of four letters or more; prices, counters and clocks
// mostly have none. (The basket's weak "Qty" landmark is the one exception, and it never decides.)
// Counters and prices come back to the same few texts ("Basket (3)"): short ones are remembered.
const landmarkTexts = new Map<string, boolean>();
const FOUR_LETTERS = /[a-z]{4}/i;
// The four-letter test first: a price or a clock is answered without a memo lookup (hashing the
// text costs more than the test).
const mayBeLandmark = (text: string): boolean =>
  FOUR_LETTERS.test(text) && remember(landmarkTexts, text, () => ANY.test(text));

const anyMatches = (patterns: Phrase[], texts: string[]) => {
  const read = texts.map((text) => (MAY_SHOW(text) ? words(text) : []));
  return patterns.map((p) => (read.some((text) => contains(text, p)) ? '1' : '0')).join('');
};

/** Remembers short results, cleared when full: a live page's counters come back to the same texts. */
function remember<T>(memo: Map<string, T>, key: string, work: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const result = work();
  if (key.length <= 80) {
    if (memo.size >= 512) memo.clear();
    memo.set(key, result);
  }
  return result;
}
const textSignatures = new Map<string, string>();

// Whether an element sits in a heading or a button, remembered: a live page changes the same
// counter's text every tick, and asking `closest` twice a change cost more than reading it. An
// element's ancestors change only when it (or a subtree holding it) is added somewhere, or when a
// role changes: classifyChanges forgets everything then.
const IN_HEADING = 1;
const IN_BUTTON = 2;
let ancestry = new WeakMap<Element, number>();
function ancestryOf(element: Element | null): number {
  if (!element) return 0;
  let bits = ancestry.get(element);
  if (bits === undefined) {
    bits = (element.closest(HEADING) ? IN_HEADING : 0) | (element.closest(BUTTON) ? IN_BUTTON : 0);
    ancestry.set(element, bits);
  }
  return bits;
}
const forgetAncestry = () => {
  ancestry = new WeakMap();
};

/** Which landmarks some nodes show, by where their text sits: in a heading, a button, anywhere. */
function signature(nodes: Iterable<Node>, parent: Element | null): string {
  let text = '';
  let elements = false;
  const headings: string[] = [];
  const buttons: string[] = [];
  for (const node of nodes) {
    text += ` ${node.textContent ?? ''}`;
    if (node.nodeType !== 1) continue;
    elements = true;
    const element = node as Element;
    if (element.matches(HEADING)) headings.push(collapseWhitespace(element.textContent ?? ''));
    for (const heading of element.querySelectorAll(HEADING))
      headings.push(collapseWhitespace(heading.textContent ?? ''));
    if (element.matches(BUTTON)) buttons.push(collapseWhitespace(element.textContent ?? ''));
    for (const button of element.querySelectorAll(BUTTON))
      buttons.push(collapseWhitespace(button.textContent ?? ''));
  }
  // Text changed inside a heading or a button: its own words, before and after (usually all of it).
  const around = ancestryOf(parent);
  const inHeading = (around & IN_HEADING) !== 0;
  const inButton = (around & IN_BUTTON) !== 0;
  if (inHeading) headings.push(collapseWhitespace(text));
  if (inButton) buttons.push(collapseWhitespace(text));
  const work = () =>
    `${anyMatches(TEXT, [text])}|${anyMatches(HEADINGS, headings)}|${anyMatches(BUTTONS, buttons)}`;
  // Text alone (a counter's new value) depends only on the text and where it sits.
  return elements ? work() : remember(textSignatures, `${Number(inHeading)}${Number(inButton)}${text}`, work);
}

const NOTHING = signature([], null);

/** What a batch of DOM changes means: nothing, a new list of controls for teach mode only, or a new look. */
export type PageChange = 'none' | 'controls' | 'look';

const worse = (a: PageChange, b: PageChange): PageChange =>
  a === 'look' || b === 'look' ? 'look' : a === 'controls' || b === 'controls' ? 'controls' : 'none';

// A web component's fields sit in its shadow root, out of a query's reach: a component coming or
// going may bring or take fields. A field past what a look names (see NamedWindow) changes only
// the list of controls.
function fieldsChange(node: Node, named: NamedWindow | null): PageChange {
  if (!(node instanceof Element)) return 'none';
  // A leaf (a ticker's span, a price) is decided by its own tag and attributes: one match, no
  // subtree to search.
  if (node.firstElementChild === null && !node.localName.includes('-') && !node.matches(STRUCTURE_OR_FIELD))
    return 'none';
  if (
    node.matches(STRUCTURE) ||
    node.querySelector(STRUCTURE) !== null ||
    (node.localName.includes('-') && shadowRootOf(node) !== null)
  )
    return 'look';
  const fields = node.matches(FIELDS) ? [node] : node.querySelectorAll(FIELDS);
  if (fields.length === 0) return 'none';
  if (!named) return 'look';
  for (const field of fields) if (!named.isPast(field)) return 'look';
  if (named.outlinesProducts && (node.matches(BUTTON) || node.querySelector(BUTTON) !== null)) return 'look';
  return 'controls';
}

// A name attribute matters when a field the last look named may be named differently, or when it
// turns a box into another kind (a password, a button) or names a button.
function namesChange(target: Element, attribute: string, named: NamedWindow | null): PageChange {
  if (target.tagName === 'LABEL' || target.matches(BUTTON)) return 'look';
  if (!named) return target.matches(FIELDS) || attribute === 'id' ? 'look' : 'none';
  if (named.namesFrom(target, attribute)) return 'look';
  return attribute === 'type' ? fieldsChange(target, named) : 'none';
}

const LOOK = Symbol('look');

/**
 * The nodes a record added or removed, read once: what their fields change, and their text. Most
 * changes on a live page are one text node (a price, a counter): its value is read as it is, with
 * no text content asked for and no string built.
 */
function readNodes(
  nodes: NodeList,
  named: NamedWindow | null,
): { change: PageChange; text: string } | typeof LOOK {
  const count = nodes.length;
  if (count === 1) {
    const node = nodes[0] as Node;
    if (node.nodeType === 3) return { change: 'none', text: node.nodeValue ?? '' };
  }
  let change: PageChange = 'none';
  let text = '';
  for (let i = 0; i < count; i++) {
    const node = nodes[i] as Node;
    if (node.nodeType === 3) {
      text += ` ${node.nodeValue ?? ''}`;
      continue;
    }
    if (node.nodeType === 1) {
      if ((node as Element).firstElementChild !== null || ancestry.has(node as Element)) forgetAncestry();
      const fields = fieldsChange(node, named);
      if (fields === 'look') return LOOK;
      change = worse(change, fields);
    }
    text += ` ${node.textContent ?? ''}`;
  }
  return { change, text };
}

/**
 * What a batch of DOM changes could change in what the assistant sees. `named` is what the last
 * look named; without it, any field coming or going leads to a look.
 */
export function classifyChanges(
  records: readonly MutationRecord[],
  named: NamedWindow | null = null,
): PageChange {
  let change: PageChange = 'none';
  for (const record of records) {
    switch (record.type) {
      case 'attributes': {
        const attribute = record.attributeName ?? '';
        if (attribute === 'role') forgetAncestry();
        if (NAME_ATTRIBUTES.has(attribute)) {
          const names = namesChange(record.target as Element, attribute, named);
          if (names === 'look') return 'look';
          change = worse(change, names);
          break;
        }
        // Shown or hidden: matters if what it holds could be a step's landmark or field.
        const fields = fieldsChange(record.target, named);
        if (fields === 'look') return 'look';
        if (mayBeLandmark(record.target.textContent ?? '') && signature([record.target], null) !== NOTHING)
          return 'look';
        change = worse(change, fields);
        break;
      }
      case 'characterData': {
        const before = record.oldValue ?? '';
        const after = record.target.nodeValue ?? '';
        if (!mayBeLandmark(before) && !mayBeLandmark(after)) break;
        const parent = record.target.parentElement;
        if (signature([{ textContent: before } as Node], parent) !== signature([record.target], parent))
          return 'look';
        break;
      }
      case 'childList': {
        const added = record.addedNodes;
        const removed = record.removedNodes;
        const addedText = readNodes(added, named);
        if (addedText === LOOK) return 'look';
        const removedText = readNodes(removed, named);
        if (removedText === LOOK) return 'look';
        change = worse(change, worse(addedText.change, removedText.change));
        if (!mayBeLandmark(removedText.text) && !mayBeLandmark(addedText.text)) break;
        const parent = record.target instanceof Element ? record.target : record.target.parentElement;
        if (signature(removed, parent) !== signature(added, parent)) return 'look';
        break;
      }
    }
  }
  return change;
}

/** Whether a batch of DOM changes could change what the assistant sees. */
export function mattersToAssistant(records: readonly MutationRecord[]): boolean {
  return classifyChanges(records) === 'look';
}
