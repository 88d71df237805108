// The matrix's property, on one page with one set of changes: the same step, the same field keys
// on the same controls, and a fill that reaches the page's own state without pressing anything.

import { assess, fillPlan } from '../../../utils/assistant/assess';
import { controlValue } from '../../../utils/page/controls';
import { runFill } from '../../../utils/page/fill';
import type { PortalFixture } from '../../fixtures/portal';
import { expectedValue, holds } from '../../fixtures/sample-values';
import { sampleData } from '../portal-page';
import { ADDED } from './change';
import { deepAll } from './dom';
import { EMULATE, installEmulations, MODEL, stateOf } from './emulation';
import { labelOf } from './labels';
import { applyChanges } from './mutations';
import { sessionOf } from './session';

/** Steps whose fields "Fill this step" fills (the catalogue's suggestion is left out here). */
export const FILLABLE = new Set(['new-customer', 'service-details', 'default-domain', 'new-tenant']);

type PageWindow = Window & {
  __fixtureState?: Record<string, unknown>;
  __pressed?: string[];
  __mxToggled?: string[];
  __rerender?: () => void;
};

export interface Outcome {
  page: string;
  changes: readonly string[];
  /** The changes that found something to change (none: the pair is "n/a"). */
  applied: string[];
  ok: boolean;
  reasons: string[];
}

/**
 * Lets the event loop turn. happy-dom caches query results behind WeakRefs, and V8 keeps a
 * WeakRef's target alive until the current job ends: a run of pages that only ever awaits
 * resolved promises is one job, and keeps every page it loaded (gigabytes, then out of memory).
 */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Applies the changes (in order, at most `most` of them) to the page and checks the property; the
 * page is then put back for the next case (session.ts).
 */
export async function runCase(
  fixture: PortalFixture,
  names: readonly string[],
  seed: string,
  most = names.length,
): Promise<Outcome> {
  await nextTurn();
  const page = `${fixture.style}/${fixture.name}`;
  const session = sessionOf(fixture);
  session.begin();
  let reasons: string[] = [];
  let applied: string[] = [];
  try {
    applied = applyChanges(session.doc, names, seed, most);
    if (applied.length > 0) reasons = await checkPage(session.doc, fixture.url, fixture.step);
    // The page's framework re-renders on a microtask or a timer: let it finish before putting back.
    await nextTurn();
  } finally {
    session.end(applied);
  }
  return { page, changes: names, applied, ok: reasons.length === 0, reasons };
}

/** How a control reads in a reason: its tag, type or role, and its label's words. */
export function describe(el: Element): string {
  const type = el.getAttribute('type');
  const role = el.getAttribute('role');
  const words = labelOf(el)?.text ?? el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? '';
  return `<${el.tagName.toLowerCase()}${type ? ` type=${type}` : ''}${role ? ` role=${role}` : ''}>${words ? ` "${words.slice(0, 40)}"` : ''}`;
}

/** What the page itself holds for a control: its framework's state, else what the control shows. */
function pageHolds(el: HTMLElement, view: PageWindow): unknown {
  const input = el as HTMLInputElement;
  const kind = el.getAttribute(EMULATE);
  const drawnKey = el.getAttribute(MODEL) ?? '';
  const drawnState = stateOf(view);
  if (kind === 'switch')
    return drawnKey in drawnState ? drawnState[drawnKey] : el.getAttribute('aria-checked') === 'true';
  if (kind === 'radio') return drawnKey in drawnState ? drawnState[drawnKey] : null;
  if (kind === 'combobox' || kind === 'select' || el.getAttribute('role') === 'combobox')
    return controlValue(el);
  if (input.type === 'checkbox') return input.checked;
  if (el.tagName === 'SELECT') return (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
  const model = el.getAttribute('data-model');
  const state = view.__fixtureState ?? {};
  return model && model in state ? state[model] : controlValue(el);
}

const locked = (el: HTMLElement) =>
  (el as HTMLInputElement).readOnly === true ||
  (el as HTMLInputElement).disabled === true ||
  el.getAttribute('aria-readonly') === 'true' ||
  el.getAttribute('aria-disabled') === 'true';

/** The property's reasons to fail on a loaded (and changed) page; none when it holds. */
export async function checkPage(doc: Document, url: string, step: string): Promise<string[]> {
  const { client, reseller } = sampleData();
  const view = (doc.defaultView ?? window) as PageWindow;
  installEmulations(doc);
  let assessment: ReturnType<typeof assess>;
  try {
    assessment = assess({ doc, url: new URL(url), client, reseller });
  } catch (error) {
    return [`assess threw: ${(error as Error).message}`];
  }
  if (assessment.detection.step !== step) return [`step got ${assessment.detection.step}`];
  const reasons: string[] = [];
  const expected = deepAll(doc, '[data-expect]');
  const found = new Map(assessment.fields.map((f) => [f.element as Element, f.key as string]));
  const wrongKeys = new Set<string>();
  for (const el of expected) {
    const key = el.dataset.expect ?? '';
    const got = found.get(el);
    if (got === key) continue;
    wrongKeys.add(key);
    reasons.push(`key ${key} missing on ${describe(el)}${got ? ` (marked ${got})` : ''}`);
  }
  for (const field of assessment.fields) {
    if (field.element.getAttribute('data-expect') === field.key) continue;
    if (field.element.hasAttribute('data-expect')) continue;
    wrongKeys.add(field.key);
    const added = field.element.hasAttribute(ADDED) ? ' (a field the change added)' : '';
    reasons.push(`marked ${field.key} on ${describe(field.element)}${added}`);
  }
  if (!FILLABLE.has(step)) return reasons;
  try {
    const missed = await runFill(fillPlan(assessment));
    for (const key of missed) if (!wrongKeys.has(key)) reasons.push(`fill could not choose ${key}`);
  } catch (error) {
    return [...reasons, `fill threw: ${(error as Error).message}`];
  }
  view.__rerender?.();
  const checked = new Set<string>();
  for (const el of expected) {
    const key = el.dataset.expect ?? '';
    const want = expectedValue(key, { reseller, client });
    const model = el.getAttribute('data-model') ?? el.getAttribute(MODEL) ?? '';
    if (want === undefined || locked(el) || wrongKeys.has(key) || checked.has(`${key}|${model}`)) continue;
    if (model) checked.add(`${key}|${model}`);
    const shown = pageHolds(el, view);
    if (!holds(shown, want)) reasons.push(`fill left ${key} as ${JSON.stringify(shown)}`);
  }
  const pressed = [...(view.__pressed ?? [])];
  for (const toggled of view.__mxToggled ?? [])
    pressed.splice(pressed.indexOf(toggled), pressed.includes(toggled) ? 1 : 0);
  for (const text of pressed) reasons.push(`fill pressed "${text}"`);
  return reasons;
}

/** A reason without the control it names: "key city missing", "fill left state as", "step got unknown". */
export const reasonKind = (reason: string): string =>
  reason
    .replace(/ on <.*$/, '')
    .replace(/ as .*$/, ' as …')
    .replace(/^(fill pressed) .*/, '$1');
