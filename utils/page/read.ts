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
  controls: FormControl[];
  /** Visible password fields: only counted, to recognise a sign-in screen. */
  passwordFields: number;
}

export interface ButtonItem {
  element: HTMLElement;
  text: string;
}

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface PageView {
  url: URL;
  main: Region;
  /** Open dialogs, outermost first: the last is the one on top. */
  dialogs: Region[];
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';
const BUTTON = 'button, [role="button"], input[type="submit"], input[type="button"], input[type="reset"]';
const CONTROL = 'input, select, textarea';
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';
const SKIPPED = 'script, style, noscript, template, svg, leader-csp-assistant';
const NON_FIELD_INPUT = /^(hidden|submit|button|reset|image|file|password)$/;

// A progress stepper ("1 Basket 2 Customer 3 Service Details 4 Confirmation") names steps without
// being them (SCREENS.md). Its items are skipped: ARIA tabs (Angular Material's stepper is a
// tablist whose tabs are the step headers, with the step contents beside them), the current-step
// marker, and any run of three or more short siblings that start with a number (MUI's and old
// tables' steppers have no roles at all).
const STEP_ITEM = /^\s*\d{1,2}\s*[.)]?\s*[a-z]/i;
function isStepper(element: Element): boolean {
  if (element.matches('[role="tab"], [aria-current="step"]')) return true;
  const items = element.children;
  if (items.length < 3 || items.length > 8) return false;
  let numbered = 0;
  for (const item of items) {
    const text = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 40) return false;
    if (STEP_ITEM.test(text)) numbered++;
  }
  return numbered >= 3;
}

function newRegion(root: Element, isDialog: boolean): Region & { parts: string[] } {
  return { root, isDialog, headings: [], buttons: [], text: '', controls: [], passwordFields: 0, parts: [] };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads the page as a person sees it, in one walk: hidden subtrees (and our own overlay) are
 * skipped whole, steppers give no text, and each open dialog becomes a region of its own.
 */
export function readPage(doc: Document, url: URL): PageView {
  const view = doc.defaultView ?? window;
  const main = newRegion(doc.body ?? doc.documentElement, false);
  const dialogs: (Region & { parts: string[] })[] = [];

  const visit = (element: Element, region: Region & { parts: string[] }): void => {
    if (element.matches(SKIPPED) || !isShownItself(element, view)) return;
    let here = region;
    if (element.matches(DIALOG)) {
      here = newRegion(element, true);
      dialogs.push(here);
    }
    if (element.matches(HEADING)) here.headings.push(collapse(element.textContent ?? ''));
    if (element.matches(BUTTON)) {
      const text = collapse(
        element.textContent ||
          (element as HTMLInputElement).value ||
          element.getAttribute('aria-label') ||
          '',
      );
      here.buttons.push({ element: element as HTMLElement, text });
    }
    if (element.matches(CONTROL)) {
      const type = (element as HTMLInputElement).type ?? '';
      if (type === 'password') here.passwordFields++;
      else if (element.tagName !== 'INPUT' || !NON_FIELD_INPUT.test(type))
        here.controls.push(element as FormControl);
      if (element.tagName === 'SELECT' || element.tagName === 'TEXTAREA') return;
    }
    if (isStepper(element)) return;
    for (const child of element.childNodes) {
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
    return { ...rest, text: collapse(parts.join(' ')) };
  };
  return { url, main: finish(main), dialogs: dialogs.map(finish) };
}
