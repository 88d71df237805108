import { shadowRootOf } from './shadow';

/**
 * "Report this screen": a copy of the portal's screen that keeps what a person sees of its shape
 * (elements, labels, headings, button texts, ARIA, inline layout) and drops everything that could
 * be someone's: field values, scripts, resources' addresses, and any text that looks like an email
 * address, phone number, ABN, domain or person's name. Nobody outside Leader has the portal's
 * HTML; its users can send this, and it loads as a saved page for tests/fixtures.
 */

export interface SanitiseInput {
  /** The live document (its copy is sanitised; the page is never changed). */
  doc: Document;
  /** Values known to be someone's (the clients' and the reseller's): removed wherever they show. */
  known: readonly string[];
}

export interface Sanitised {
  /** The copy's `<html>` element, in a document of its own. */
  root: HTMLElement;
  /** What was taken out, by kind, for the preview. */
  removed: Record<RemovedKind, number>;
}

export type RemovedKind = 'value' | 'known' | 'email' | 'phone' | 'abn' | 'domain' | 'name' | 'address';

// Elements that carry code, resources or frames: none of them is part of what the screen shows.
const DROPPED =
  'script, noscript, iframe, frame, object, embed, link, base, meta, template, canvas, video, audio, source, track, leader-csp-assistant';
// Attributes that hold addresses or code; `value` holds what was typed.
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'ping',
  'background',
  'cite',
  'longdesc',
  'manifest',
]);
// Domains everyone's portal shows: not anyone's data.
const SHARED_DOMAINS =
  /^(on)?microsoft\.com$|^leadercloud\.com\.au$|^office\.com$|^microsoft365\.com$|^cloud\.microsoft$/i;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// A run of digits with the separators phone numbers use: at least 8 digits (an ABN is 11).
const PHONE = /(?:\+?\(?\d[\d ()-]{6,}\d)/g;
const DOMAIN =
  /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|edu|gov|au|nz|io|co|biz|info|uk|us|ca|de|fr|microsoft|law|tech|online|site|app|dev|[a-z]{2})\b/gi;
