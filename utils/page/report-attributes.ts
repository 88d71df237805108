import type { TextCleaner } from './report-text';

// Which attributes of the screen a report keeps, and how (see sanitise.ts): the allow-list's
// attribute half. Anything not named here is not copied.

// Attributes whose text a person reads: kept in the report's words.
const TEXT_ATTRIBUTES = [
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-description',
  'placeholder',
  'title',
];
// Attributes naming other elements by id: the ids are renamed, so these follow.
export const ID_LISTS = [
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'list',
  'form',
  'headers',
];
// Attributes whose values are the page's code's words or small numbers.
const SETTINGS = [
  'hidden',
  'required',
  'disabled',
  'readonly',
  'multiple',
  'open',
  'inert',
  'aria-hidden',
  'aria-expanded',
  'aria-haspopup',
  'aria-required',
  'aria-disabled',
  'aria-readonly',
  'aria-modal',
  'aria-multiselectable',
  'aria-orientation',
  'aria-autocomplete',
  'aria-live',
  'aria-current',
  'aria-invalid',
  'aria-level',
  'aria-posinset',
  'aria-setsize',
  'colspan',
  'rowspan',
  'scope',
  'maxlength',
  'minlength',
  'size',
  'rows',
  'cols',
  'inputmode',
  'dir',
  'lang',
  'slot',
];
const SETTING_SHAPE = /^(?:[a-z]{0,16}(?:-[a-z]{1,8})?|\d{1,4})$/i;
// The words HTML and ARIA give these attributes (true, polite, listbox, ltr, numeric, en-AU…): a
// value of the right shape but another word could be anything a page put there.
const SETTING_WORDS = new Set(
  `true false mixed undefined on off yes no page step location date time spelling grammar polite assertive
  menu listbox tree grid dialog both inline list none horizontal vertical ascending descending other
  ltr rtl auto numeric decimal tel email url search text row col rowgroup colgroup hidden until found
  en au us gb nz`.split(/\s+/),
);

/** A setting's value as HTML or ARIA spells it, or a small number: nothing else is copied. */
export const isSettingValue = (value: string): boolean =>
  SETTING_SHAPE.test(value) &&
  (/^\d+$/.test(value) ||
    value === '' ||
    value
      .toLowerCase()
      .split('-')
      .every((part) => SETTING_WORDS.has(part)));
// A state a person set (ticked, chosen, pressed): the copy keeps that the control has one, never which.
const STATES = ['aria-checked', 'aria-selected', 'aria-pressed'];
const INPUT_TYPES = new Set(
  'text email tel number password search url date month week time datetime-local checkbox radio submit button reset hidden file range color image'.split(
    ' ',
  ),
);
const BUTTON_INPUT = new Set(['submit', 'button', 'reset', 'image']);
const ROLE = /^[a-z]+(?: [a-z]+)*$/;
const AUTOCOMPLETE_TOKEN = /^(?!section-)[a-z][a-z0-9-]{0,30}$/;

/**
 * Copies an element's allowed attributes onto its copy: ids renamed (every reference follows),
 * texts in the report's words, settings from a fixed shape, a person's choices never.
 */
export function attributeCopier(cleaner: TextCleaner, cleanText: (text: string) => string) {
  const { removed } = cleaner;
  const ids = new Map<string, string>();
  const usedIds = new Set<string>();
  const newId = (old: string): string => {
    const known = ids.get(old);
    if (known) return known;
    const base = cleaner.identifier(old).replace(/[^\w-]/g, '') || 'x';
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    ids.set(old, id);
    return id;
  };

  return function copyAttributes(live: Element, out: Element, tag: string): void {
    const get = (name: string) => live.getAttribute(name);
    const id = get('id');
    if (id) out.setAttribute('id', newId(id));
    for (const name of ID_LISTS) {
      const list = get(name);
      if (list?.trim()) out.setAttribute(name, list.trim().split(/\s+/).map(newId).join(' '));
    }
    for (const name of TEXT_ATTRIBUTES) {
      const text = get(name);
      if (text?.trim()) out.setAttribute(name, cleanText(text));
    }
    for (const name of SETTINGS) {
      const value = get(name);
      if (value !== null && isSettingValue(value)) out.setAttribute(name, value);
    }
    for (const name of STATES) if (live.hasAttribute(name)) out.setAttribute(name, 'false');
    const role = get('role');
    if (role && ROLE.test(role) && role.length <= 40) out.setAttribute('role', role);
    const fieldName = get('name');
    if (fieldName?.trim() && tag !== 'slot')
      out.setAttribute('name', cleaner.identifier(fieldName.slice(0, 100)));
    const autocomplete = get('autocomplete');
    if (autocomplete) {
      const tokens = autocomplete
        .toLowerCase()
        .split(/\s+/)
        .filter((t) => AUTOCOMPLETE_TOKEN.test(t));
      if (tokens.length > 0) out.setAttribute('autocomplete', tokens.join(' '));
    }
    if (tag === 'input') {
      const type = (get('type') ?? 'text').toLowerCase();
      if (INPUT_TYPES.has(type)) out.setAttribute('type', type);
      const value = get('value');
      // A button's words are the page's; any other value is what someone typed or chose.
      if (BUTTON_INPUT.has(type) && value) out.setAttribute('value', cleanText(value));
      else if (value?.trim()) removed.value++;
      if (live instanceof HTMLInputElement && live.value && !BUTTON_INPUT.has(type) && !value)
        removed.value++;
    }
    if (tag === 'button') {
      const type = get('type')?.toLowerCase();
      if (type === 'submit' || type === 'button' || type === 'reset') out.setAttribute('type', type);
    }
    if (tag === 'a' && live.hasAttribute('href')) out.setAttribute('href', '#');
  };
}
