import { normaliseLabel } from '../values/text';
import { groupQuestion } from './choices';
import { type FieldControl, isDrawnToggle, isToggle } from './controls';
import { attributeWords, autocompleteToken } from './declared-names';
import { CONTROLS, cellAbove, cellLeft, cellOf, definitionOf, legendOf, nearbyText } from './name-places';
import { readableText, textOfIds } from './text';

/**
 * Where a field's name came from, in the order it is trusted: what a person reads first (the
 * labels; a checkbox's words right after it), then what the page tells assistive technology and
 * browsers (ARIA, the `autocomplete` token), then the hints around it, then the name and id
 * attributes a developer chose. Chromium's label inference (form_autofill_util.cc) and Firefox's
 * (LabelUtils, FormAutofillHeuristics) read the same places; keeping them apart means a test
 * shows when the right field was found for the wrong reason.
 */
export const NAME_SOURCES = [
  'taught',
  'label-for',
  'label-wrap',
  'aria-labelledby',
  'aria-label',
  // A <label> without `for` inside the field's own wrapper, before or after the box (the legacy
  // Angular Material layout; Bootstrap's floating labels): found by where it is, not declared.
  'label-sibling',
  // The words right after a checkbox or radio: where its label usually is.
  'checkbox-text',
  // The question a radio group answers (its fieldset's legend, its radiogroup's name, the line
  // above it): "Does the customer already use Microsoft 365?" over Yes and No.
  'group',
  // The HTML autocomplete token: a developer's statement of what the field is.
  'autocomplete',
  // The legend of a fieldset holding this one field.
  'legend',
  'placeholder',
  'title',
  // A <dd>'s <dt>.
  'definition',
  // The text right before the box in its own wrapper or cell (nearer than another cell).
  'text-before',
  'cell-left',
  'cell-above',
  // A description of the box (a hint under it), not its name: only when it is nothing but a name.
  'aria-describedby',
  'text-after',
  // Words from the name and id attributes (`billing-postcode`, `ctl00$Main$txtFirst`).
  'name-id',
  // The input's own type (`tel`, `email`): what the box takes, when nothing else names it.
  'input-type',
] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

export interface ControlName {
  source: NameSource;
  /** Normalised with {@link normaliseLabel}; an autocomplete token as the page wrote it, lower case. */
  text: string;
}

const MAX_NAME = 120;

// Where a label's name ends and a hint begins: "Address 2 (optional) Apartment, suite, floor",
// "Country - we ship to Australia only", "Phone e.g. 02 9876 5432". Not a comma: "Company name,
// domain or ABN" lists what a search box takes, it does not name a company box.
const HINT = /\s*(?:\(|\s[-–]\s|\se\.?g\b)/;

function push(names: ControlName[], source: NameSource, raw: string | null | undefined): void {
  const text = normaliseLabel(raw ?? '');
  const add = (name: string) => {
    if (name && name.length <= MAX_NAME && !names.some((n) => n.source === source && n.text === name))
      names.push({ source, text: name });
  };
  add(text);
  // The words before a hint are the name too, after the whole label.
  const lead = normaliseLabel((raw ?? '').split(HINT)[0] ?? '');
  if (lead.length >= 2 && lead !== text) add(lead);
}

/** Labels by the id they name; built once per look at the page (see readPage). */
export type LabelIndex = ReadonlyMap<string, readonly HTMLLabelElement[]>;

/** Where ids are looked up: the control's own shadow root inside a web component, else its document. */
function scopeOf(control: Element): Document | ShadowRoot {
  const root = control.getRootNode();
  return root instanceof ShadowRoot ? root : control.ownerDocument;
}

function labelsOf(control: FieldControl, index?: LabelIndex): HTMLLabelElement[] {
  const found = new Set<HTMLLabelElement>();
  if (control.id) {
    const scope = scopeOf(control);
    const indexed = scope === control.ownerDocument ? index?.get(control.id) : undefined;
    const labels =
      indexed ??
      (index && scope === control.ownerDocument
        ? []
        : scope.querySelectorAll<HTMLLabelElement>(`label[for="${CSS.escape(control.id)}"]`));
    for (const label of labels) found.add(label);
  }
  const wrapping = control.closest('label');
  if (wrapping) found.add(wrapping);
  return [...found];
}

/**
 * A <label> that names no other control, in the smallest wrapper around this one that holds no
 * other control: the field's own box (`<div class="field"><input><label>Suburb</label></div>`).
 */
function siblingLabel(control: Element): string | null {
  let node = control.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (node.matches('form, body, fieldset') || node.querySelectorAll(CONTROLS).length > 1) return null;
    const label = [...node.querySelectorAll('label')].find(
      (candidate) =>
        !candidate.contains(control) &&
        !candidate.querySelector(CONTROLS) &&
        !pointsElsewhere(candidate, control),
    );
    if (label) return readableText(label);
  }
  return null;
}

