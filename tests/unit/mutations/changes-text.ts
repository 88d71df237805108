// Changes of the words a person reads, not of what they mean: synonyms, case, required markers
// and colons, text split by inline elements or <wbr>, inline wrappers, headings drawn as divs.

import type { Change } from './change';
import { SPLIT_CHANGES } from './changes-split';
import { hashClass, make, textNodesIn } from './dom';
import { isRequired } from './labels';
import type { Rng } from './rng';
import {
  buttonsShown,
  headingsShown,
  type Labelled,
  labelledFields,
  shownTextNodes,
  wordsToChange,
} from './targets';
import { reword } from './vocabulary';

const HEADING_IN = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend';
const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function rewordPage(doc: Document, rng: Rng): boolean {
  let changed = false;
  for (const node of shownTextNodes(doc)) {
    const where = node.parentElement?.closest(HEADING_IN) ? 'heading' : 'text';
    const text = reword(node.nodeValue ?? '', rng, where);
    if (text !== node.nodeValue) {
      node.nodeValue = text;
      changed = true;
    }
  }
  for (const el of doc.body.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(', ')))
    for (const attribute of ATTRIBUTES) {
      const value = el.getAttribute(attribute);
      const text = value && reword(value, rng, 'text');
      if (value && text !== value) {
        el.setAttribute(attribute, text as string);
        changed = true;
      }
    }
  for (const button of doc.body.querySelectorAll<HTMLInputElement>(
    'input[type="submit"], input[type="button"]',
  )) {
    const text = reword(button.value, rng, 'text');
    if (text !== button.value) {
      button.setAttribute('value', text);
      button.value = text;
      changed = true;
    }
  }
  return changed;
}

function recase(doc: Document, to: (text: string) => string): boolean {
  let changed = false;
  for (const node of wordsToChange(doc, false)) {
    const text = to(node.nodeValue ?? '');
    if (text !== node.nodeValue) {
      node.nodeValue = text;
      changed = true;
    }
  }
  for (const button of buttonsShown(doc))
    if (button instanceof HTMLInputElement && button.value !== to(button.value)) {
      button.setAttribute('value', to(button.value));
      changed = true;
    }
  return changed;
}

const MARKER = /\s*(\*|•|†|\(required\))\s*/gi;
const lastWords = (f: Labelled) => [...f.label.nodes].reverse().find((n) => /\w/.test(n.nodeValue ?? ''));

/** Takes a label's required markers off: marker-only text nodes go, markers inside words too. */
function unmark(f: Labelled): boolean {
  let changed = false;
  for (const node of f.label.nodes) {
    const text = (node.nodeValue ?? '').replace(MARKER, ' ');
    if (text === node.nodeValue) continue;
    changed = true;
    if (/\S/.test(text)) node.nodeValue = text.replace(/\s+$/, ' ');
    else if (
      node.parentElement &&
      textNodesIn(node.parentElement).length === 1 &&
      !node.parentElement.matches('label, td, th, dt')
    )
      node.parentElement.remove();
    else node.remove();
  }
  return changed;
}

function requiredMarkers(doc: Document, rng: Rng): boolean {
  let changed = false;
  for (const field of rng.some(labelledFields(doc), 0.7)) {
    const words = lastWords(field);
    if (!words) continue;
    const required = isRequired(field.control, field.label);
    if (/[*•†]|\(required\)/i.test(field.label.text) && rng.chance(0.5)) {
      changed = unmark(field) || changed;
      continue;
    }
    changed = unmark(field) || changed;
    const marker = required ? rng.pick([' *', ' •', ' †', ' (required)']) : rng.pick([' (optional)', '']);
    if (!marker) continue;
    if (rng.chance(0.5))
      words.after(make(doc, `<span class="${hashClass(rng)}" aria-hidden="true">${marker}</span>`));
    else words.nodeValue = `${(words.nodeValue ?? '').replace(/\s+$/, '')}${marker}`;
    changed = true;
  }
  return changed;
}

function requiredGlyphFirst(doc: Document, rng: Rng): boolean {
  let changed = false;
  for (const field of labelledFields(doc)) {
    const first = field.label.nodes.find((n) => /\w/.test(n.nodeValue ?? ''));
    if (!first || !isRequired(field.control, field.label)) continue;
    unmark(field);
    const glyph = rng.pick(['*', '•', '†']);
    if (rng.chance(0.5)) first.before(make(doc, `<span class="${hashClass(rng)}">${glyph}</span>`), ' ');
    else first.nodeValue = `${glyph} ${(first.nodeValue ?? '').replace(/^\s+/, '')}`;
    changed = true;
  }
  return changed;
}

