// Tiny emulations of the controls the mutations draw in place of a native one (a switch, a yes/no
// radio group, an ARIA combobox with a popover listbox) and of a native select in place of a drawn
// dropdown: each keeps its value in the page's state, as the page's framework would, and is
// redrawn from that state by window.__rerender. Declared by attributes, so a kept fixture page
// gets them back when it is loaded again (installEmulations).
//   data-mx-emulate="switch|radio|combobox|select"; data-mx-model="<key in the page's state>";
//   a combobox's data-mx-options='[[value, label], …]' and data-mx-open="mousedown|click".
// The state is window.__fixtureState when the page's framework keeps one (Angular, React, Vue and
// web-component emulations); server-form.js reads its state from the DOM instead, so there the
// drawn control keeps its own (window.__mxState) and the DOM shows it (aria-checked, checked).
// The frameworks' scripts ignore these controls: they bind [data-model], which these do not carry.

import { deepAll } from './dom';

type View = Window & {
  __fixtureState?: Record<string, unknown>;
  __mxState?: Record<string, unknown>;
  __fixtureEvents?: number;
  __rerender?: (() => void) & { mx?: true };
  /** Texts of drawn switches clicked: a toggle, which the recorder also lists as a press. */
  __mxToggled?: string[];
};

export const EMULATE = 'data-mx-emulate';
export const MODEL = 'data-mx-model';

const bound = new WeakSet<Element>();
let listSerial = 0;

/** The state the drawn controls keep their values in (see above). */
export function stateOf(view: View): Record<string, unknown> {
  const own = Object.getOwnPropertyDescriptor(view, '__fixtureState');
  if (own && 'value' in own && own.value && typeof own.value === 'object') return own.value;
  view.__mxState ??= {};
  return view.__mxState;
}

const viewOf = (el: Element) => (el.ownerDocument.defaultView ?? window) as View;
const keyOf = (el: Element) => el.getAttribute(MODEL) ?? '';
const optionsOf = (el: Element): [string, string][] => JSON.parse(el.getAttribute('data-mx-options') ?? '[]');

function accept(el: Element, value: unknown): void {
  const view = viewOf(el);
  stateOf(view)[keyOf(el)] = value;
  view.__fixtureEvents = (view.__fixtureEvents ?? 0) + 1;
}

function bindSwitch(el: HTMLElement): void {
  const toggle = () => {
    const on = el.getAttribute('aria-checked') !== 'true';
    el.setAttribute('aria-checked', String(on));
    accept(el, on);
  };
  el.addEventListener('click', () => {
    const view = viewOf(el);
    view.__mxToggled ??= [];
    view.__mxToggled.push((el.textContent || el.getAttribute('aria-label') || '').trim());
    toggle();
  });
  el.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      toggle();
    }
  });
}

function bindRadio(el: HTMLInputElement): void {
  el.addEventListener('change', () => {
    if (!el.checked) return;
    el.closest('[data-mx-group]')?.setAttribute('data-mx-answered', '');
    accept(el, el.value === 'yes');
  });
}

function closeLists(doc: Document): void {
  for (const list of doc.querySelectorAll('[data-mx-popover]')) list.remove();
  for (const open of deepAll(doc, `[${EMULATE}="combobox"][aria-expanded="true"]`)) {
    open.setAttribute('aria-expanded', 'false');
    open.removeAttribute('aria-controls');
  }
}

