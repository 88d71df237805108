import { collapseWhitespace } from '../values/text';
import { isKnownOption } from '../words/report-words';
import { attributeCopier, isSettingValue } from './report-attributes';
import { PLACEHOLDER, type Removed, type TextCleaner, textCleaner } from './report-text';
import { shadowRootOf } from './shadow';
import { shownAs } from './visibility';

/**
 * "Report this screen": a NEW document built from an allow-list of what a reader of the screen
 * needs (elements, roles, a list of ARIA attributes, labels, headings and texts in the vocabulary's
 * words, the structure, the layout facts that decide what shows), never a cleaned copy of the
 * page. Whatever the list does not name is simply not there: no style sheet, URL, template, value,
 * data attribute or script can come along, and a word the vocabulary does not know (a name, a
 * customer number) becomes a placeholder. The file leaves the business; it loads as a saved page
 * for tests/fixtures.
 */

export interface SanitiseInput {
  /** The live document (read only: the page is never changed). */
  doc: Document;
  /** Values known to be someone's (the clients' and the reseller's): removed wherever they show. */
  known: readonly string[];
  /** Elements that are the assistant's own (the panel's host): left out. */
  isOwn?: (element: Element) => boolean;
}

export interface Sanitised {
  /** The copy's `<html>` element, in a document of its own. */
  root: HTMLElement;
  removed: Removed;
  /** Every text the copy holds (texts and text attributes), in order, each once. */
  kept: string[];
  cleaner: TextCleaner;
}

// The elements a copy may hold, as they are. Any other element of HTML's becomes a div or a span;
// a web component keeps its name (its code's, not anyone's data).
const KEPT_TAGS = new Set(
  `div span p section article aside header footer nav main search form fieldset legend label input select
  option optgroup datalist textarea button h1 h2 h3 h4 h5 h6 ul ol li dl dt dd menu table thead tbody tfoot
  tr th td caption colgroup col a strong b em i u s small sup sub mark abbr code pre blockquote br wbr hr
  dialog details summary output progress meter figure figcaption address time slot`
    .split(/\s+/)
    .filter(Boolean),
);
// Code, resources, frames, media and the page's own templates: nothing a reader of the screen needs.
const DROPPED_TAGS = new Set(
  `script noscript style link meta base template iframe frame frameset object embed applet canvas video
  audio source track map area portal math head title`
    .split(/\s+/)
    .filter(Boolean),
);
// Pictures: only what they say (an icon button's name), as a span.
const PICTURES = new Set(['img', 'svg', 'picture', 'image']);
const CUSTOM_ELEMENT = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const INLINE_TAGS = new Set(
  'span strong b em i u s small sup sub mark abbr code time wbr br a font'.split(' '),
);

const DOT_STYLE = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)';

