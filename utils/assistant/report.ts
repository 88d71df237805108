import type { Client } from '../model/client';
import type { FieldKey } from '../model/fields';
import type { StepWhy } from '../model/panel';
import type { Reseller } from '../model/reseller';
import type { StepId } from '../model/steps';
import { TEXT_INPUT_TYPES } from '../page/controls';
import type { NameSource } from '../page/names';
import { type RemovedKind, sanitiseScreen } from '../page/sanitise';
import { explain, STEPS } from '../steps';
import { collapseWhitespace } from '../values/text';
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
  /** Headings and buttons kept, as the copy has them. */
  kept: string[];
  removed: Record<RemovedKind, number>;
  fileName: string;
}

export interface ScreenReport {
  html: string;
  summary: ReportSummary;
}

const MAX_KEPT = 12;

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

/**
 * "Report this screen": the sanitised copy of the screen as one HTML file that opens as a saved
 * page for tests/fixtures (its fixture-url is the portal address without its query), with the
 * assistant's reading of it in a comment at the top of the body.
 */
export function reportScreen(
  doc: Document,
  assessment: Assessment,
  known: readonly string[],
  now = new Date(),
): ScreenReport {
  const { root, removed } = sanitiseScreen({ doc, known });
  const { detection } = assessment;
  const head =
    root.querySelector('head') ??
    root.insertBefore(root.ownerDocument.createElement('head'), root.firstChild);
  const { url } = detection.page;
  const meta = (attrs: Record<string, string>) => {
    const element = root.ownerDocument.createElement('meta');
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    head.prepend(element);
  };
  meta({ name: 'fixture-url', content: `${url.origin}${url.pathname}` });
  meta({ charset: 'utf-8' });
  const summary: ReportSummary = {
    step: detection.step,
    scores: detection.scores,
    why: explain(detection, STEPS),
    fields: assessment.fields.map((f) => ({ key: f.key, source: f.source })),
    notFound: assessment.notFound,
    elements: root.querySelectorAll('*').length,
    kept: [...root.querySelectorAll('h1, h2, h3, h4, legend, button, label')]
      .map((el) => collapseWhitespace(el.textContent ?? ''))
      .filter(Boolean)
      .slice(0, MAX_KEPT),
    removed,
    fileName: `leader-csp-screen-${detection.step}-${stamp(now)}.html`,
  };
  const reading = [
    `Leader CSP Assistant: a sanitised copy of a Cloud Hub screen (${now.toISOString()}).`,
    `Step: ${summary.step}; scores: ${JSON.stringify(summary.scores)}`,
    ...summary.why.map((w) => `Why ${w.step} (${w.score} of ${w.needed} needed): ${w.reasons.join('; ')}`),
    ...summary.fields.map((f) => `Field ${f.key}: named by ${f.source}`),
    ...summary.notFound.map((key) => `Not found: ${key}`),
  ].join('\n');
  const body = root.querySelector('body');
  body?.prepend(root.ownerDocument.createComment(` ${reading.replace(/--+/g, '-')} `));
  return { html: `<!doctype html>\n${root.outerHTML}\n`, summary };
}
