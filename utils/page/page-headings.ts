import { collapseWhitespace } from '../values/text';
import type { FormControl } from './controls';
import { EMPTY, emptyPart, type Part } from './page-parts';
import { HEADING_TAGS, NAMED_REGION_ROLES, NAMED_REGION_TAGS } from './page-view';
import { INLINE_TAGS, readableText, shownText, textOfIds } from './text';
import { shownAs } from './visibility';

// What a person takes for a heading: a heading element, the name of a form, section, dialog or
// card, or a short line set large or bold (a card's title drawn with a styled <div>).

const MAX_HEADING = 80;
// A title's type: larger than body text, or bold at body size or more.
const LARGE_PX = 18;
const BOLD_PX = 16;
const BOLD = 600;
const NOT_TITLES = new Set(['LABEL', 'BUTTON', 'A', 'OPTION', 'TD', 'TH', 'LI', 'P', 'SELECT', 'TEXTAREA']);
// Elements that run inside a line of text: a title split into a <span> a word is still one line.
const INLINE: ReadonlySet<string> = new Set([...INLINE_TAGS, 'WBR', 'BR']);

/** A line of text: words, and inline elements only. */
function isTextLine(element: Element): boolean {
  let letters = false;
  for (const child of element.childNodes) {
    if (child.nodeType === 3) letters ||= /\p{L}/u.test(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      if (!INLINE.has((child as Element).tagName)) return false;
      letters ||= /\p{L}/u.test(child.textContent ?? '');
    }
  }
  return letters;
}

/** A region's accessible name: the elements its aria-labelledby names outside it, else aria-label. */
const nameOf = (element: Element): string =>
  (textOfIds(element, 'aria-labelledby', true).trim() || element.getAttribute('aria-label')) ?? '';

/** The heading this element gives the screen, if it is one (see the comment at the top). */
export function headingLike(
  element: Element,
  tag: string,
  role: string | null,
  style: CSSStyleDeclaration,
): string {
  if (HEADING_TAGS.has(tag) || role === 'heading') return collapseWhitespace(shownText(element));
  if (NAMED_REGION_TAGS.has(tag) || (role !== null && NAMED_REGION_ROLES.has(role))) {
    const name = collapseWhitespace(nameOf(element));
    if (name) return name;
  }
  if (NOT_TITLES.has(tag) || !isTextLine(element)) return '';
  // Inside a line, the line is the title (or a sentence's emphasis is none).
  const parent = element.parentElement;
  if (INLINE.has(tag) && parent && (NOT_TITLES.has(parent.tagName) || isTextLine(parent))) return '';
  const size = Number.parseFloat(style.fontSize);
  const weight = Number.parseInt(style.fontWeight, 10) || (style.fontWeight === 'bold' ? 700 : 400);
  if (!(size >= LARGE_PX || (weight >= BOLD && size >= BOLD_PX))) return '';
  const text = collapseWhitespace(readableText(element));
  return text.length <= MAX_HEADING ? text : '';
}

const TOGGLES = 'input[type="checkbox"], input[type="radio"]';

/** The label a person clicks for a native checkbox or radio, when one shows outside the hidden box. */
export function visibleLabel(
  input: HTMLInputElement,
  hiddenBox: Element,
  view: Window,
): HTMLLabelElement | null {
  const labels = [...(input.labels ?? [])];
  const wrapping = input.closest('label');
  if (wrapping && !labels.includes(wrapping)) labels.push(wrapping);
  return (
    labels.find(
      (label) =>
        !hiddenBox.contains(label) &&
        label.isConnected &&
        shownAs(label, view) === 'shown' &&
        collapseWhitespace(readableText(label)) !== '',
    ) ?? null
  );
}

/**
 * What a screen-reader-only box gives the page: no text, only the native checkboxes and radios in
 * it that a person ticks through a visible label (Angular Material's checkbox).
 */
export function hiddenToggles(box: Element, view: Window): Part {
  const inputs = box.matches(TOGGLES) ? [box] : [...box.querySelectorAll(TOGGLES)];
  const controls = inputs.filter((input) => visibleLabel(input as HTMLInputElement, box, view) !== null);
  if (controls.length === 0) return EMPTY;
  const part = emptyPart();
  part.controls.push(...(controls as FormControl[]));
  return part;
}

/** The site's header or footer: its buttons stay (marked), its words and boxes are no step's. */
export function withoutWords(part: Part): Part {
  if (part === EMPTY) return part;
  return {
    ...part,
    text: '',
    headings: [],
    buttons: part.buttons.map((button) => ({ ...button, chrome: true })),
    // A site-wide search or sign-in box is no step's field either.
    controls: [],
    passwordFields: 0,
  };
}
