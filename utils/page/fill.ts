import type { FieldKey } from '../model/fields';
import { AUSTRALIAN_STATES, type AustralianState } from '../values/state';
import { comparableText } from '../values/text';
import {
  controlValue,
  type FieldControl,
  type FormControl,
  isCustomDropdown,
  isLocked,
  isNativeControl,
  isRadio,
  isToggle,
  isTypeahead,
  TEXT_INPUT_TYPES,
} from './controls';
import { chooseInList } from './dropdown';
import type { FoundField } from './fields';
import { setToggle } from './toggles';

/**
 * One thing "Fill this step" does. There is no action that presses a button, submits a form or
 * follows a link: a plan cannot express it, and `runFill` refuses any element that is not a field.
 */
export type FillAction =
  | { key: FieldKey; element: FormControl; action: 'set-text'; value: string }
  | { key: FieldKey; element: HTMLSelectElement; action: 'choose-option'; value: string }
  // A checkbox, switch or radio, native or drawn: one click on what a person clicks.
  | { key: FieldKey; element: HTMLElement; action: 'set-checked'; value: boolean }
  // A dropdown the page draws (or a typeahead that takes only a chosen option): open its list,
  // pick the option that spells the value, check the control shows it.
  | { key: FieldKey; element: HTMLElement; action: 'choose-in-list'; value: string };

export type FieldState = 'missing' | 'filled' | 'differs' | 'empty';

/** Ways a select's option may spell a value: a state as `NSW` or `New South Wales`, `Australia` as `AU`. */
export function optionSpellings(value: string): string[] {
  const spellings = [comparableText(value)];
  const code = value.toUpperCase() as AustralianState;
  if (code in AUSTRALIAN_STATES) spellings.push(comparableText(AUSTRALIAN_STATES[code]));
  if (comparableText(value) === 'australia') spellings.push('au', 'aus');
  return spellings;
}

/** What a person types into a typeahead to find the value: a state's full name, then as written. */
function typedForms(value: string): string[] {
  const code = value.toUpperCase() as AustralianState;
  return code in AUSTRALIAN_STATES ? [AUSTRALIAN_STATES[code], value] : [value];
}

export function findOption(select: HTMLSelectElement, value: string): HTMLOptionElement | undefined {
  const spellings = optionSpellings(value);
  const options = [...select.options];
  return (
    options.find((o) => spellings.includes(comparableText(o.value))) ??
    options.find((o) => spellings.includes(comparableText(o.textContent ?? ''))) ??
    options.find((o) => spellings.some((s) => comparableText(o.textContent ?? '').startsWith(`${s} `)))
  );
}

/** The value a field shows now, as a person reads it. */
export const currentValue = controlValue;

/** Whether what the field shows is the value the assistant would put in. */
export function sameValue(element: FieldControl, expected: string | boolean): boolean {
  const current = currentValue(element);
  if (typeof expected === 'boolean' || typeof current === 'boolean') return current === expected;
  // A dropdown shows an option's words: "New South Wales" is NSW.
  if (isCustomDropdown(element) || isTypeahead(element))
    return expected === '' ? current === '' : optionSpellings(expected).includes(comparableText(current));
  if (element.tagName === 'SELECT') {
    if (expected === '') return current === '';
    const option = findOption(element as HTMLSelectElement, expected);
    return option !== undefined && option.value === current;
  }
  return comparableText(current) === comparableText(expected);
}

/**
 * missing: empty and needed; filled: as it should be; differs: holds something else than the
 * client's record or the reseller profile gives; empty: optional and empty.
 */
export function fieldState(field: FoundField, expected: string | boolean | undefined): FieldState {
  const current = currentValue(field.element);
  const empty = current === '' || current === false;
  if (expected !== undefined) {
    if (sameValue(field.element, expected)) return 'filled';
    return empty ? 'missing' : 'differs';
  }
  if (empty) return field.spec.required ? 'missing' : 'empty';
  return 'filled';
}

/**
 * A value's share of each box of a split field ("02 9876 5432" over [02] [9876] [5432], an ABN
 * over four boxes): its digits, the last boxes filled from the end, each as long as it takes, the
 * first with what is left. A number written +61 is split in its national form (0…).
 */
export function splitValue(value: string, boxes: readonly FieldControl[]): string[] {
  let digits = value.replace(/\D/g, '');
  if (/^\s*\+\s*61/.test(value)) digits = `0${digits.slice(2)}`;
  const parts = boxes.map(() => '');
  if (!digits) {
    parts[0] = value;
    return parts;
  }
  let end = digits.length;
  for (let i = boxes.length - 1; i >= 0 && end > 0; i--) {
    const room = (boxes[i] as HTMLInputElement).maxLength;
    // (A first box too short for what is left takes its last digits, as its maxlength would.)
    const size = room > 0 ? Math.min(room, end) : end;
    parts[i] = digits.slice(end - size, end);
    end -= size;
  }
  return parts;
}

