/**
 * A field a person fills in; readPage lists them (never passwords, buttons, hidden or file
 * inputs): a native control, a custom dropdown (an element with role="combobox" that is not an
 * input: MUI's Select, Angular Material's mat-select), which holds its value as the text it shows,
 * or a checkbox, switch or radio the page draws (role="checkbox", "switch", "radio").
 */
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type FieldControl = FormControl | HTMLElement;

const NATIVE = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export const isNativeControl = (element: Element): element is FormControl => NATIVE.has(element.tagName);

/** A dropdown drawn by the page: choosing in it means opening its list and picking an option. */
// (Booleans, not type guards: every native control is an HTMLElement too, so a guard would narrow
// the others away.)
export const isCustomDropdown = (element: Element): boolean =>
  !NATIVE.has(element.tagName) && element.getAttribute('role') === 'combobox';

/** A text box that suggests from a list and takes only a chosen option (MUI Autocomplete, react-select). */
export const isTypeahead = (element: Element): boolean =>
  element.tagName === 'INPUT' &&
  element.getAttribute('role') === 'combobox' &&
  /^(list|both)$/.test(element.getAttribute('aria-autocomplete') ?? '');

export const isCheckbox = (element: Element): element is HTMLInputElement =>
  element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'checkbox';

export const isNativeRadio = (element: Element): element is HTMLInputElement =>
  element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'radio';

// Checkboxes, switches and radios the page draws (ARIA's checkbox, switch and radio roles): their
// state is aria-checked, and a person changes it with a click.
const DRAWN_TOGGLE_ROLES = new Set(['checkbox', 'switch', 'radio']);

/** A checkbox, switch or radio drawn by the page, not a native input. */
export const isDrawnToggle = (element: Element): boolean =>
  !NATIVE.has(element.tagName) && DRAWN_TOGGLE_ROLES.has(element.getAttribute('role') ?? '');

/** A radio, native or drawn. */
export const isRadio = (element: Element): boolean =>
  isNativeRadio(element) || (isDrawnToggle(element) && element.getAttribute('role') === 'radio');

/** Anything a person ticks or turns on: a checkbox, a switch, a radio. */
export const isToggle = (element: Element): boolean =>
  isCheckbox(element) || isNativeRadio(element) || isDrawnToggle(element);

/** What a custom dropdown shows as chosen: its text, without a placeholder or MUI's zero-width space. */
function shownChoice(element: HTMLElement): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (
      node instanceof Element &&
      !node.matches('[hidden], [aria-hidden="true"], input, [class*="placeholder"]')
    )
      for (const child of node.childNodes) walk(child);
  };
  walk(element);
  return text
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The value a field holds now, as a person reads it. */
export function controlValue(element: FieldControl): string | boolean {
  if (isCheckbox(element) || isNativeRadio(element)) return element.checked;
  if (isDrawnToggle(element)) return element.getAttribute('aria-checked') === 'true';
  if (isNativeControl(element)) return element.value;
  return shownChoice(element);
}

/** The value as text (a checkbox's is empty). */
export const controlText = (element: FieldControl): string => {
  const value = controlValue(element);
  return typeof value === 'string' ? value : '';
};

/** Disabled or read-only: read, never filled. */
export function isLocked(element: FieldControl): boolean {
  if (isNativeControl(element)) return element.disabled || (element as HTMLInputElement).readOnly === true;
  return element.getAttribute('aria-disabled') === 'true' || element.getAttribute('aria-readonly') === 'true';
}

// Input types by what a person does with them, in one place for the reader, the field finder and
// the filler. An input's `type` property is never empty: a missing or unknown type reads "text".

/** Typed into: a step's `text` fields, and what the filler may type into. */
export const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set([
  'text',
  'email',
  'tel',
  'number',
  'search',
  'url',
]);

/** Drawn as buttons: read for their words, never a field. */
export const BUTTON_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'button', 'reset']);

/** Never a field. A password field is only counted: it marks a sign-in screen. */
export const NON_FIELD_INPUT_TYPES: ReadonlySet<string> = new Set([
  ...BUTTON_INPUT_TYPES,
  'hidden',
  'image',
  'file',
  'password',
]);
