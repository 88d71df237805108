import { comparableText } from '../values/text';
import { controlText, isTypeahead } from './controls';
import { readableText } from './text';

// Dropdowns the page draws (ARIA 1.2's combobox pattern): a control with role="combobox" that
// opens a role="listbox" of role="option"s. MUI's Select opens on mousedown and renders its list
// in a popover at the end of <body>; Angular Material's mat-select opens on click, into the CDK
// overlay; both open from the keyboard too. A typeahead (MUI Autocomplete, react-select) filters
// its list as one types and takes only an option chosen from it.

/** How long a list may take to open, or a choice to show: a framework re-renders within frames. */
const OPEN_WAIT_MS = 400;
const SHOW_WAIT_MS = 1000;

/** Resolves with `read()`'s first truthy answer, checked now and on every DOM change, or null after `ms`. */
export function waitFor<T>(doc: Document, read: () => T | null | undefined, ms: number): Promise<T | null> {
  const now = read();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const view = doc.defaultView ?? window;
    const done = (value: T | null) => {
      observer.disconnect();
      view.clearTimeout(timer);
      resolve(value);
    };
    const observer = new view.MutationObserver(() => {
      const value = read();
      if (value) done(value);
    });
    observer.observe(doc.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const timer = view.setTimeout(() => done(read() ?? null), ms);
  });
}

/** The open list of a combobox: the one it names (aria-controls, aria-owns), else the newest open listbox. */
function listboxOf(control: HTMLElement): Element | null {
  const doc = control.ownerDocument;
  const named = `${control.getAttribute('aria-controls') ?? ''} ${control.getAttribute('aria-owns') ?? ''}`
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => doc.getElementById(id))
    .find((el) => el !== null);
  const list = named?.matches('[role="listbox"]') ? named : named?.querySelector('[role="listbox"]');
  if (list && isOpen(list)) return list;
  if (control.getAttribute('aria-expanded') !== 'true') return null;
  const open = [...doc.querySelectorAll('[role="listbox"]')].filter(isOpen);
  return open[open.length - 1] ?? null;
}

const isOpen = (list: Element) =>
  list.isConnected &&
  !list.closest('[hidden], [aria-hidden="true"]') &&
  list.querySelector('[role="option"]') !== null;

/** The option that spells the value (its text or its value attribute), never one disabled. */
function matchingOption(list: Element | null, spellings: readonly string[]): HTMLElement | null {
  if (!list) return null;
  const options = [...list.querySelectorAll<HTMLElement>('[role="option"]')].filter(
    (option) => option.getAttribute('aria-disabled') !== 'true',
  );
  const text = (option: Element) => comparableText(readableText(option));
  const value = (option: Element) =>
    comparableText(option.getAttribute('data-value') ?? option.getAttribute('value') ?? '');
  return (
    options.find((o) => spellings.includes(text(o))) ??
    options.find((o) => spellings.includes(value(o))) ??
    options.find((o) => spellings.some((s) => text(o).startsWith(`${s} `))) ??
    null
  );
}

const shows = (control: HTMLElement, spellings: readonly string[]) =>
  spellings.includes(comparableText(controlText(control)));

function press(element: Element, type: 'mousedown' | 'mouseup'): void {
  const view = element.ownerDocument.defaultView ?? window;
  element.dispatchEvent(
    new view.MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0 }),
  );
}

function key(element: Element, name: string): void {
  const view = element.ownerDocument.defaultView ?? window;
  element.dispatchEvent(
    new view.KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, composed: true }),
  );
}

// Ways a person opens a dropdown, tried in turn until its list shows: a click as a mouse makes it
// (MUI's Select opens on its mousedown, mat-select on its click), then the keyboard.
const OPENERS: ((control: HTMLElement) => void)[] = [
  (control) => {
    press(control, 'mousedown');
    press(control, 'mouseup');
    control.click();
  },
  (control) => key(control, 'ArrowDown'),
];

/** Picks an option as a person does: a click on it. It is an option of a list, never a button or a link. */
function pick(option: HTMLElement): boolean {
  if (option.closest('button, a[href], input[type="submit"], input[type="button"], [role="button"]'))
    return false;
  press(option, 'mousedown');
  press(option, 'mouseup');
  option.click();
  return true;
}

/**
 * Chooses the option that spells the value in a dropdown the page draws, or a typeahead's list:
 * opens it, picks, closes it, and answers whether the control now shows the choice.
 */
export async function chooseInList(
  control: HTMLElement,
  spellings: readonly string[],
  typed: readonly string[],
  typeText: (input: HTMLInputElement, text: string) => void,
): Promise<boolean> {
  const doc = control.ownerDocument;
  let option: HTMLElement | null = null;
  if (isTypeahead(control)) {
    // Typing filters the list; the option still has to be chosen from it.
    for (const query of typed) {
      typeText(control as HTMLInputElement, query);
      option = await waitFor(doc, () => matchingOption(listboxOf(control), spellings), OPEN_WAIT_MS);
      if (option) break;
    }
  } else {
    for (const open of OPENERS) {
      if (!listboxOf(control)) open(control);
      option = await waitFor(doc, () => matchingOption(listboxOf(control), spellings), OPEN_WAIT_MS);
      if (option || listboxOf(control)) break;
    }
  }
  const chosen = option !== null && pick(option);
  const shown = chosen ? await waitFor(doc, () => shows(control, spellings), SHOW_WAIT_MS) : false;
  if (listboxOf(control)) key(control, 'Escape');
  if (!shown && isTypeahead(control)) typeText(control as HTMLInputElement, '');
  return shown === true;
}
