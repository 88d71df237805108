import { collapseWhitespace } from '../values/text';
import {
  BUTTON_INPUT_TYPES,
  type FieldControl,
  type FormControl,
  isCustomDropdown,
  NON_FIELD_INPUT_TYPES,
} from './controls';
import { type ControlName, controlNames } from './names';
import { shadowRootOf } from './shadow';
import { shownText } from './text';
import { isShownItself } from './visibility';

/** One part of the page a person looks at: the page itself, or an open dialog on top of it. */
export interface Region {
  root: Element;
  isDialog: boolean;
  headings: string[];
  buttons: ButtonItem[];
  /** All visible text, in reading order, whitespace collapsed. */
  text: string;
  /** Visible form controls, in document order. Password fields are never among them. */
  controls: FieldControl[];
  /** Visible password fields: only counted, to recognise a sign-in screen. */
  passwordFields: number;
}

export interface ButtonItem {
  element: HTMLElement;
  text: string;
}

export interface PageView {
  url: URL;
  /**
   * A control's names (see controlNames), worked out once per look: detection and field finding
   * both ask, and the document's `<label for>`s are indexed once instead of queried per field.
   */
  namesOf(control: FieldControl): ControlName[];
  main: Region;
  /** Open dialogs, outermost first: the last is the one on top. */
  dialogs: Region[];
  /** The shadow roots of the web components shown: their changes are watched too. */
  shadowRoots: ShadowRoot[];
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'LEADER-CSP-ASSISTANT',
  'IFRAME',
  'OBJECT',
]);
const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

// A progress stepper ("1 Basket 2 Customer 3 Service Details 4 Confirmation") names steps without
// being them (SCREENS.md). Its items are skipped: ARIA tabs (Angular Material's stepper is a
// tablist whose tabs are the step headers, with the step contents beside them), the current-step
// marker, and any run of three or more short siblings that start with a number (MUI's and old
// tables' steppers have no roles at all).
const STEP_ITEM = /^\s*\d{1,2}\s*[.)]?\s*[a-z]/i;
function isStepper(element: Element, role: string | null): boolean {
  if (role === 'tab' || element.getAttribute('aria-current') === 'step') return true;
  const items = element.children;
  if (items.length < 3 || items.length > 8) return false;
  // Most containers fail on their first item: read the rest only when it looks like "1 Basket".
  const first = items[0];
  if (!first || first.childElementCount > 4 || !STEP_ITEM.test(first.textContent ?? '')) return false;
  let numbered = 0;
  for (const item of items) {
    // A step item is a few small elements; reading a big subtree's text would cost a walk of it.
    if (item.childElementCount > 4) return false;
    const text = collapseWhitespace(item.textContent ?? '');
    if (text.length > 40) return false;
    if (STEP_ITEM.test(text)) numbered++;
  }
  return numbered >= 3;
}

function newRegion(root: Element, isDialog: boolean): Region & { parts: string[] } {
  return { root, isDialog, headings: [], buttons: [], text: '', controls: [], passwordFields: 0, parts: [] };
}

/**
 * Reads the page as a person sees it, in one walk: hidden subtrees (and our own overlay) are
 * skipped whole, steppers give no text, and each open dialog becomes a region of its own.
 */
export function readPage(doc: Document, url: URL): PageView {
  const view = doc.defaultView ?? window;
  const main = newRegion(doc.body ?? doc.documentElement, false);
  const dialogs: (Region & { parts: string[] })[] = [];
  const shadowRoots: ShadowRoot[] = [];

  const visit = (element: Element, region: Region & { parts: string[] }): void => {
    const tag = element.tagName;
    if (SKIPPED_TAGS.has(tag) || !isShownItself(element, view)) return;
    const role = element.getAttribute('role');
    let here = region;
    if (
      (role !== null && DIALOG_ROLES.has(role)) ||
      tag === 'DIALOG' ||
      element.getAttribute('aria-modal') === 'true'
    ) {
      here = newRegion(element, true);
      dialogs.push(here);
    }
    if (HEADING_TAGS.has(tag) || role === 'heading')
      here.headings.push(collapseWhitespace(shownText(element)));
    const type = tag === 'INPUT' ? (element as HTMLInputElement).type : '';
    if (tag === 'BUTTON' || role === 'button' || (tag === 'INPUT' && BUTTON_INPUT_TYPES.has(type))) {
      const text = collapseWhitespace(
        shownText(element) || (element as HTMLInputElement).value || element.getAttribute('aria-label') || '',
      );
      here.buttons.push({ element: element as HTMLElement, text });
    }
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (type === 'password') here.passwordFields++;
      else if (tag !== 'INPUT' || !NON_FIELD_INPUT_TYPES.has(type))
        here.controls.push(element as FormControl);
      if (tag !== 'INPUT') return;
    } else if (role === 'combobox' && isCustomDropdown(element)) here.controls.push(element as HTMLElement);
    if (isStepper(element, role)) return;
    // A web component's own content (open, or closed where the content script can open it).
    const shadow = shadowRootOf(element);
    if (shadow) {
      shadowRoots.push(shadow);
      visitChildren(shadow, here);
    }
    visitChildren(element, here);
  };
  const visitChildren = (parent: Node, here: Region & { parts: string[] }): void => {
    for (const child of parent.childNodes) {
      if (child.nodeType === 3) {
        const value = child.nodeValue;
        if (value && /\S/.test(value)) here.parts.push(value);
      } else if (child.nodeType === 1) {
        visit(child as Element, here);
      }
    }
  };
  visit(main.root, main);

  const finish = (region: Region & { parts: string[] }): Region => {
    const { parts, ...rest } = region;
    return { ...rest, text: collapseWhitespace(parts.join(' ')) };
  };
  const labelsFor = new Map<string, HTMLLabelElement[]>();
  for (const label of doc.querySelectorAll<HTMLLabelElement>('label[for]')) {
    const id = label.htmlFor;
    labelsFor.set(id, [...(labelsFor.get(id) ?? []), label]);
  }
  const names = new Map<FieldControl, ControlName[]>();
  const namesOf = (control: FieldControl) => {
    let found = names.get(control);
    if (!found) {
      found = controlNames(control, labelsFor);
      names.set(control, found);
    }
    return found;
  };
  return { url, namesOf, main: finish(main), dialogs: dialogs.map(finish), shadowRoots };
}
