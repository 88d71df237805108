// Changes of how a control is drawn, not of what it asks: a native checkbox or radio hidden behind
// a drawn box, a checkbox as a switch or as a yes/no question, a native select as an ARIA
// combobox whose list is a popover at the end of <body>, and the reverse (a drawn dropdown as a
// native select). Each drawn control keeps its value in the page's state (emulation.ts).

import type { Change } from './change';
import { fieldControls, freshId, hashClass, isCheckable, make } from './dom';
import { EMULATE, installEmulations, MODEL } from './emulation';
import { labelOf, removeLabel } from './labels';
import type { Rng } from './rng';

const HIDDEN_STYLES = [
  // Bootstrap's .visually-hidden, Tailwind's sr-only
  'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0',
  // MUI's and Chakra's: the input over the drawn box, transparent
  'position:absolute;opacity:0;width:100%;height:100%;top:0;left:0;margin:0',
  // moved off-screen
  'position:absolute;left:-9999px',
];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Moves the test's metadata (data-expect, its source) from one control to what replaces it. */
function carryMetadata(from: Element, to: Element): void {
  for (const name of ['data-expect', 'data-expect-source'])
    if (from.hasAttribute(name)) to.setAttribute(name, from.getAttribute(name) ?? '');
}

/** The key the page keeps a control's value under (its data-model), or one made up for it. */
const modelKey = (control: Element, rng: Rng) =>
  control.getAttribute('data-model') ?? `mx.${control.getAttribute('name') ?? rng.token(5)}`;

const nativeCheckboxes = (doc: Document) =>
  fieldControls(doc).filter(
    (c): c is HTMLInputElement => c.tagName === 'INPUT' && (c as HTMLInputElement).type === 'checkbox',
  );

function srOnly(doc: Document, rng: Rng): boolean {
  const boxes = fieldControls(doc).filter(isCheckable);
  for (const input of boxes) {
    const label = labelOf(input);
    const box = make(
      doc,
      `<span class="${hashClass(rng)}" aria-hidden="true" style="display:inline-block;width:18px;height:18px;border:2px solid #555;border-radius:${input.type === 'radio' ? '50%' : '3px'}"></span>`,
    );
    input.setAttribute('style', rng.pick(HIDDEN_STYLES));
    if (label?.kind === 'wrap') {
      input.after(box);
      continue;
    }
    const drawn = make(
      doc,
      `<label class="${hashClass(rng)}" style="display:inline-flex;align-items:center;gap:8px;position:relative;cursor:pointer"></label>`,
    );
    if (label) removeLabel(label);
    input.replaceWith(drawn);
    drawn.append(input, box, make(doc, `<span>${escapeHtml(label?.text ?? '')}</span>`));
  }
  return boxes.length > 0;
}

/** A checkbox as `<button role="switch">` or `<div role="checkbox">`, labelled by its words beside it. */
function asSwitch(doc: Document, rng: Rng, role: 'switch' | 'checkbox'): boolean {
  const boxes = nativeCheckboxes(doc);
  for (const input of boxes) {
    const label = labelOf(input);
    const id = freshId(doc, rng);
    const drawn = make(
      doc,
      role === 'switch'
        ? `<button type="button" role="switch" class="${hashClass(rng)}"><span class="${hashClass(rng)}" aria-hidden="true"></span></button>`
        : `<div role="checkbox" tabindex="0" class="${hashClass(rng)}"></div>`,
    );
    drawn.setAttribute('aria-checked', String(input.checked));
    drawn.setAttribute(EMULATE, 'switch');
    drawn.setAttribute(MODEL, modelKey(input, rng));
    if (input.disabled) drawn.setAttribute('aria-disabled', 'true');
    carryMetadata(input, drawn);
    // Labelled by the words beside it: through aria-labelledby, or only by where they are.
    if (rng.chance(0.7)) drawn.setAttribute('aria-labelledby', id);
    if (label) removeLabel(label);
    input.replaceWith(drawn, ' ', make(doc, `<span id="${id}">${escapeHtml(label?.text ?? '')}</span>`));
  }
  installEmulations(doc);
  return boxes.length > 0;
}

/** A checkbox as a yes/no question: its words as the question, radios "Yes" and "No". */
function asRadios(doc: Document, rng: Rng): boolean {
  const boxes = nativeCheckboxes(doc);
  for (const input of boxes) {
    const label = labelOf(input);
    const question = escapeHtml(label?.text ?? '');
    const id = freshId(doc, rng);
    const group = make(
      doc,
      rng.chance(0.5)
        ? `<fieldset class="${hashClass(rng)}" data-mx-group><legend>${question}</legend></fieldset>`
        : `<div role="radiogroup" aria-labelledby="${id}" class="${hashClass(rng)}" data-mx-group><div id="${id}">${question}</div></div>`,
    );
    const name = `${rng.token(4)}-${rng.token(3)}`;
    const initially = input.checked ? 'yes' : rng.pick(['none', 'no']);
    if (initially === 'no') group.setAttribute('data-mx-answered', '');
    for (const [value, word] of [
      ['yes', 'Yes'],
      ['no', 'No'],
    ] as const) {
      const radio = make<HTMLInputElement>(doc, `<input type="radio" name="${name}" value="${value}">`);
      radio.setAttribute(EMULATE, 'radio');
      radio.setAttribute(MODEL, modelKey(input, rng));
      carryMetadata(input, radio);
      if (initially === value) radio.setAttribute('checked', '');
      const choice = make(doc, `<label class="${hashClass(rng)}"></label>`);
      choice.append(radio, ` ${word}`);
      group.append(choice, ' ');
    }
    if (label) removeLabel(label);
    input.replaceWith(group);
  }
  installEmulations(doc);
  return boxes.length > 0;
}