/** Builds the report's document from the live one (see the comment at the top). */
export function sanitiseScreen({ doc, known, isOwn }: SanitiseInput): Sanitised {
  const copy = doc.implementation.createHTMLDocument('');
  const cleaner = textCleaner(known);
  const { removed } = cleaner;
  const kept = new Set<string>();
  const view = doc.defaultView ?? window;
  let optionNumber = 0;

  const keep = (text: string) => {
    const shown = collapseWhitespace(text);
    if (shown && shown !== PLACEHOLDER) kept.add(shown);
    return text;
  };
  const cleanText = (text: string) => keep(cleaner.text(text));
  const attributes = attributeCopier(cleaner, cleanText);

  function tagFor(live: Element): string | null {
    const tag = live.localName.toLowerCase();
    if (DROPPED_TAGS.has(tag) || isOwn?.(live) || tag === 'leader-csp-assistant') return null;
    if (KEPT_TAGS.has(tag) || PICTURES.has(tag)) return tag;
    if (CUSTOM_ELEMENT.test(tag) && tag.length <= 40) return tag;
    return view.getComputedStyle(live).display === 'inline' ? 'span' : 'div';
  }

  /** The layout facts that decide what a reader sees, as an inline style from a fixed list. */
  function layout(live: Element, out: Element): void {
    const style = view.getComputedStyle(live);
    const parts: string[] = [];
    if (style.display === 'none') parts.push('display:none');
    else {
      if (style.visibility === 'hidden' || style.visibility === 'collapse') parts.push('visibility:hidden');
      if (shownAs(live, view, style) === 'dot') parts.push(DOT_STYLE);
      if (Number.parseFloat(style.opacity) === 0) parts.push('opacity:0');
      // A title drawn large or bold in a div is a heading to a person (page-headings.ts).
      if ([...live.childNodes].some((n) => n.nodeType === 3 && n.nodeValue?.trim())) {
        const parent = live.parentElement ? view.getComputedStyle(live.parentElement) : null;
        const size = Number.parseFloat(style.fontSize);
        const weight = Number.parseInt(style.fontWeight, 10) || (style.fontWeight === 'bold' ? 700 : 400);
        if (Number.isFinite(size) && size > 0 && style.fontSize !== parent?.fontSize)
          parts.push(`font-size:${Math.round(size)}px`);
        if (style.fontWeight !== parent?.fontWeight) parts.push(`font-weight:${weight}`);
      }
    }
    if (parts.length > 0) out.setAttribute('style', parts.join(';'));
  }

  /** An option's words only when a drop-down of states, countries or yes/no shows them. */
  function option(live: Element, out: Element): void {
    const text = collapseWhitespace(live.textContent ?? '');
    const label = live.getAttribute('label');
    const value = live.getAttribute('value');
    if (isKnownOption(text) && (label === null || isKnownOption(label))) {
      out.append(copy.createTextNode(keep(text)));
      if (label) out.setAttribute('label', label);
      if (value !== null && isKnownOption(value)) out.setAttribute('value', value);
      return;
    }
    optionNumber++;
    removed.option++;
    out.append(copy.createTextNode(keep(`option ${optionNumber}`)));
  }

  /** The element itself, with its allowed attributes and layout, and no content yet. */
  function shell(live: Element): Element | null {
    const tag = tagFor(live);
    if (!tag) {
      removed.element++;
      return null;
    }
    if (PICTURES.has(tag)) {
      const said = live.getAttribute('aria-label') ?? live.getAttribute('alt') ?? live.getAttribute('title');
      if (!said?.trim()) return null;
      const span = copy.createElement('span');
      span.setAttribute('role', 'img');
      span.setAttribute('aria-label', cleanText(said));
      return span;
    }
    const out = copy.createElement(tag);
    attributes(live, out, tag);
    layout(live, out);
    return out;
  }

  function element(live: Element): Element | null {
    const out = shell(live);
    if (!out || PICTURES.has(live.localName)) return out;
    const tag = out.localName;
    if (tag === 'option') {
      option(live, out);
      return out;
    }
    if (tag === 'optgroup') {
      const label = live.getAttribute('label');
      if (label) out.setAttribute('label', isKnownOption(label) ? label : 'group');
    }
    // What someone typed: a text area's text, an editable box's content.
    const editable = live.getAttribute('contenteditable');
    if (tag === 'textarea' || (editable !== null && editable !== 'false')) {
      if ((live.textContent ?? '').trim() || (live as HTMLTextAreaElement).value) removed.value++;
      return out;
    }
    const shadow = shadowRootOf(live);
    if (shadow) {
      const template = copy.createElement('template');
      template.setAttribute('shadowrootmode', 'open');
      children(shadow, template.content);
      out.append(template);
    }
    children(live, out);
    return out;
  }

  /** Inline elements holding only text (and such elements): read with their neighbours as one line. */
  const isPhrasing = (node: Element): boolean =>
    INLINE_TAGS.has(node.localName) &&
    !shadowRootOf(node) &&
    [...node.children].every((child) => isPhrasing(child));

  function children(live: Node, out: Node): void {
    let run: Node[] = [];
    const flush = () => {
      if (run.length > 0) textRun(run, out);
      run = [];
    };
    for (const child of live.childNodes) {
      if (child.nodeType === 3 || (child.nodeType === 1 && isPhrasing(child as Element))) run.push(child);
      else if (child.nodeType === 1) {
        flush();
        const made = element(child as Element);
        if (made) out.appendChild(made);
      }
    }
    flush();
  }

  /**
   * A line of text and inline elements is cleaned as the line a person reads ("Jane <b>Citizen</b>",
   * "jane<wbr>@x.com"), not a text node at a time: when a word it changes crosses from one node into
   * another, the line becomes one text of the cleaned words (its inline elements go).
   */
  function textRun(run: readonly Node[], out: Node): void {
    const pieces: { node: Text; start: number }[] = [];
    let line = '';
    const gather = (node: Node) => {
      if (node.nodeType === 3) {
        pieces.push({ node: node as Text, start: line.length });
        line += node.nodeValue ?? '';
      } else if ((node as Element).localName === 'br') line += '\n';
      else for (const child of node.childNodes) gather(child);
    };
    for (const node of run) gather(node);
    const changes = cleaner.changes(line);
    const bounds = pieces.map((p) => p.start).filter((start) => start > 0);
    if (changes.some((c) => bounds.some((b) => c.start < b && b < c.end))) {
      out.appendChild(copy.createTextNode(keep(cleaner.apply(line, changes))));
      return;
    }
    // Each change lies in one text node: made there, with the line's reading (a name's run).
    const starts = new Map(pieces.map((p) => [p.node, p.start]));
    const emit = (node: Node, into: Node) => {
      if (node.nodeType === 3) {
        const start = starts.get(node as Text) ?? 0;
        const text = node.nodeValue ?? '';
        const own = changes
          .filter((c) => c.start >= start && c.end <= start + text.length)
          .map((c) => ({ ...c, start: c.start - start, end: c.end - start }));
        into.appendChild(copy.createTextNode(keep(cleaner.apply(text, own))));
      } else {
        const made = shell(node as Element);
        if (!made) return;
        for (const child of node.childNodes) emit(child, made);
        into.appendChild(made);
      }
    };
    for (const node of run) emit(node, out);
  }

  const root = copy.documentElement;
  const lang = doc.documentElement.getAttribute('lang');
  if (lang && isSettingValue(lang)) root.setAttribute('lang', lang);
  // The title is in the file too: listed in the preview with every other text.
  copy.title = doc.title ? cleanText(doc.title) : '';
  const body = copy.body;
  if (doc.body) {
    attributes(doc.body, body, 'body');
    children(doc.body, body);
  }
  return { root, removed, kept: [...kept], cleaner };
}
