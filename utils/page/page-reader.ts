import { collapseWhitespace } from '../values/text';
import {
  BUTTON_INPUT_TYPES,
  type FormControl,
  isCustomDropdown,
  isDrawnToggle,
  NON_FIELD_INPUT_TYPES,
} from './controls';
import { NameCache, parentAcross } from './name-cache';
import { headingLike, hiddenToggles, withoutWords } from './page-headings';
import { addText, copyOf, EMPTY, emptyPart, isEmpty, merge, type Part, regionOf } from './page-parts';
import {
  DIALOG_ROLES,
  DIALOG_SELECTOR,
  isSiteChrome,
  isStepper,
  type PageView,
  SKIPPED_TAGS,
} from './page-view';
import { shadowRootOf } from './shadow';
import { elementRun, type Run, shownText, textRun } from './text';
import { shownAs } from './visibility';

// Past this many records waiting for a read (a page changing all the time that nobody looks
// at), they are dropped and the next read starts afresh.
const MAX_PENDING = 2000;

// Changes no MutationObserver shows follow these: new style rules, a dialog's (CSS) transitions.
const SCREEN_ATTRIBUTES = new Set(['role', 'aria-modal']);
const NAME_ID_ATTRIBUTES = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby']);
const IDS_OR_LABELS = '[id], label[for]';

const isStyleSheet = (node: Node): boolean =>
  node.nodeName === 'STYLE' ||
  (node.nodeName === 'LINK' && /\bstylesheet\b/i.test((node as Element).getAttribute('rel') ?? ''));

function anyOf(nodes: NodeList, test: (element: Element) => boolean): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (node.nodeType === 1 && test(node as Element)) return true;
  }
  return false;
}

const holds = (selector: string) => (element: Element) =>
  element.matches(selector) || element.querySelector(selector) !== null;
const holdsDialog = holds(DIALOG_SELECTOR);
const holdsIdsOrLabels = holds(IDS_OR_LABELS);

/** Whether a change shows a new screen (or new style rules): everything is read again. */
function changesScreen(record: MutationRecord): boolean {
  const target = record.target;
  if (record.type === 'attributes')
    return SCREEN_ATTRIBUTES.has(record.attributeName ?? '') || (target as Element).matches(DIALOG_SELECTOR);
  if (isStyleSheet(target) || (target.parentNode !== null && isStyleSheet(target.parentNode))) return true;
  if (record.type !== 'childList') return false;
  return (
    anyOf(record.addedNodes, (e) => isStyleSheet(e) || holdsDialog(e)) ||
    anyOf(record.removedNodes, (e) => isStyleSheet(e) || holdsDialog(e))
  );
}

/**
 * Reads the page as a person sees it (see readPage), kept between looks: each element's subtree
 * is read once and read again only when a DOM change reaches it. `changed` is told every batch of
 * changes and only keeps them; the next `read` works out what they touched. A new URL, a dialog
 * coming or going, new style rules, `reset` (a window resize) or too many changes unread mean a
 * full read.
 */
export class PageReader {
  private parts = new WeakMap<Element, Part>();
  private readonly names: NameCache;
  private pending: MutationRecord[] = [];
  private overflowed = false;
  private url = '';
  /** Elements whose subtree is read again whole: an attribute of a child may hide its siblings. */
  private whole = new Set<Node>();
  /** Custom elements read without a shadow root: one may get one without a DOM change to tell. */
  private readonly unshadowed = new Set<Element>();
  /** Hosts whose light DOM changed: what their shadow roots show through slots is read again. */
  private readonly reslotted = new Set<Element>();
  /** Elements walked (not taken from what was kept) by the last read. */
  visited = 0;

  constructor(private readonly doc: Document) {
    this.names = new NameCache(doc);
  }

  /** Tells the reader of a batch of DOM changes (cheap: they are worked through at the next read). */
  changed(records: readonly MutationRecord[]): void {
    if (this.overflowed) return;
    if (this.pending.length + records.length > MAX_PENDING) {
      this.pending = [];
      this.overflowed = true;
      return;
    }
    for (const record of records) this.pending.push(record);
  }

  /** Forgets everything read: the next read is a full one. */
  reset(): void {
    this.parts = new WeakMap();
    this.names.clear();
    this.pending = [];
    this.overflowed = false;
    this.unshadowed.clear();
    this.whole.clear();
    this.reslotted.clear();
  }

  /** Whether a kept control's names were read from this element (or from around it). */
  namesReadFrom(element: Element): boolean {
    return this.names.readsFrom(element);
  }

  read(url: URL): PageView {
    if (url.href !== this.url || this.overflowed) this.reset();
    this.url = url.href;
    this.settle();
    this.visited = 0;
    const root = this.doc.body ?? this.doc.documentElement;
    const part = this.partOf(root, true);
    this.whole.clear();
    this.reslotted.clear();
    return {
      url,
      namesOf: (control) => this.names.namesOf(control),
      main: copyOf(regionOf(root, false, part)),
      dialogs: part.dialogs.map(copyOf),
      shadowRoots: [...part.shadowRoots],
    };
  }