/** A native select as an ARIA combobox (MUI's Select, mat-select): its list opens at the end of <body>. */
function asCombobox(doc: Document, rng: Rng): boolean {
  const selects = fieldControls(doc).filter(
    (c): c is HTMLSelectElement => c.tagName === 'SELECT' && !(c as HTMLSelectElement).multiple,
  );
  for (const select of selects) {
    const label = labelOf(select);
    const options = [...select.options].map((o) => [o.value, (o.textContent ?? '').trim()]);
    const drawn = make(
      doc,
      `<div role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" class="${hashClass(rng)}"><span data-mx-shown></span></div>`,
    );
    drawn.id = select.id || freshId(doc, rng);
    drawn.setAttribute(EMULATE, 'combobox');
    drawn.setAttribute(MODEL, modelKey(select, rng));
    drawn.setAttribute('data-mx-options', JSON.stringify(options));
    drawn.setAttribute('data-mx-open', rng.pick(['mousedown', 'click']));
    drawn.setAttribute('data-mx-value', select.value);
    if (select.required) drawn.setAttribute('aria-required', 'true');
    carryMetadata(select, drawn);
    if (label?.element && label.kind === 'for') {
      // Labelled as MUI labels its Select: the label by id, then the control's own shown value.
      label.element.id ||= freshId(doc, rng);
      label.element.removeAttribute('for');
      drawn.setAttribute(
        'aria-labelledby',
        rng.chance(0.5) ? label.element.id : `${label.element.id} ${drawn.id}`,
      );
    }
    const shown = drawn.querySelector('[data-mx-shown]');
    if (shown) shown.textContent = select.value ? (select.selectedOptions[0]?.textContent ?? '').trim() : '';
    select.replaceWith(drawn);
  }
  installEmulations(doc);
  return selects.length > 0;
}

/** A drawn dropdown (MUI Select or Autocomplete, mat-select) as a native select with the same options. */
function asNativeSelect(doc: Document, rng: Rng): boolean {
  const drawn = fieldControls(doc).filter((c) =>
    c.matches('[data-mui-select], [data-mat-select], [data-mui-autocomplete]'),
  );
  for (const control of drawn) {
    const key =
      control.getAttribute('data-mui-select') ??
      control.getAttribute('data-mat-select') ??
      control.getAttribute('data-mui-autocomplete') ??
      '';
    const raw: unknown[] = JSON.parse(control.getAttribute('data-options') ?? '[]');
    const options = raw.map((o) => (Array.isArray(o) ? o : [o, o]) as [string, string]);
    const select = make<HTMLSelectElement>(
      doc,
      `<select class="${hashClass(rng)}"><option value=""></option></select>`,
    );
    for (const [value, text] of options)
      select.append(make(doc, `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`));
    select.id = freshId(doc, rng);
    select.setAttribute(EMULATE, 'select');
    select.setAttribute(MODEL, key);
    carryMetadata(control, select);
    const labelIds = (control.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .filter((id) => id && id !== control.id);
    for (const label of doc.querySelectorAll<HTMLLabelElement>(`label[for="${CSS.escape(control.id)}"]`))
      label.htmlFor = select.id;
    for (const id of labelIds) {
      const label = doc.getElementById(id)?.closest('label');
      if (label) label.htmlFor = select.id;
    }
    control.parentElement?.querySelector(':scope > input[aria-hidden="true"]')?.remove();
    control.replaceWith(select);
  }
  installEmulations(doc);
  return drawn.length > 0;
}

export const CONTROL_CHANGES: Change[] = [
  {
    name: 'sr-only-input',
    what: 'native checkboxes and radios visually hidden behind a drawn box',
    apply: srOnly,
  },
  {
    name: 'checkbox-switch',
    what: 'a checkbox as <button role="switch">',
    apply: (doc, rng) => asSwitch(doc, rng, 'switch'),
  },
  {
    name: 'checkbox-aria',
    what: 'a checkbox as <div role="checkbox">',
    apply: (doc, rng) => asSwitch(doc, rng, 'checkbox'),
  },
  { name: 'checkbox-radios', what: 'a checkbox as a yes/no radio question', apply: asRadios },
  {
    name: 'select-combobox',
    what: 'a native select as an ARIA combobox with a popover listbox',
    apply: asCombobox,
  },
  { name: 'combobox-select', what: 'a drawn dropdown as a native select', apply: asNativeSelect },
];