function openList(el: HTMLElement): void {
  const doc = el.ownerDocument;
  closeLists(doc);
  const id = `mx-listbox-${++listSerial}`;
  const popover = doc.createElement('div');
  popover.setAttribute('data-mx-popover', '');
  popover.setAttribute('role', 'presentation');
  popover.style.cssText = 'position:absolute;z-index:1300';
  const list = doc.createElement('ul');
  list.setAttribute('role', 'listbox');
  list.id = id;
  const chosen = stateOf(viewOf(el))[keyOf(el)];
  for (const [value, label] of optionsOf(el)) {
    if (!label) continue;
    const option = doc.createElement('li');
    option.setAttribute('role', 'option');
    option.setAttribute('data-value', value);
    option.setAttribute('aria-selected', String(value === chosen));
    option.textContent = label;
    option.addEventListener('click', () => {
      accept(el, value);
      renderOne(el);
      closeLists(doc);
    });
    list.append(option);
  }
  popover.append(list);
  doc.body.append(popover);
  el.setAttribute('aria-expanded', 'true');
  el.setAttribute('aria-controls', id);
}

function bindCombobox(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const opener = el.getAttribute('data-mx-open') === 'mousedown' ? 'mousedown' : 'click';
  el.addEventListener(opener, () => {
    if (el.getAttribute('aria-expanded') === 'true') closeLists(doc);
    else openList(el);
  });
  el.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeLists(doc);
    else if (['ArrowDown', 'Enter', ' '].includes(event.key)) openList(el);
  });
  doc.addEventListener('mousedown', (event) => {
    const target = event.target as Node | null;
    const list = doc.querySelector('[data-mx-popover]');
    if (
      list &&
      target &&
      !list.contains(target) &&
      !el.contains(target) &&
      el.getAttribute('aria-expanded') === 'true'
    )
      closeLists(doc);
  });
}

function bindSelect(el: HTMLSelectElement): void {
  el.addEventListener('change', () => accept(el, el.value));
}

/** Draws one control from the state (when the state knows its key). */
function renderOne(el: Element): void {
  const state = stateOf(viewOf(el));
  const key = keyOf(el);
  if (!(key in state)) return;
  const value = state[key];
  switch (el.getAttribute(EMULATE)) {
    case 'switch':
      el.setAttribute('aria-checked', String(value === true));
      break;
    case 'radio': {
      const radio = el as HTMLInputElement;
      const answered = radio.closest('[data-mx-group]')?.hasAttribute('data-mx-answered');
      radio.checked = radio.value === 'yes' ? value === true : value === false && answered === true;
      break;
    }
    case 'combobox': {
      const shown = el.querySelector('[data-mx-shown]');
      const label = optionsOf(el).find(([v]) => v === value)?.[1] ?? '';
      if (shown) shown.textContent = label;
      break;
    }
    case 'select':
      (el as HTMLSelectElement).value = typeof value === 'string' ? value : '';
      break;
  }
}

/** Binds every drawn control of the document not bound yet, and redraws them with __rerender. */
export function installEmulations(doc: Document): void {
  const view = (doc.defaultView ?? window) as View;
  const state = stateOf(view);
  for (const el of deepAll(doc, `[${EMULATE}]`)) {
    if (bound.has(el)) continue;
    bound.add(el);
    const kind = el.getAttribute(EMULATE);
    const key = keyOf(el);
    if (kind === 'switch') {
      if (!(key in state)) state[key] = el.getAttribute('aria-checked') === 'true';
      bindSwitch(el);
    } else if (kind === 'radio') {
      const radio = el as HTMLInputElement;
      if (!(key in state) || radio.checked)
        state[key] = radio.checked ? radio.value === 'yes' : (state[key] ?? false);
      bindRadio(radio);
    } else if (kind === 'combobox') {
      if (!(key in state)) state[key] = el.getAttribute('data-mx-value') ?? '';
      bindCombobox(el);
    } else if (kind === 'select') {
      if (!(key in state)) state[key] = (el as HTMLSelectElement).value;
      bindSelect(el as HTMLSelectElement);
    }
  }
  const rerender = view.__rerender;
  if (rerender?.mx) return;
  const wrapped = Object.assign(
    () => {
      rerender?.();
      for (const el of deepAll(doc, `[${EMULATE}]`)) renderOne(el);
    },
    { mx: true as const },
  );
  view.__rerender = wrapped;
}
