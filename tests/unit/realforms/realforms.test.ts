import { beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../../utils/assistant/assess';
import type { FieldKey } from '../../../utils/model/fields';
import {
  type ExpectedField,
  type IgnoredField,
  locate,
  NEW_CUSTOMER_URL,
  type RealForm,
  realForms,
  wrapAsNewCustomer,
} from '../../fixtures/realforms';
import { loadPortalPage, sampleData } from '../portal-page';

// Recognition measured on real websites' forms put in a New Customer screen (the issue's
// development corpus; tests/fixtures/realforms/README.md says where they come from). This measures;
// it does not push the code towards these pages' quirks.

// A floor under the totals: the issue's goal (recall ≥ 0.90, precision ≥ 0.97, every page
// recognised). Today every expected field is found and none is marked wrongly; a change that
// falls below the goal fails here. Never lower it to let a change through.

// Fields the code marks today with a key other than the one a person would give them: mistakes to
// fix, listed so that no new one slips in. "<page>: <key> on <field>"; remove a line once fixed.
// (Office Depot's "Phone:" before three boxes was one: a box too short for a phone number is now
// taken for part of a split number, not the phone.)
const KNOWN_WRONG_MARKS: string[] = [];

const STEP = 'new-customer';
const forms = realForms();
const FLOOR = { recall: 0.9, precision: 0.97, recognised: forms.length };
const { client, reseller, clients } = sampleData();

/** How a report names a field: its id, else its name, else the start of its markup. */
function describeField(element: Element): string {
  if (element.id) return `#${element.id}`;
  const name = element.getAttribute('name');
  if (name) return `[name="${name}"]`;
  return element.outerHTML.replace(/\s+/g, ' ').slice(0, 60);
}

interface PageScore {
  form: RealForm;
  step: string;
  expected: number;
  hits: number;
  /** Marked with a key other than a person would give, or marked where no key belongs. */
  wrong: string[];
  misses: string[];
}

function scorePage(form: RealForm): PageScore {
  const doc = loadPortalPage({ html: wrapAsNewCustomer(form.html) });
  const assessment = assess({ doc, url: new URL(NEW_CUSTOMER_URL), client, reseller, clients });
  const marks = new Map<Element, FieldKey>(assessment.fields.map((f) => [f.element, f.key]));
  const expectedAt = new Map<Element, ExpectedField>(form.fields.map((f) => [locate(doc, f), f]));
  const ignoredAt = new Map<Element, IgnoredField>(form.ignored.map((f) => [locate(doc, f), f]));

  let hits = 0;
  const misses: string[] = [];
  for (const [element, field] of expectedAt) {
    if (marks.get(element) === field.key) hits++;
    else misses.push(`${field.key} on ${describeField(element)}`);
  }
  const wrong: string[] = [];
  for (const [element, key] of marks) {
    const expected = expectedAt.get(element);
    if (expected?.key === key || ignoredAt.get(element)?.accept === key) continue;
    wrong.push(`${key} on ${describeField(element)}`);
  }
  return { form, step: assessment.detection.step, expected: expectedAt.size, hits, wrong, misses };
}

const ratio = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);
const shown = (value: number) => (Number.isNaN(value) ? '   –' : value.toFixed(2));

function report(scores: PageScore[]): string {
  const width = Math.max(...scores.map((s) => s.form.name.length));
  const lines = [`${'page'.padEnd(width)}  fields  found  wrong  recall  precision  step`];
  for (const s of scores)
    lines.push(
      [
        s.form.name.padEnd(width),
        String(s.expected).padStart(6),
        String(s.hits).padStart(5),
        String(s.wrong.length).padStart(5),
        shown(ratio(s.hits, s.expected)).padStart(6),
        shown(ratio(s.hits, s.hits + s.wrong.length)).padStart(9),
        s.step === STEP ? s.step : `${s.step}  <- not recognised`,
      ].join('  '),
    );
  const t = totals(scores);
  lines.push(
    `${'TOTAL'.padEnd(width)}  ${String(t.expected).padStart(6)}  ${String(t.hits).padStart(5)}  ${String(t.wrong).padStart(5)}  ${shown(t.recall).padStart(6)}  ${shown(t.precision).padStart(9)}  ${t.recognised}/${scores.length} recognised`,
  );
  const unrecognised = scores.filter((s) => s.step !== STEP);
  if (unrecognised.length > 0)
    lines.push(
      `Not recognised as ${STEP}: ${unrecognised.map((s) => `${s.form.name} (${s.step})`).join(', ')}`,
    );
  for (const s of scores) {
    if (s.misses.length > 0) lines.push(`  ${s.form.name} misses: ${s.misses.join(', ')}`);
    if (s.wrong.length > 0) lines.push(`  ${s.form.name} wrong: ${s.wrong.join(', ')}`);
  }
  return lines.join('\n');
}

function totals(scores: PageScore[]) {
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const hits = scores.reduce((n, s) => n + s.hits, 0);
  const wrong = scores.reduce((n, s) => n + s.wrong.length, 0);
  const recognised = scores.filter((s) => s.step === STEP).length;
  return {
    expected,
    hits,
    wrong,
    recall: ratio(hits, expected),
    precision: ratio(hits, hits + wrong),
    recognised,
  };
}

describe('real websites’ forms as a New Customer screen', () => {
  it('has at least 25 saved forms, each field named once and by exactly one control', () => {
    expect(forms.length).toBeGreaterThanOrEqual(25);
    for (const form of forms) {
      const doc = loadPortalPage({ html: wrapAsNewCustomer(form.html) });
      const elements = [...form.fields, ...form.ignored].map((f) => locate(doc, f));
      expect(new Set(elements).size, `${form.name}: two entries name the same field`).toBe(elements.length);
      expect(form.fields.length, `${form.name} expects no field`).toBeGreaterThan(0);
    }
  });

  // Scored once: the pages are loaded one after another into the one document.
  let scores: PageScore[] = [];
  beforeAll(() => {
    scores = forms.map(scorePage);
  });

  it('prints recall and precision per page and in total', () => {
    // biome-ignore lint/suspicious/noConsole: the measurement is this test's output.
    console.log(`\n${report(scores)}\n`);
  });

  it.each(forms.map((f) => [f.name]))('%s: no field marked with a wrong key', (name) => {
    const wrong = scores.find((s) => s.form.name === name)?.wrong ?? [];
    const unknown = wrong.filter((w) => !KNOWN_WRONG_MARKS.includes(`${name}: ${w}`));
    expect(unknown, 'a field marked with a key a person would not give it: fix the code').toEqual([]);
  });

  it('lists only wrong marks that still happen', () => {
    const current = new Set(scores.flatMap((s) => s.wrong.map((w) => `${s.form.name}: ${w}`)));
    const fixed = KNOWN_WRONG_MARKS.filter((mark) => !current.has(mark));
    expect(fixed, 'these are no longer marked wrongly: remove them from KNOWN_WRONG_MARKS').toEqual([]);
  });

  it('stays at or above the floor', () => {
    const t = totals(scores);
    expect(t.recall, 'recall fell below the floor').toBeGreaterThanOrEqual(FLOOR.recall);
    expect(t.precision, 'precision fell below the floor').toBeGreaterThanOrEqual(FLOOR.precision);
    expect(t.recognised, 'fewer pages recognised as New Customer').toBeGreaterThanOrEqual(FLOOR.recognised);
  });
});
