// Keeping a failure as a fixture page. keepFailure(fixture, changes, seed) shrinks a failing
// combination to the fewest of its changes that still fail for the same reason, applies them to
// the saved page, cuts the page down to what the failure needs (minimisePage), and writes it to
// tests/fixtures/mutations/pending/<style>.<page>--<change>[+<change>].html: the mutated page's
// HTML with its <meta name="fixture-url">, data-expect kept, the page's scripts, and a first comment
// naming the changes and the step expected. kept.test.ts loads every such page: those in
// tests/fixtures/mutations/ must pass (regressions), those in pending/ are only reported; move a
// page up once the product passes it. Shadow roots a change made are kept as
// <template data-mx-shadow="open|closed"> in their host and made again on load (revive).
// Run it with LCA_MATRIX_KEEP=<n> on combinations.test.ts: the first failure of each of the n most
// common reasons is kept; or call keepFailure from a test of your own for one case.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { shadowRootOf } from '../../../utils/page/shadow';
import type { PortalFixture } from '../../fixtures/portal';
import { STEP } from './change';
import { forwardChanges } from './changes-containers';
import { checkPage, reasonKind, runCase } from './check';
import { HIDDEN } from './hidden';
import { labelOf } from './labels';
import { loadFresh } from './load';
import { applyChanges } from './mutations';
import { hashText } from './rng';

export const KEPT_DIR = join(import.meta.dirname, '../../fixtures/mutations');
export const PENDING_DIR = join(KEPT_DIR, 'pending');

const SHADOW = 'data-mx-shadow';
const unmarked = (html: string) =>
  html
    .replace(new RegExp(` (${HIDDEN}|data-mx-keep)=""`, 'g'), '')
    .replace(new RegExp(` ${STEP}="[^"]*"`, 'g'), '')
    .replace(/\n[ \t]*(?=\n)/g, '')
    .replace(/\n{3,}/g, '\n\n');

/** The changed page as one HTML file (see the top of this file). */
export function serialise(
  doc: Document,
  fixture: PortalFixture,
  changes: readonly string[],
  why: string,
): string {
  const added: Element[] = [];
  // Innermost first: an outer root's markup then holds the inner roots' templates.
  const hosts = (root: ParentNode): Element[] =>
    [...root.querySelectorAll(`[${SHADOW}]`)].flatMap((host) => {
      const shadow = shadowRootOf(host);
      return shadow ? [...hosts(shadow), host] : [host];
    });
  for (const host of hosts(doc)) {
    const shadow = shadowRootOf(host);
    if (!shadow) continue;
    const template = doc.createElement('template');
    template.setAttribute(SHADOW, host.getAttribute(SHADOW) ?? 'open');
    template.innerHTML = shadow.innerHTML;
    host.prepend(template);
    added.push(template);
  }
  const html = unmarked(doc.documentElement.outerHTML);
  for (const template of added) template.remove();
  const scripts = [...fixture.html.matchAll(/<script src="\/__fixtures\/_lib\/[\w-]+\.js"><\/script>/g)].map(
    (m) => m[0],
  );
  const comment = [
    `mutation fixture: ${fixture.style}/${fixture.name} × ${changes.join(' + ')}`,
    `expected step: ${fixture.step}; each data-expect control found as its key; filled when the step is filled`,
    why,
    'made by tests/unit/mutations/keep.ts; checked by tests/unit/mutations/kept.test.ts',
  ].join('\n');
  const page = html
    .replace('</body>', `${scripts.join('\n')}\n</body>`)
    .replace(/<head>/, `<head>\n<meta name="mutation-step" content="${fixture.step}">`);
  return `<!doctype html>\n<!--\n${comment.replace(/--/g, '- -')}\n-->\n${page}\n`;
}

/** Makes again the shadow roots a kept page holds as templates (outermost first). */
export function revive(doc: Document): void {
  const pending: ParentNode[] = [doc];
  while (pending.length > 0) {
    const scope = pending.shift() as ParentNode;
    for (const template of scope.querySelectorAll<HTMLTemplateElement>(`template[${SHADOW}]`)) {
      const host = template.parentElement;
      if (!host) continue;
      const root = host.attachShadow({
        mode: template.getAttribute(SHADOW) === 'closed' ? 'closed' : 'open',
      });
      root.append(template.content);
      template.remove();
      forwardChanges(root);
      pending.push(root);
    }
  }
}

/** A kept page, loaded as the matrix loads a saved one (its drawn controls are bound by checkPage). */
export const loadKept = (fixture: PortalFixture): Document => loadFresh(fixture, revive);

/** A page kept in a file, as a fixture: its step from its meta, its URL from fixture-url. */
export function keptFixture(path: string, html: string): PortalFixture {
  const url = html.match(/<meta name="fixture-url" content="([^"]+)"/)?.[1] ?? '';
  const step = html.match(/<meta name="mutation-step" content="([^"]+)"/)?.[1] ?? '';
  const name =
    path
      .split('/')
      .pop()
      ?.replace(/\.html$/, '') ?? path;
  return { style: 'mutations', name, step, url, html, path };
}

export const keptReasons = (fixture: PortalFixture): Promise<string[]> =>
  checkPage(loadKept(fixture), fixture.url, fixture.step);