// Street addresses: a number, then words, then a street type.
const STREET =
  /\b\d{1,5}[a-z]?\s+(?:[A-Z][\p{L}'-]+\s+){1,3}(?:st|street|rd|road|ave|avenue|dr|drive|ct|court|pl|place|pde|parade|hwy|highway|ln|lane|cres|crescent|tce|terrace|blvd|boulevard|way)\b\.?/giu;
// Two or three capitalised words in a row (Jane Citizen, Mary-Anne O'Neil), unless every word is one a portal or Microsoft's product names use ("Microsoft Cloud
// Services", "Global Administrator", "Total Before Tax", "Business Premium").
const PERSON = /\b\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\b/gu;
const UI_WORDS = new Set(
  `microsoft office cloud services service global administrator admin center centre total before tax final
  price fees fee analysis account accounts customer customers details detail domain domains default order
  orders date billing cycle business premium basic standard essentials teams exchange online plan plans
  licence licences license licenses month monthly annual yearly new commerce partner reseller leader
  systems hub support help contact home dashboard settings sign out in search add remove next back save
  cancel continue verify checkout check basket cart quantity subscriptions subscription status active
  pending shop products product invoices invoice reports report terms conditions privacy policy copyright
  australia australian apps app enterprise security compliance defender intune entra azure power
  automate platform project visio copilot dynamics sales marketing frontline the of and for your my our
  all set up tenant tenancy prefix existing select choose authorisation authorization link email phone
  address street city suburb state postcode country company organisation organization name first last
  step steps confirmation subtotal gst inc incl excl including excluding processing payment method
  catalogue catalog marketplace view edit delete update details quick actions notifications profile`
    .split(/\s+/)
    .filter(Boolean),
);
const looksLikeName = (match: string) => match.split(/\s+/).some((word) => !UI_WORDS.has(word.toLowerCase()));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A scrubber for one copy: counts what it removes. */
function scrubber(known: readonly string[], removed: Record<RemovedKind, number>) {
  const values = [...new Set(known.map((k) => k.trim()).filter((k) => k.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  const knownPattern = values.length > 0 ? new RegExp(values.map(escapeRegExp).join('|'), 'gi') : null;
  const replace = (
    text: string,
    pattern: RegExp,
    kind: RemovedKind,
    by: string,
    keep?: (m: string) => boolean,
  ) =>
    text.replace(pattern, (match) => {
      if (keep?.(match)) return match;
      removed[kind]++;
      return by;
    });
  return (text: string): string => {
    let out = text;
    if (knownPattern) out = replace(out, knownPattern, 'known', '[removed]');
    out = replace(out, EMAIL, 'email', 'someone@example.invalid');
    out = replace(out, DOMAIN, 'domain', 'example.invalid', (m) => SHARED_DOMAINS.test(m));
    out = replace(out, STREET, 'address', '[address]');
    out = replace(out, PHONE, 'phone', '[number]', (m) => m.replace(/\D/g, '').length < 8);
    // An ABN is 11 digits, maybe in groups; an ACN 9: both are numbers above.
    out = replace(out, /\b\d{2}\s?\d{3}\s?\d{3}\s?\d{3}\b/g, 'abn', '[number]');
    // In buttons too: an account menu's button shows the signed-in person's name.
    out = replace(out, PERSON, 'name', '[name]', (m) => !looksLikeName(m));
    return out;
  };
}

/** Copies the document and takes everything someone's out of the copy. */
export function sanitiseScreen({ doc, known }: SanitiseInput): Sanitised {
  const removed: Record<RemovedKind, number> = {
    value: 0,
    known: 0,
    email: 0,
    phone: 0,
    abn: 0,
    domain: 0,
    name: 0,
    address: 0,
  };
  const scrub = scrubber(known, removed);
  const copy = doc.implementation.createHTMLDocument('');
  const root = copy.importNode(doc.documentElement, true) as HTMLElement;
  copyShadowRoots(doc.documentElement, root, scrub, removed);
  sanitiseTree(root, scrub, removed);
  return { root, removed };
}

type Scrub = (text: string) => string;

/**
 * Web components keep their fields in shadow roots, which a copy of the document leaves out: each
 * is copied in as declarative shadow DOM (`<template shadowrootmode>`), so the saved page shows
 * them again when it is opened. Closed ones the content script can open are copied too.
 */
function copyShadowRoots(live: Element, copy: Element, scrub: Scrub, removed: Record<RemovedKind, number>) {
  const shadow = shadowRootOf(live);
  if (shadow && copy.ownerDocument) {
    const holder = copy.ownerDocument.createElement('div');
    for (const child of shadow.childNodes) holder.append(copy.ownerDocument.importNode(child, true));
    const liveChildren = [...shadow.children];
    const copyChildren = [...holder.children];
    liveChildren.forEach((child, i) => {
      const twin = copyChildren[i];
      if (twin) copyShadowRoots(child, twin, scrub, removed);
    });
    sanitiseTree(holder, scrub, removed);
    const template = copy.ownerDocument.createElement('template');
    template.setAttribute('shadowrootmode', 'open');
    template.content.append(...holder.childNodes);
    copy.prepend(template);
  }
  const liveChildren = [...live.children];
  const copyChildren = [...copy.children].filter(
    (c) => !(c.tagName === 'TEMPLATE' && c.hasAttribute('shadowrootmode')),
  );
  liveChildren.forEach((child, i) => {
    const twin = copyChildren[i];
    if (twin) copyShadowRoots(child, twin, scrub, removed);
  });
}

function sanitiseTree(root: Element, scrub: Scrub, removed: Record<RemovedKind, number>): void {
  for (const element of root.querySelectorAll(DROPPED)) {
    if (element.tagName === 'TEMPLATE' && element.hasAttribute('shadowrootmode')) continue;
    element.remove();
  }
  // Style sheets stay (the saved page keeps its look and what it hides), without addresses.
  for (const style of root.querySelectorAll('style')) {
    style.textContent = (style.textContent ?? '')
      .replace(/@import[^;]*;/gi, '')
      .replace(/url\([^)]*\)/gi, 'none');
  }
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 | 0x80); // elements, text, comments
  const comments: Node[] = [];
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === 8) comments.push(node);
    else if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent?.closest('style')) continue;
      const before = node.nodeValue ?? '';
      if (parent?.closest('textarea')) {
        if (before.trim()) removed.value++;
        node.nodeValue = '';
        continue;
      }
      const after = scrub(before);
      if (after !== before) node.nodeValue = after;
    } else scrubElement(node as Element, scrub, removed);
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function scrubElement(element: Element, scrub: Scrub, removed: Record<RemovedKind, number>): void {
  const tag = element.tagName.toLowerCase();
  for (const { name, value } of [...element.attributes]) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on') || lower.startsWith('data-') || URL_ATTRIBUTES.has(lower)) {
      element.removeAttribute(name);
      if (lower === 'href') element.setAttribute('href', '#');
      continue;
    }
    if (lower === 'style') {
      element.setAttribute(name, value.replace(/url\([^)]*\)/gi, 'none'));
      continue;
    }
    const isButtonValue =
      lower === 'value' &&
      tag === 'input' &&
      /^(submit|button|reset)$/i.test(element.getAttribute('type') ?? '');
    if (lower === 'value' && !isButtonValue && tag !== 'option') {
      element.removeAttribute(name);
      if (value.trim()) removed.value++;
      continue;
    }
    if ((lower === 'checked' || lower === 'selected') && tag !== 'option') {
      element.removeAttribute(name);
      continue;
    }
    const clean = scrub(value);
    if (clean !== value) element.setAttribute(name, clean);
  }
}