function colons(doc: Document, rng: Rng): boolean {
  let changed = false;
  for (const field of rng.some(labelledFields(doc), 0.7)) {
    const words = lastWords(field);
    if (!words) continue;
    const had = field.label.nodes.some((n) => /:/.test(n.nodeValue ?? ''));
    if (had)
      for (const node of field.label.nodes) node.nodeValue = (node.nodeValue ?? '').replace(/\s*:/g, '');
    else words.nodeValue = (words.nodeValue ?? '').replace(/(\w[\w)]*)(?![\s\S]*\w)/, '$1:');
    changed = true;
  }
  return changed;
}

/** Label words wrapped in <b> or <font>, as old pages and rich-text editors write them. */
function wrapInline(doc: Document, rng: Rng): boolean {
  let changed = false;
  for (const field of labelledFields(doc))
    for (const node of field.label.nodes) {
      const wrapper = make(
        doc,
        rng.pick(['<b></b>', '<font color="#333333"></font>', '<font face="Arial"></font>']),
      );
      node.replaceWith(wrapper);
      wrapper.append(node);
      changed = true;
    }
  return changed;
}

function spanPerWord(doc: Document, rng: Rng): boolean {
  let changed = false;
  const style = rng.int(3);
  for (const field of labelledFields(doc))
    for (const node of field.label.nodes) {
      const words = (node.nodeValue ?? '').split(/\s+/).filter(Boolean);
      if (words.length < 2) continue;
      const parts = words.flatMap((word, i): (Node | string)[] => {
        const last = i === words.length - 1;
        if (style === 0) return [make(doc, `<span>${escapeHtml(word)}</span>`), ...(last ? [] : [' '])];
        if (style === 1) return [make(doc, `<span>${escapeHtml(word)}${last ? '' : ' '}</span>`)];
        // Spaced by CSS only: what a person sees is "Company Name"; the text has no space.
        return [make(doc, `<span style="margin-right:0.25em">${escapeHtml(word)}</span>`)];
      });
      node.replaceWith(...parts);
      changed = true;
    }
  return changed;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Each heading redrawn as another element that looks the same, its attributes and content kept. */
function redrawHeadings(doc: Document, rng: Rng, shell: () => string): boolean {
  const headings = headingsShown(doc);
  for (const heading of headings) {
    const level = Number(heading.tagName.slice(1)) || Number(heading.getAttribute('aria-level')) || 2;
    const div = make(doc, shell());
    for (const { name, value } of heading.attributes)
      if (!['role', 'aria-level', 'class'].includes(name)) div.setAttribute(name, value);
    div.classList.add(hashClass(rng));
    div.setAttribute('style', `font-size:${[28, 24, 20, 18, 16, 14][level - 1] ?? 18}px;font-weight:600`);
    div.append(...heading.childNodes);
    heading.replaceWith(div);
  }
  return headings.length > 0;
}

export const TEXT_CHANGES: Change[] = [
  {
    name: 'reword',
    what: 'labels, headings, buttons and sentences in synonyms (vocabulary.ts)',
    apply: rewordPage,
  },
  {
    name: 'upper-case',
    what: 'labels, headings and buttons in UPPER CASE',
    apply: (doc) => recase(doc, (t) => t.toUpperCase()),
  },
  {
    name: 'lower-case',
    what: 'labels, headings and buttons in lower case',
    apply: (doc) => recase(doc, (t) => t.toLowerCase()),
  },
  {
    name: 'required-markers',
    what: 'required markers added, changed or removed; "(optional)"',
    apply: requiredMarkers,
  },
  { name: 'required-first', what: 'a required glyph before the label’s words', apply: requiredGlyphFirst },
  { name: 'colons', what: 'trailing colons added to labels, or removed', apply: colons },
  ...SPLIT_CHANGES,
  { name: 'wrap-inline', what: 'label words inside <b> or <font>', apply: wrapInline },
  { name: 'span-per-word', what: 'each word of a label in its own <span>', apply: spanPerWord },
  {
    name: 'heading-div',
    what: 'headings drawn as styled <div>s',
    apply: (doc, rng) => redrawHeadings(doc, rng, () => '<div></div>'),
  },
  {
    name: 'heading-card-title',
    what: 'headings as card titles (div.card-title, mat-card-title)',
    apply: (doc, rng) =>
      redrawHeadings(doc, rng, () =>
        rng.pick([
          '<div class="card-title"></div>',
          '<mat-card-title class="mat-mdc-card-title"></mat-card-title>',
          '<div class="MuiCardHeader-title"></div>',
        ]),
      ),
  },
];
