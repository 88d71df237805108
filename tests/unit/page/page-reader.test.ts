import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { OBSERVED_ATTRIBUTES } from '../../../utils/assistant/relevance';
import { PageReader } from '../../../utils/page/page-reader';
import { type PageView, type Region, readPage } from '../../../utils/page/read';
import { portalFixture } from '../../fixtures/portal';
import { deepQueryAll, loadPortalPage } from '../portal-page';

// Pages of each markup style, web components (shadow roots) and tables among them.
const PAGES = [
  ['bootstrap-like', 'new-customer'],
  ['mui-like', 'service-details'],
  ['web-components', 'new-customer'],
  ['table-layout', 'new-customer'],
  ['legacy-material', 'default-domain'],
] as const;

// Toggled on elements by the random changes; `+` reaches the next sibling, as portal CSS does.
const TEST_STYLE = '.gone{display:none} .gone + .after-gone{visibility:hidden}';

/** The page the way a person sees it, with every element as its place among the page's elements. */
function summary(view: PageView) {
  const index = new Map(deepQueryAll<Element>(document, '*').map((element, i) => [element, i]));
  const at = (element: Element) => index.get(element) ?? -1;
  const region = (r: Region) => ({
    root: at(r.root),
    isDialog: r.isDialog,
    text: r.text,
    headings: r.headings,
    buttons: r.buttons.map((b) => [at(b.element), b.text]),
    controls: r.controls.map((c) => [at(c), view.namesOf(c)]),
    passwordFields: r.passwordFields,
  });
  return {
    main: region(view.main),
    dialogs: view.dialogs.map(region),
    shadowRoots: view.shadowRoots.map((root) => at(root.host)),
  };
}

/** Records of every change made since the last call, as the content script's observer gets them. */
function watch(): { records(): MutationRecord[]; add(roots: readonly ShadowRoot[]): void; stop(): void } {
  const observer = new MutationObserver(() => {});
  const options = {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
    attributeFilter: OBSERVED_ATTRIBUTES,
  };
  observer.observe(document.documentElement, options);
  return {
    records: () => observer.takeRecords(),
    add: (roots) => {
      for (const root of roots) observer.observe(root, options);
    },
    stop: () => observer.disconnect(),
  };
}

const TEXTS = ['Basket (3)', '$12.00', 'Define Default Domain', 'First name', 'Company name (optional)', ''];

function newElement(kind: number, text: string): Element {
  const make = (html: string) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild as Element;
  };
  switch (kind % 8) {
    case 0:
      return make(`<label for="first-name">${text}</label>`);
    case 1:
      return make(`<input type="text" placeholder="${text}">`);
    case 2:
      return make(`<h2>${text}</h2>`);
    case 3:
      return make(`<button type="button">${text}</button>`);
    case 4:
      return make(`<dialog open><h2>${text}</h2><label>Domain <input id="in-dialog"></label></dialog>`);
    case 5:
      return make(`<div class="after-gone"><label>${text} <input name="extra"></label></div>`);
    case 6:
      return make(`<span id="hint-${kind}">${text}</span>`);
    default:
      return make(`<p>${text}</p>`);
  }
}

type Change = { kind: number; pick: number; text: number; read: boolean };

function textNodes(): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];

/** Makes one random change to the page (light DOM and shadow roots alike). */
function apply({ kind, pick: n, text: t }: Change): void {
  const text = TEXTS[t % TEXTS.length] ?? '';
  const elements = deepQueryAll<HTMLElement>(document.body, '*').filter(
    (e) => !['STYLE', 'SCRIPT'].includes(e.tagName),
  );
  const element = pick(elements, n);
  if (!element) return;
  switch (kind % 10) {
    case 0: {
      const node = pick(textNodes(), n);
      if (node) node.nodeValue = text;
      return;
    }
    case 1:
      element.toggleAttribute('hidden');
      return;
    case 2:
      element.classList.toggle('gone');
      return;
    case 3:
      element.style.display = element.style.display === 'none' ? '' : 'none';
      return;
    case 4:
      element.append(newElement(n + t, text));
      return;
    case 5:
      if (element !== document.body) element.remove();
      return;
    case 6: {
      const label = pick(deepQueryAll(document.body, 'label'), n);
      if (label) label.textContent = text;
      return;
    }
    case 7: {
      const control = pick(deepQueryAll(document.body, 'input, select, textarea'), n);
      control?.setAttribute(n % 2 ? 'placeholder' : 'aria-label', text);
      return;
    }
    case 8:
      element.setAttribute('aria-hidden', element.getAttribute('aria-hidden') === 'true' ? 'false' : 'true');
      return;
    default:
      element.before(newElement(n + t, text));
  }
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageReader reads only what changed, and reads the same as a fresh look', () => {
  it.each(PAGES)(
    '%s/%s: after random changes, the kept read equals a fresh one',
    (style, name) => {
      const fixture = portalFixture(style, name);
      const url = new URL(fixture.url);
      const change = fc.record({
        kind: fc.nat(99),
        pick: fc.nat(4999),
        text: fc.nat(99),
        read: fc.boolean(),
      });
      fc.assert(
        fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
          loadPortalPage(fixture);
          document.head.append(Object.assign(document.createElement('style'), { textContent: TEST_STYLE }));
          const reader = new PageReader(document);
          const observer = watch();
          try {
            observer.add(reader.read(url).shadowRoots);
            for (const [i, step] of changes.entries()) {
              apply(step);
              reader.changed(observer.records());
              if (!step.read && i < changes.length - 1) continue;
              const kept = reader.read(url);
              observer.add(kept.shadowRoots);
              const fresh = readPage(document, url);
              expect(summary(kept)).toEqual(summary(fresh));
            }
          } finally {
            observer.stop();
          }
        }),
        { numRuns: 12 },
      );
    },
    120_000,
  );
});