function loadCase(fixture: PortalFixture, changes: readonly string[], seed: string): Document {
  const doc = loadFresh(fixture);
  applyChanges(doc, changes, seed);
  return doc;
}

/**
 * The combination shrunk by fast-check: its own changes as the only values to draw from, the
 * failing combination as the first example; fast-check shrinks it to a smaller one (fewer changes)
 * that still fails with this reason.
 */
export async function shrinkCombination(
  fixture: PortalFixture,
  changes: readonly string[],
  seed: string,
  kind: string,
): Promise<string[]> {
  const failsSo = async (subset: string[]) => {
    const outcome = await runCase(fixture, subset, seed);
    return outcome.applied.length === subset.length && outcome.reasons.some((r) => reasonKind(r) === kind);
  };
  const details = await fc.check(
    fc.asyncProperty(
      fc.uniqueArray(fc.constantFrom(...changes), { minLength: 1, maxLength: changes.length }),
      async (subset) => !(await failsSo(subset)),
    ),
    { examples: [[[...changes]]], numRuns: 1, seed: hashText(seed) },
  );
  return details.counterexample?.[0] ?? [...changes];
}

const at = (root: Element, path: readonly number[]): Element | null =>
  path.reduce<Element | null>((node, i) => node?.children[i] ?? null, root);
const KEEP = 'data-mx-keep';
const NEEDED = `[data-expect], [data-inner-expect], [${KEEP}], meta[name="fixture-url"], script[src*="/__fixtures/"]`;
const needed = (el: Element) => el.matches(NEEDED) || el.querySelector(NEEDED) !== null;
let tried = 0;

/**
 * Cuts the saved page down before the changes are applied (delta debugging), breadth first: an
 * element that holds none of the page's fields (nor its URL or scripts) is taken out when the page
 * without it still passes unchanged and still fails, changed, with the same reason (and no reason
 * of a new kind). So the page kept fails for what the changes did, not for what was cut. At most
 * `tries` pages are tried.
 */
export async function minimisePage(
  fixture: PortalFixture,
  changes: readonly string[],
  seed: string,
  kind: string,
  tries = 100,
): Promise<PortalFixture> {
  const lead = fixture.html.match(/^<!doctype html>\s*(<!--[\s\S]*?-->)?/i)?.[0] ?? '<!doctype html>';
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  // The words that label the page's fields stay: a kept page must read as the page did.
  const marked = parse(fixture.html);
  for (const control of marked.querySelectorAll('[data-expect]')) {
    const label = labelOf(control);
    (label?.element ?? label?.nodes[0]?.parentElement)?.setAttribute(KEEP, '');
  }
  const start = { ...fixture, html: `${lead}\n${marked.documentElement.outerHTML}\n` };
  const kinds = async (page: PortalFixture, names: readonly string[]) => {
    const doc = loadFresh(page);
    applyChanges(doc, names, seed);
    return (await checkPage(doc, page.url, page.step)).map(reasonKind);
  };
  const before = new Set(await kinds(start, changes));
  let current = start;
  let left = tries;
  const queue: number[][] = [[]];
  while (queue.length > 0 && left > 0) {
    const path = queue.shift() as number[];
    const count = at(parse(current.html).documentElement, path)?.children.length ?? 0;
    for (let i = count - 1; i >= 0 && left > 0; i--) {
      const doc = parse(current.html);
      const child = at(doc.documentElement, [...path, i]);
      if (!child || needed(child)) continue;
      child.remove();
      left--;
      const next = {
        ...current,
        path: `${fixture.path}#${++tried}`,
        html: `${lead}\n${doc.documentElement.outerHTML}\n`,
      };
      if ((await kinds(next, [])).length > 0) continue;
      const after = await kinds(next, changes);
      if (after.includes(kind) && after.every((k) => before.has(k))) current = next;
    }
    const parent = at(parse(current.html).documentElement, path);
    [...(parent?.children ?? [])].forEach((child, i) => {
      if (child.children.length > 0 && !child.matches('script, style, select, [data-expect]'))
        queue.push([...path, i]);
    });
  }
  return { ...current, html: current.html.replace(new RegExp(` ${KEEP}=""`, 'g'), '') };
}

/** Writes a failing case as a minimal fixture page in pending/ (see the top of this file). */
export async function keepFailure(
  fixture: PortalFixture,
  changes: readonly string[],
  seed: string,
): Promise<string> {
  const first = (await checkPage(loadCase(fixture, changes, seed), fixture.url, fixture.step))[0];
  if (!first) throw new Error(`${fixture.name} × ${changes.join(' + ')} passes: nothing to keep`);
  const kind = reasonKind(first);
  const fewest = await shrinkCombination(fixture, changes, seed, kind);
  const small = await minimisePage(fixture, fewest, seed, kind);
  const today = await checkPage(loadCase(small, fewest, seed), small.url, small.step);
  const html = serialise(
    loadCase(small, fewest, seed),
    fixture,
    fewest,
    `fails today with: ${today.join('; ')}`,
  );
  mkdirSync(PENDING_DIR, { recursive: true });
  const path = join(PENDING_DIR, `${fixture.style}.${fixture.name}--${fewest.join('+')}.html`);
  writeFileSync(path, html);
  return path;
}