/** What filling would change: every found field whose value differs from the one it should get. */
export function planFill(
  fields: readonly (FoundField & { expected: string | boolean | undefined })[],
): FillAction[] {
  const plan: FillAction[] = [];
  for (const { key, element, expected } of fields) {
    if (expected === undefined || sameValue(element, expected)) continue;
    // Read, never written: the page does not let a person type there either.
    if (isLocked(element)) continue;
    if (typeof expected === 'boolean') {
      // A radio is chosen, never unchosen: the other answer's radio is chosen instead.
      if (isToggle(element) && (expected || !isRadio(element)))
        plan.push({ key, element, action: 'set-checked', value: expected });
    } else if ((isCustomDropdown(element) || isTypeahead(element)) && expected !== '') {
      plan.push({ key, element, action: 'choose-in-list', value: expected });
    } else if (!isNativeControl(element)) {
      // A drawn dropdown is never emptied: nothing in its list says "none".
    } else if (element.tagName === 'SELECT') {
      if (findOption(element as HTMLSelectElement, expected))
        plan.push({ key, element: element as HTMLSelectElement, action: 'choose-option', value: expected });
    } else {
      plan.push({ key, element, action: 'set-text', value: expected });
    }
  }
  return plan;
}

/** Refuses anything that is not a plain field: buttons, submits, images, files, passwords. */
export function assertFillable(element: Element): asserts element is FieldControl {
  const ok =
    isCustomDropdown(element) ||
    element.tagName === 'SELECT' ||
    element.tagName === 'TEXTAREA' ||
    isToggle(element) ||
    (element.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((element as HTMLInputElement).type));
  if (!ok) throw new Error(`Refusing to fill a <${element.tagName.toLowerCase()}> that is not a field`);
}

// Frameworks watch the value through the element's own property (React's value tracker patches
// it): set it through the prototype's native setter, then tell the page as a person's typing would.
function setNativeValue(element: FormControl, value: string): void {
  const view = element.ownerDocument.defaultView as Window & typeof globalThis;
  const proto =
    element.tagName === 'SELECT'
      ? view.HTMLSelectElement.prototype
      : element.tagName === 'TEXTAREA'
        ? view.HTMLTextAreaElement.prototype
        : view.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
}

function dispatch(element: Element, event: Event): void {
  element.dispatchEvent(event);
}

/** Types text into a box as one paste-like input: the value, then `input` and `change`. */
export function typeText(element: FormControl, value: string): void {
  const view = element.ownerDocument.defaultView as Window & typeof globalThis;
  setNativeValue(element, value);
  // Composed, as a person's typing is: it reaches a web component's host outside its shadow root.
  dispatch(
    element,
    new view.InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertFromPaste',
      data: value,
    }),
  );
  dispatch(element, new view.Event('change', { bubbles: true }));
}

/**
 * Runs a fill plan as a person would: focus, type (or choose, or tick), leave the field. A
 * dropdown drawn by the page takes a moment to open: the plan's fields are filled in order, each
 * finished before the next. Resolves to the fields that could not be filled (no such option).
 */
export async function runFill(plan: readonly FillAction[]): Promise<FieldKey[]> {
  const missed: FieldKey[] = [];
  for (const action of plan) {
    const { element } = action;
    assertFillable(element);
    const view = element.ownerDocument.defaultView as Window & typeof globalThis;
    element.focus({ preventScroll: true });
    switch (action.action) {
      case 'set-text':
        typeText(action.element, action.value);
        break;
      case 'choose-option': {
        const option = findOption(action.element, action.value);
        if (!option) break;
        setNativeValue(element as FormControl, option.value);
        dispatch(element, new view.Event('input', { bubbles: true, composed: true }));
        dispatch(element, new view.Event('change', { bubbles: true }));
        break;
      }
      case 'set-checked':
        // A real click: React listens to click on checkboxes, Angular to change; both follow it.
        if (!(await setToggle(action.element, action.value))) missed.push(action.key);
        break;
      case 'choose-in-list':
        if (
          !(await chooseInList(
            action.element,
            optionSpellings(action.value),
            typedForms(action.value),
            typeText,
          ))
        )
          missed.push(action.key);
        break;
    }
    element.blur();
  }
  return missed;
}
