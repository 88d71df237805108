import { collapseWhitespace } from '../values/text';
import type { FieldControl } from './controls';
import type { ControlName } from './names';

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
  /** In the site's header or footer, which every screen carries: no evidence of a step. */
  chrome?: true;
}

export interface PageView {
  url: URL;
  /**
   * A control's names (see controlNames), worked out once and kept across looks until what they
   * were read from changes (see NameCache): detection and field finding both ask.
   */
  namesOf(control: FieldControl): ControlName[];
  main: Region;
  /** Open dialogs, outermost first: the last is the one on top. */
  dialogs: Region[];
  /** The shadow roots of the web components shown: their changes are watched too. */
  shadowRoots: ShadowRoot[];
}

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);
/** Whose accessible name titles what they hold, as a heading does (a form, a section, a card). */
export const NAMED_REGION_TAGS = new Set(['FORM', 'SECTION', 'ARTICLE', 'ASIDE', 'FIELDSET']);
export const NAMED_REGION_ROLES = new Set(['form', 'region', 'group', 'dialog', 'alertdialog', 'article']);
/**
 * What every screen carries: the site's header and footer (a `<header>` or `<footer>` outside any
 * section, or the banner and contentinfo roles). Their words are no evidence of a step.
 */
export function isSiteChrome(element: Element, role: string | null): boolean {
  if (role === 'banner' || role === 'contentinfo') return true;
  const tag = element.tagName;
  return (
    (tag === 'HEADER' || tag === 'FOOTER') &&
    element.closest('main, article, aside, section, nav, dialog, [role="main"], [role="dialog"]') === null
  );
}
export const SKIPPED_TAGS = new Set([
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
export const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
/** What a person takes for a dialog, as a selector (the page walk tests the same by role and tag). */
export const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';

// A progress stepper ("1 Basket 2 Customer 3 Service Details 4 Confirmation") names steps without
// being them (SCREENS.md). Its items are skipped: ARIA tabs (Angular Material's stepper is a
// tablist whose tabs are the step headers, with the step contents beside them), the current-step
// marker, and any run of three or more short siblings that start with a number (MUI's and old
// tables' steppers have no roles at all).
const STEP_ITEM = /^\s*\d{1,2}\s*[.)]?\s*[a-z]/i;
export function isStepper(element: Element, role: string | null): boolean {
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
