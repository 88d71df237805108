import type { Client } from '../model/client';
import type { FieldKey } from '../model/fields';
import type { StepWhy } from '../model/panel';
import type { Reseller } from '../model/reseller';
import type { StepId } from '../model/steps';
import { TEXT_INPUT_TYPES } from '../page/controls';
import type { NameSource } from '../page/names';
import type { RemovedKind } from '../page/report-text';
import { sanitiseScreen } from '../page/sanitise';
import { explain, STEPS } from '../steps';
import { clip } from '../values/text';
import type { Assessment } from './assess';

/** What a report holds, for the panel's preview: said before anything is saved. */
export interface ReportSummary {
  step: StepId;
  /** Each step's score on this screen. */
  scores: Partial<Record<StepId, number>>;
  /** Why: each step that scored, with the evidence seen. */
  why: StepWhy[];
  fields: { key: FieldKey; source: NameSource }[];
  notFound: FieldKey[];
  elements: number;
  /** Every text the copy holds, in order (the preview lists them all). */
  kept: string[];
  removed: Record<RemovedKind, number>;
  fileName: string;
  /** The copy's size in bytes, when it is over {@link MAX_REPORT_BYTES}: no file is made. */
  tooLarge?: number;
}

export interface ScreenReport {
  /** Empty when the copy was too large to send (see the summary's tooLarge). */
  html: string;
  summary: ReportSummary;
}

/** A report travels from the page to the panel in one message: one larger is not made. */
export const MAX_REPORT_BYTES = 5_000_000;

/** Everything stored that is someone's: whatever shows of it on the screen is removed. */
export function knownValues(clients: readonly Client[], reseller: Reseller | null, doc: Document): string[] {
  const values: string[] = [];
  for (const c of clients)
    values.push(c.companyName, c.defaultDomain, c.tenantPrefix, c.abn ?? '', c.notes ?? '');
  if (reseller) values.push(...Object.values(reseller).filter((v): v is string => typeof v === 'string'));
  // What is typed on the page now may show elsewhere on it (a summary of the form).
  // (Typed text only: a radio's or a button's value is the page's own word, "new" or "Search".)
  for (const control of doc.querySelectorAll<HTMLInputElement>('input, textarea'))
    if (control.tagName === 'TEXTAREA' || TEXT_INPUT_TYPES.has(control.type)) values.push(control.value);
  return values.filter((v) => v.trim().length >= 3 && !/^(nsw|vic|qld|act|tas|australia)$/i.test(v.trim()));
}

const stamp = (now: Date) => now.toISOString().slice(0, 16).replace(/[-:T]/g, '');

// The saved file may load nothing when it is opened, whatever slipped into it.
const NOTHING_LOADS = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

/**
 * "Report this screen": the report's document (see sanitise.ts) as one HTML file that opens as a
 * saved page for tests/fixtures (its fixture-url is the portal's address, its path in the report's
 * words), with the assistant's reading of it in a comment at the top of the body.
 */
export function reportScreen(
  doc: Document,
  assessment: Assessment,
  known: readonly string[],
  now = new Date(),
  isOwn?: (element: Element) => boolean,
): ScreenReport {
  const { root, removed, kept, cleaner } = sanitiseScreen({ doc, known, isOwn });
  const { detection } = assessment;
  const copy = root.ownerDocument;
  const head = copy.head;
  const { url } = detection.page;
  const meta = (attrs: Record<string, string>) => {
    const element = copy.createElement('meta');
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    head.prepend(element);
  };
  const path = url.pathname
    .split('/')
    .map((part) => cleaner.identifier(safeDecode(part)))
    .join('/');
  meta({ name: 'fixture-url', content: `${url.origin}${path}` });
  meta({ 'http-equiv': 'Content-Security-Policy', content: NOTHING_LOADS });
  meta({ charset: 'utf-8' });
  const summary: ReportSummary = {
    step: detection.step,
    scores: detection.scores,
    why: explain(detection, STEPS),
    fields: assessment.fields.map((f) => ({ key: f.key, source: f.source })),
    notFound: assessment.notFound,
    elements: root.querySelectorAll('*').length,
    kept: kept.slice(0, MAX_KEPT_TEXTS).map((text) => clip(text, 300)),
    removed,
    fileName: `leader-csp-screen-${detection.step}-${stamp(now)}.html`,
  };
  const reading = [
    `Leader CSP Assistant: a report of a Cloud Hub screen, built from what a reader needs (${now.toISOString()}).`,
    `Step: ${summary.step}; scores: ${JSON.stringify(summary.scores)}`,
    ...summary.why.map((w) => `Why ${w.step} (${w.score} of ${w.needed} needed): ${w.reasons.join('; ')}`),
    ...summary.fields.map((f) => `Field ${f.key}: named by ${f.source}`),
    ...summary.notFound.map((key) => `Not found: ${key}`),
  ].join('\n');
  copy.body.prepend(copy.createComment(` ${reading.replace(/--+/g, '-')} `));
  const html = `<!doctype html>\n${root.outerHTML}\n`;
  const bytes = new TextEncoder().encode(html).length;
  if (bytes > MAX_REPORT_BYTES) return { html: '', summary: { ...summary, tooLarge: bytes } };
  return { html, summary };
}

/** Every text a report may list in its preview (the schema's bound). */
export const MAX_KEPT_TEXTS = 2000;

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