  /** Drops what the pending changes touched: the changed nodes and everything above them. */
  private settle(): void {
    const touched = new Set<Node>();
    const up = (from: Node | null) => {
      for (let node = from; node && !touched.has(node); node = parentAcross(node)) touched.add(node);
    };
    for (const host of this.unshadowed) {
      if (!host.isConnected) this.unshadowed.delete(host);
      else if (shadowRootOf(host)) {
        this.unshadowed.delete(host);
        up(host);
      }
    }
    let allNames = false;
    for (const record of this.pending) {
      if (changesScreen(record)) {
        this.reset();
        return;
      }
      const target = record.target;
      up(target);
      if (record.type === 'attributes') {
        // Through CSS (`.open > .panel`, `.a + .b`) an attribute reaches the target's siblings too.
        this.whole.add(parentAcross(target) ?? target);
        if (NAME_ID_ATTRIBUTES.has(record.attributeName ?? '')) allNames = true;
      } else if (record.type === 'childList') {
        // Unseen while out of the page, and shown differently where it is put now: read afresh.
        for (const node of record.addedNodes) if (node.nodeType === 1) this.whole.add(node);
        if (
          !allNames &&
          (anyOf(record.addedNodes, holdsIdsOrLabels) || anyOf(record.removedNodes, holdsIdsOrLabels))
        )
          allNames = true;
      }
    }
    this.pending = [];
    for (const node of touched) {
      this.parts.delete(node as Element);
      const shadow = node.nodeType === 1 ? shadowRootOf(node as Element) : null;
      if (shadow) {
        this.reslotted.add(node as Element);
        touched.add(shadow);
      }
    }
    if (allNames) this.names.clear();
    else this.names.touched(touched);
  }

  private partOf(element: Element, reuse: boolean): Part {
    if (this.whole.has(element)) reuse = false;
    else if (reuse) {
      const known = this.parts.get(element);
      if (known) return known;
    }
    const part = this.walk(element, reuse);
    this.parts.set(element, part);
    return part;
  }

  private walk(element: Element, reuse: boolean): Part {
    this.visited++;
    const tag = element.tagName;
    if (SKIPPED_TAGS.has(tag)) return EMPTY;
    const view = this.doc.defaultView ?? window;
    const style = view.getComputedStyle(element);
    const shown = shownAs(element, view, style);
    if (shown === 'hidden') return EMPTY;
    // A screen-reader-only box shows nothing but the native checkboxes ticked through a label.
    if (shown === 'dot') return hiddenToggles(element, view);
    const role = element.getAttribute('role');
    const isDialog =
      (role !== null && DIALOG_ROLES.has(role)) ||
      tag === 'DIALOG' ||
      element.getAttribute('aria-modal') === 'true';
    const part = emptyPart();
    const heading = headingLike(element, tag, role, style);
    if (heading) part.headings.push(heading);
    const type = tag === 'INPUT' ? (element as HTMLInputElement).type : '';
    if (tag === 'BUTTON' || role === 'button' || (tag === 'INPUT' && BUTTON_INPUT_TYPES.has(type))) {
      const text = collapseWhitespace(
        shownText(element) || (element as HTMLInputElement).value || element.getAttribute('aria-label') || '',
      );
      part.buttons.push({ element: element as HTMLElement, text });
    }
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (type === 'password') part.passwordFields++;
      else if (tag !== 'INPUT' || !NON_FIELD_INPUT_TYPES.has(type))
        part.controls.push(element as FormControl);
      if (tag !== 'INPUT') return this.seal(element, isDialog, part);
    } else if (role !== null && (isCustomDropdown(element) || isDrawnToggle(element)))
      part.controls.push(element as HTMLElement);
    if (isStepper(element, role)) return this.seal(element, isDialog, part);
    // A web component's own content (open, or closed where the content script can open it).
    const shadow = shadowRootOf(element);
    if (shadow) {
      part.shadowRoots.push(shadow);
      this.readChildren(shadow, part, reuse && !this.reslotted.has(element));
    } else if (element.localName.includes('-')) this.unshadowed.add(element);
    this.readChildren(element, part, reuse);
    return this.seal(element, isDialog, isSiteChrome(element, role) ? withoutWords(part) : part);
  }

  private readChildren(parent: Node, into: Part, reuse: boolean): void {
    // Words run on across inline elements ("Comp<b>any</b>"): see text.ts.
    let run: Run = 'apart';
    for (const child of parent.childNodes) {
      if (child.nodeType === 3) {
        const value = child.nodeValue;
        if (!value) continue;
        if (!/\S/.test(value)) {
          run = 'apart';
          continue;
        }
        const { join, next } = textRun(run, value);
        addText(into, value, join);
        run = next;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'WBR') continue;
        const part = this.partOf(child as Element, reuse);
        const { join, next } = elementRun(run, tag, part.text);
        merge(into, part, join);
        run = next;
      }
    }
  }

  /** A dialog gives its region to the region around it, and nothing else. */
  private seal(element: Element, isDialog: boolean, part: Part): Part {
    if (!isDialog) return isEmpty(part) ? EMPTY : part;
    return {
      ...emptyPart(),
      dialogs: [regionOf(element, true, part), ...part.dialogs],
      shadowRoots: part.shadowRoots,
    };
  }
}
