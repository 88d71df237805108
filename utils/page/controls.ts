/** A form control a person fills in; readPage lists them (never passwords, buttons, hidden or file inputs). */
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

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
