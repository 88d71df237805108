import { collapseWhitespace } from '../values/text';
import type { FieldControl } from './controls';
import type { ButtonItem, Region } from './page-view';

/** What an element's subtree adds to the region it sits in, kept until something in it changes. */
export interface Part {
  /** Its visible text, parts joined by spaces (collapsed only for the region). */
  text: string;
  headings: string[];
  buttons: ButtonItem[];
  controls: FieldControl[];
  passwordFields: number;
  /** The open dialogs in it, outermost first: each a region of its own. */
  dialogs: Region[];
  shadowRoots: ShadowRoot[];
}

export const EMPTY: Part = Object.freeze({
  text: '',
  headings: [],
  buttons: [],
  controls: [],
  passwordFields: 0,
  dialogs: [],
  shadowRoots: [],
});

export const emptyPart = (): Part => ({
  ...EMPTY,
  headings: [],
  buttons: [],
  controls: [],
  dialogs: [],
  shadowRoots: [],
});

export function isEmpty(part: Part): boolean {
  return (
    !part.text &&
    part.headings.length === 0 &&
    part.buttons.length === 0 &&
    part.controls.length === 0 &&
    part.passwordFields === 0 &&
    part.dialogs.length === 0 &&
    part.shadowRoots.length === 0
  );
}

/** Adds text after what the part holds: with a space between, or `joined` on in one word. */
export function addText(into: Part, text: string, joined = false): void {
  into.text = into.text ? (joined ? `${into.text}${text}` : `${into.text} ${text}`) : text;
}

export function merge(into: Part, part: Part, joined = false): void {
  if (part === EMPTY) return;
  if (part.text) addText(into, part.text, joined);
  into.headings.push(...part.headings);
  into.buttons.push(...part.buttons);
  into.controls.push(...part.controls);
  into.passwordFields += part.passwordFields;
  into.dialogs.push(...part.dialogs);
  into.shadowRoots.push(...part.shadowRoots);
}

export const regionOf = (root: Element, isDialog: boolean, part: Part): Region => ({
  root,
  isDialog,
  headings: part.headings,
  buttons: part.buttons,
  text: collapseWhitespace(part.text),
  controls: part.controls,
  passwordFields: part.passwordFields,
});

// A region handed out is the caller's: kept parts are never handed out to be changed.
export const copyOf = (region: Region): Region => ({
  ...region,
  headings: [...region.headings],
  buttons: [...region.buttons],
  controls: [...region.controls],
});