// A label whose `for` names another control that exists is that control's, not this one's.
function pointsElsewhere(label: HTMLLabelElement, control: Element): boolean {
  const target = label.htmlFor;
  if (!target || target === control.id) return false;
  return scopeOf(control).querySelector(`#${CSS.escape(target)}`) !== null;
}

/** Every name a person could read for this control, each with its source, in precedence order. */
export function controlNames(control: FieldControl, labels?: LabelIndex): ControlName[] {
  const names: ControlName[] = [];
  for (const label of labelsOf(control, labels)) {
    push(names, label.contains(control) ? 'label-wrap' : 'label-for', readableText(label));
  }
  // A drawn checkbox or switch is named by what it holds, as ARIA names it.
  if (isDrawnToggle(control)) push(names, 'label-wrap', readableText(control));
  push(names, 'aria-labelledby', textOfIds(control, 'aria-labelledby', true));
  push(names, 'aria-label', control.getAttribute('aria-label'));
  push(names, 'label-sibling', siblingLabel(control));
  if (isToggle(control)) {
    push(names, 'checkbox-text', nearbyText(control, 'after'));
    push(names, 'group', groupQuestion(control));
  }
  const token = autocompleteToken(control);
  if (token) names.push({ source: 'autocomplete', text: token });
  push(names, 'legend', legendOf(control));
  push(names, 'placeholder', control.getAttribute('placeholder'));
  push(names, 'title', control.getAttribute('title'));
  push(names, 'definition', definitionOf(control));
  push(names, 'text-before', nearbyText(control, 'before'));
  push(names, 'cell-left', cellLeft(control));
  push(names, 'cell-above', cellAbove(control));
  push(names, 'aria-describedby', textOfIds(control, 'aria-describedby', true));
  push(names, 'text-after', nearbyText(control, 'after'));
  for (const attribute of [control.getAttribute('name'), control.id])
    if (attribute) push(names, 'name-id', attributeWords(attribute));
  const type = control.tagName === 'INPUT' ? (control as HTMLInputElement).type : '';
  if (type === 'tel' || type === 'email') names.push({ source: 'input-type', text: type });
  return names;
}

// How far up controlNames reads around a control: nearbyText looks at the siblings of its third
// ancestor, so everything it reads lies inside the fourth.
const NAME_DEPTH = 4;

/**
 * What a control's names are read from, besides the document's ids and `<label for>`s: one node
 * whose subtree holds everything controlNames reads around the control, then the elements its
 * labels and ARIA attributes point at elsewhere. A change inside any of them may change the names.
 */
export function nameSources(control: FieldControl, labels?: LabelIndex): Node[] {
  const root = scopeOf(control);
  // In a web component, what the page slots in shows anywhere in it: the whole component.
  let scope: Node = root instanceof ShadowRoot ? root : control;
  for (let depth = 0; depth < NAME_DEPTH && scope !== root; depth++) {
    const up = scope.parentNode;
    if (!up || up.nodeType === 9) break;
    scope = up;
    if (up instanceof ShadowRoot) break;
  }
  const row = cellOf(control)?.parentElement;
  for (const far of [
    control.closest('fieldset'),
    control.closest('[role="radiogroup"]'),
    control.closest('dl'),
    control.closest('label'),
    row?.parentElement ?? row,
  ])
    if (far && far !== scope && far.contains(scope)) scope = far;
  const sources: Node[] = [scope];
  for (const label of labelsOf(control, labels)) if (!scope.contains(label)) sources.push(label);
  for (const attribute of ['aria-labelledby', 'aria-describedby'])
    for (const id of control.getAttribute(attribute)?.split(/\s+/) ?? []) {
      const target = id ? root.querySelector(`#${CSS.escape(id)}`) : null;
      if (target && !scope.contains(target)) sources.push(target);
    }
  return sources;
}
