import { controlValue, type FieldControl, isDrawnToggle, isNativeRadio } from './controls';
import { waitFor } from './dropdown';
import { visibleLabel } from './page-headings';
import { shownAs } from './visibility';

// Ticking a checkbox, turning on a switch, choosing a radio: as a person does, with a click on
// what they see (a visually hidden native box is clicked through its label), then checking that
// the page shows the new state (a framework may redraw it a moment later, or refuse it).

const STATE_WAIT_MS = 400;

/** What a person clicks to change this control: its visible label when the box itself is hidden. */
export function clickTarget(control: FieldControl): HTMLElement {
  if (isDrawnToggle(control) || control.tagName !== 'INPUT') return control;
  const view = control.ownerDocument.defaultView ?? window;
  for (let node: Element | null = control, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    if (shownAs(node, view) !== 'dot') continue;
    return visibleLabel(control as HTMLInputElement, node, view) ?? control;
  }
  return control;
}

const isOn = (control: FieldControl) => controlValue(control) === true;

/**
 * Sets a checkbox, switch or radio to `on` with one click when it is not, and answers whether the
 * page then shows it so. A radio is only ever chosen: a person turns one off by choosing another.
 */
export async function setToggle(control: FieldControl, on: boolean): Promise<boolean> {
  if (isOn(control) === on) return true;
  if (!on && (isNativeRadio(control) || control.getAttribute('role') === 'radio')) return false;
  clickTarget(control).click();
  return (await waitFor(control.ownerDocument, () => isOn(control) === on, STATE_WAIT_MS)) === true;
}