// Two fields, each in its own group with its label: a change to one group leaves the other's names.
const FORM = `<main><h1>New customer</h1><p id="count">Basket (2)</p><form>
  <div class="group"><div class="row"><div class="col"><div class="wrap"><input id="first"></div></div><label for="first">First name</label></div></div>
  <div class="group"><div class="row"><div class="col"><div class="wrap"><input id="last"></div></div><label for="last">Last name</label></div></div>
</form></main>`;
const URL_NOW = new URL('https://hub.leadercloud.com.au/customers/new');
const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

/** A reader that has read the page once, told of every change since. */
function keptReader(): { reader: PageReader; view: PageView; settle(): PageView; stop(): void } {
  const reader = new PageReader(document);
  const view = reader.read(URL_NOW);
  const observer = watch();
  return {
    reader,
    view,
    settle: () => {
      reader.changed(observer.records());
      return reader.read(URL_NOW);
    },
    stop: () => observer.stop(),
  };
}

describe('PageReader keeps names and subtrees that no change reached', () => {
  it('reads a field’s name again when its label’s text changes, and keeps the other field’s', () => {
    document.body.innerHTML = FORM;
    const { view, settle, stop } = keptReader();
    const first = view.namesOf(byId('first'));
    const last = view.namesOf(byId('last'));
    expect(first[0]?.text).toBe('first name');
    (document.querySelector('label[for="first"]') as HTMLElement).textContent = 'Given name';
    const after = settle();
    stop();
    expect(after.namesOf(byId('first'))[0]?.text).toBe('given name');
    expect(after.namesOf(byId('last'))).toBe(last);
  });

  it('reads a name again when the text an aria-labelledby points at changes, wherever it is', () => {
    document.body.innerHTML = `${FORM}<footer><span id="far">Mobile</span></footer>`;
    byId('last').setAttribute('aria-labelledby', 'far');
    const { view, settle, stop } = keptReader();
    expect(view.namesOf(byId('last')).map((n) => n.text)).toContain('mobile');
    byId('far').textContent = 'Phone';
    const after = settle();
    stop();
    expect(after.namesOf(byId('last')).map((n) => n.text)).toContain('phone');
  });

  it.each(PAGES)(
    '%s/%s: a counter ticking elsewhere keeps every name and almost every subtree',
    (style, name) => {
      const fixture = portalFixture(style, name);
      loadPortalPage(fixture);
      const url = new URL(fixture.url);
      const counter = Object.assign(document.createElement('p'), { textContent: 'Basket (2)' });
      document.body.append(counter);
      const reader = new PageReader(document);
      const view = reader.read(url);
      const observer = watch();
      observer.add(view.shadowRoots);
      const controls = [...view.main.controls, ...view.dialogs.flatMap((d) => d.controls)];
      const names = controls.map((control) => view.namesOf(control));
      const full = reader.visited;
      for (const count of ['Basket (3)', 'Basket (4)']) {
        (counter.firstChild as Text).nodeValue = count;
        reader.changed(observer.records());
        const after = reader.read(url);
        expect(after.main.text).toContain(count);
        // The body and the counter: every other subtree is kept.
        expect(reader.visited).toBeLessThanOrEqual(Math.min(3, full / 5));
        for (const [i, control] of controls.entries()) expect(after.namesOf(control)).toBe(names[i]);
      }
      observer.stop();
    },
  );

  it('reads what a changed element holds again: a class can hide it through CSS', () => {
    document.body.innerHTML = `<style>.gone .inner{display:none}</style>${FORM}<div id="toggle"><div class="inner">Step two</div></div>`;
    const { settle, stop } = keptReader();
    document.getElementById('toggle')?.classList.add('gone');
    const after = settle();
    stop();
    expect(after.main.text).not.toContain('Step two');
    expect(after.main.text).toEqual(readPage(document, URL_NOW).main.text);
  });

  it('reads the whole page again at a new URL', () => {
    document.body.innerHTML = FORM;
    const { reader, view, settle, stop } = keptReader();
    const full = reader.visited;
    const names = view.namesOf(byId('first'));
    settle();
    expect(reader.visited).toBe(0);
    const next = reader.read(new URL('https://hub.leadercloud.com.au/customers/other'));
    stop();
    expect(reader.visited).toBe(full);
    expect(next.namesOf(byId('first'))).not.toBe(names);
    expect(next.namesOf(byId('first'))).toEqual(names);
  });

  it('reads the whole page again after reset (a window resize) and after too many changes unread', () => {
    document.body.innerHTML = FORM;
    const { reader, settle, stop } = keptReader();
    const full = reader.visited;
    reader.reset();
    expect(settle().main.controls).toHaveLength(2);
    expect(reader.visited).toBe(full);
    for (let i = 0; i < 2100; i++) byId('count').textContent = `Basket (${i})`;
    settle();
    stop();
    expect(reader.visited).toBe(full);
  });
});
