// Ids, classes and name attributes as frameworks generate them (`:r4:`, `mat-input-17`,
// `css-1x2y3z`, `ng-tns-c12-3`): what a developer chose is gone, what a person sees is not. Every
// reference follows: label[for], the ARIA id references, data-opens, form, and the style sheets'
// #id and .class selectors (so what is hidden stays hidden).

import { ID_LISTS as ID_REFERENCES } from '../../../utils/page/report-attributes';
import type { Change } from './change';
import { freshId, type Root, rootsOf } from './dom';
import type { Rng } from './rng';

// HTML's and ARIA's id references, and the fixtures' own (data-opens names the dialog a button opens).
const ID_LISTS = [...ID_REFERENCES, 'aria-flowto', 'data-opens'];
const HASH_REFS = ['href', 'data-bs-target', 'data-target'];

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Style sheets that apply in a root: the document's own, or a shadow root's. */
const stylesOf = (root: Root) => [...root.querySelectorAll('style')];

function renameIds(doc: Document, rng: Rng): boolean {
  const style = rng.int(4);
  let changed = false;
  for (const root of rootsOf(doc)) {
    const scope = root === doc ? doc.body : root;
    const renamed = new Map<string, string>();
    for (const el of scope.querySelectorAll('[id]')) {
      const id = el.id;
      if (!id || renamed.has(id)) continue;
      const fresh = freshId(doc, rng, style);
      renamed.set(id, fresh);
      el.id = fresh;
    }
    if (renamed.size === 0) continue;
    changed = true;
    for (const el of scope.querySelectorAll('*')) {
      for (const name of ID_LISTS) {
        const value = el.getAttribute(name);
        if (value)
          el.setAttribute(
            name,
            value
              .split(/\s+/)
              .map((id) => renamed.get(id) ?? id)
              .join(' '),
          );
      }
      for (const name of HASH_REFS) {
        const value = el.getAttribute(name);
        const target = value?.startsWith('#') ? renamed.get(value.slice(1)) : undefined;
        if (target) el.setAttribute(name, `#${target}`);
      }
    }
    for (const sheet of stylesOf(root))
      for (const [from, to] of renamed)
        sheet.textContent = (sheet.textContent ?? '').replace(
          new RegExp(`#${regexEscape(from)}(?![\\w-])`, 'g'),
          `#${CSS.escape(to)}`,
        );
  }
  return changed;
}

function classHash(rng: Rng, n: number): string {
  switch (rng.int(3)) {
    case 0:
      return `css-${rng.token(7)}`;
    case 1:
      return `ng-tns-c${n % 97}-${rng.int(40)}`;
    default:
      return `sc-${rng.token(6)}`;
  }
}

/** The document's class names (not web components' inside), and its style sheets' selectors. */
function renameClasses(doc: Document, rng: Rng): boolean {
  const renamed = new Map<string, string>();
  const elements = [...doc.body.querySelectorAll('[class]')];
  for (const el of elements)
    for (const name of el.classList)
      if (/^[\w-]+$/.test(name) && !renamed.has(name)) renamed.set(name, classHash(rng, renamed.size));
  if (renamed.size === 0) return false;
  for (const el of elements)
    el.setAttribute('class', [...el.classList].map((name) => renamed.get(name) ?? name).join(' '));
  for (const sheet of doc.querySelectorAll('style'))
    sheet.textContent = (sheet.textContent ?? '').replace(/\.(-?[_a-zA-Z][\w-]*)/g, (found, name: string) =>
      renamed.has(name) ? `.${renamed.get(name)}` : found,
    );
  return true;
}

const NAMED = 'input, select, textarea, button, form, fieldset, output';

function renameNames(doc: Document, rng: Rng): boolean {
  const renamed = new Map<string, string>();
  let changed = false;
  for (const root of rootsOf(doc))
    for (const el of root.querySelectorAll(NAMED)) {
      const name = el.getAttribute('name');
      if (!name || (el as HTMLInputElement).type === 'hidden') continue;
      if (!renamed.has(name))
        renamed.set(
          name,
          rng.pick([`_r_${rng.token(2)}_`, `mat-input-${rng.int(90) + 10}`, `f${rng.token(8)}`]),
        );
      el.setAttribute('name', renamed.get(name) as string);
      changed = true;
    }
  return changed;
}

export const ID_CHANGES: Change[] = [
  { name: 'hash-ids', what: 'ids as framework-generated ids, references kept', apply: renameIds },
  { name: 'hash-classes', what: 'class names as CSS-in-JS hashes, style sheets kept', apply: renameClasses },
  { name: 'hash-names', what: 'name attributes as generated names', apply: renameNames },
];
