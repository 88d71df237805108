import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../../utils/assistant/assess';
import type { FieldKey } from '../../../utils/model/fields';
import {
  CORPUS_HALVES,
  type CorpusHalf,
  corpusHalf,
  type ExpectedField,
  type IgnoredField,
  locate,
  NEW_CUSTOMER_URL,
  REALFORMS_DIR,
  type RealForm,
  realFormFiles,
  realForms,
  wrapAsNewCustomer,
} from '../../fixtures/realforms';
import { loadPortalPage, sampleData } from '../portal-page';

// Recognition measured on real websites' forms put in a New Customer screen
// (tests/fixtures/realforms/README.md says where they come from). The corpus is split once, by a
// hash of each file's name, into a development half and a test half:
// - development: rules are written against these pages; its table names each miss and wrong mark.
// - test: HELD OUT. Only this test reads it, and its table gives per-page counts only (no field
//   ids, names or markup), so that whoever writes the rules does not learn its markup from the
//   output. A miss there is mended by a general rule shown on a development page or a mutation,
//   never from that page's markup.
// This measures; it does not push the code towards these pages' quirks.

// The goal (the issue): recall ≥ 0.95 and precision ≥ 0.98 on each half, every page recognised as
// New Customer. Each FLOOR is the goal or today's figures (rounded down to 2 decimals), whichever is
// higher: a ratchet. Raise it as the code improves; never lower it to let a change through.
const GOAL = { recall: 0.95, precision: 0.98 } as const;

// When the corpus was split: development 296 of 303 found, 8 wrong (0.977 / 0.974); test 302 of
// 308, 6 wrong (0.981 / 0.981). After the general rules of the words layer, every control of a key,
// a box's type read only where no label says what it is, honeypots, none-of-ours names and fields
// named side by side (all shown on development pages and in tests/unit/words): development 302 of
// 303, 0 wrong (1.00 / 1.00); test 303 of 308, 5 wrong (0.98 / 0.98).
const DEVELOPMENT_FLOOR = { recall: 0.99, precision: 1, recognised: 35 };
const TEST_FLOOR = { recall: 0.98, precision: 0.98, recognised: 39 };

// Development half: fields the code marks today with a key other than the one a person would give
// them (or where no key belongs): mistakes to fix, listed so that no new one slips in.
// "<page>: <key> on <field>"; remove a line once fixed. (Fixed: the "City, State" pickers, the
// phone's "Ext" box after its three number boxes, address lines two and three written out in an
// aria-label, a keyboard-skipped decoy box beside the real email.)
const KNOWN_WRONG_MARKS: string[] = [];

// Test half: no field is named here (that would be its markup); only a ceiling on the count of
// wrong marks, today's. Lower it as the code improves.
const TEST_MAX_WRONG = 5;

const STEP = 'new-customer';
// Loading and scoring every page of a half takes a few seconds (some saved pages are 100 kB and
// more); on a busy machine, many times that.
const PAGES_TIMEOUT = 120_000;
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

/**
 * Scores one page. Every control of a key may be marked (a page's shipping and billing blocks, a
 * confirm-email box, each box of a split phone): a control marked with its own expected key is a
 * hit, whichever other controls carry the same key.
 */
function scorePage(form: RealForm): PageScore {
  const doc = loadPortalPage({ html: wrapAsNewCustomer(form.html) });
  const assessment = assess({ doc, url: new URL(NEW_CUSTOMER_URL), client, reseller, clients });
  const marks = new Map<Element, Set<FieldKey>>();
  for (const f of assessment.fields) marks.set(f.element, (marks.get(f.element) ?? new Set()).add(f.key));
  const expectedAt = new Map<Element, ExpectedField>(form.fields.map((f) => [locate(doc, f), f]));
  const ignoredAt = new Map<Element, IgnoredField>(form.ignored.map((f) => [locate(doc, f), f]));

  let hits = 0;
  const misses: string[] = [];
  for (const [element, field] of expectedAt) {
    if (marks.get(element)?.has(field.key)) hits++;
    else misses.push(`${field.key} on ${describeField(element)}`);
  }
  const wrong: string[] = [];
  for (const [element, keys] of marks)
    for (const key of keys) {
      if (expectedAt.get(element)?.key === key || ignoredAt.get(element)?.accept === key) continue;
      wrong.push(`${key} on ${describeField(element)}`);
    }
  return { form, step: assessment.detection.step, expected: expectedAt.size, hits, wrong, misses };
}

const ratio = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);
const shown = (value: number) => (Number.isNaN(value) ? '   –' : value.toFixed(2));

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

/**
 * The half's table: a line per page and the TOTAL. Only the development half's report goes on to
 * name the misses and wrong marks by field; the test half's stops at the counts.
 */
function report(half: CorpusHalf, scores: PageScore[]): string {
  const width = Math.max(...scores.map((s) => s.form.name.length), 'TOTAL'.length);
  const lines = [
    `${half} half (${scores.length} pages)`,
    `${'page'.padEnd(width)}  fields  found  wrong  recall  precision  step`,
  ];
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
  const met = t.recall >= GOAL.recall && t.precision >= GOAL.precision && t.recognised === scores.length;
  lines.push(
    `Goal (recall ≥ ${GOAL.recall}, precision ≥ ${GOAL.precision}, every page recognised): ${met ? 'met' : 'not yet'}` +
      ` (recall ${t.recall.toFixed(3)}, precision ${t.precision.toFixed(3)}, ${t.recognised}/${scores.length} recognised)`,
  );
  if (half === 'test') return lines.join('\n');
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

/**
 * Every entry of a page names exactly one control and no two entries the same one. For the test
 * half a failure says which page and which entry (by its place), not the locator.
 */
function checkEntries(form: RealForm): void {
  const doc = loadPortalPage({ html: wrapAsNewCustomer(form.html) });
  const entries = [...form.fields, ...form.ignored];
  const elements = entries.map((entry, index) => {
    try {
      return locate(doc, entry);
    } catch (error) {
      if (form.half === 'development') throw error;
      throw new Error(
        `${form.name}: entry ${index + 1} of its fields and ignored does not name exactly one control`,
      );
    }
  });
  expect(new Set(elements).size, `${form.name}: two entries name the same field`).toBe(elements.length);
  expect(form.fields.length, `${form.name} expects no field`).toBeGreaterThan(0);
}

describe('the real-forms corpus and its split', () => {
  it('puts every file in the folder its name’s hash says, and nothing outside the two folders', () => {
    for (const half of CORPUS_HALVES)
      for (const file of realFormFiles(half))
        expect(corpusHalf(file), `realforms/${half}/${file}`).toBe(half);
    const loose = readdirSync(REALFORMS_DIR).filter(
      (file) => file.endsWith('.html') || file.endsWith('.json'),
    );
    expect(loose, 'pages and expectations live in development/ or test/').toEqual([]);
  });

  it('splits by a fixed rule: the first byte of SHA-256 of the site part of the name, even → development', () => {
    // Pinned, so that the split cannot move without this test saying so: sha256("cdw") starts 0x30,
    // sha256("costco") 0x22 (even: development), sha256("sears") 0xed, sha256("bestbuy") 0x55 (odd: test).
    expect(corpusHalf('cdw-shipping.html')).toBe('development');
    expect(corpusHalf('cdw-billing.html')).toBe('development');
    expect(corpusHalf('sears-shipping.html')).toBe('test');
    expect(corpusHalf('costco-checkout.html')).toBe('development');
    expect(corpusHalf('bestbuy-register.html')).toBe('test');
  });

  it('has at least 25 saved forms in each half', () => {
    for (const half of CORPUS_HALVES) expect(realFormFiles(half).length, half).toBeGreaterThanOrEqual(25);
  });

  it('holds the test half out: no other code names its folder', () => {
    const roots = ['tests', 'utils', 'components', 'entrypoints'].map((dir) =>
      join(REALFORMS_DIR, '../../..', dir),
    );
    // This test and the loader (tests/fixtures/realforms.ts) are the only ones that may.
    const allowed = [join(import.meta.dirname, 'realforms.test.ts'), join(REALFORMS_DIR, '../realforms.ts')];
    const readers: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules' && path !== REALFORMS_DIR) walk(path);
        } else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !allowed.includes(path)) {
          const text = readFileSync(path, 'utf8');
          if (/realForms\(\s*['"]test['"]|realFormsDir\(\s*['"]test['"]|realforms\/test\b/.test(text))
            readers.push(relative(join(REALFORMS_DIR, '../../..'), path));
        }
      }
    };
    for (const root of roots) walk(root);
    expect(readers, 'only realforms.test.ts reads the held-out test half').toEqual([]);
  });
});

describe.each(CORPUS_HALVES)('real websites’ forms as a New Customer screen: %s half', (half) => {
  const forms = realForms(half);
  const floor = half === 'development' ? DEVELOPMENT_FLOOR : TEST_FLOOR;

  it(
    'names each expected or ignored field once, by exactly one control',
    () => {
      for (const form of forms) checkEntries(form);
    },
    PAGES_TIMEOUT,
  );

  // Scored once: the pages are loaded one after another into the one document.
  let scores: PageScore[] = [];
  beforeAll(() => {
    scores = forms.map(scorePage);
  }, PAGES_TIMEOUT);

  it('prints recall and precision per page and in total', () => {
    // biome-ignore lint/suspicious/noConsole: the measurement is this test's output.
    console.log(`\n${report(half, scores)}\n`);
  });

  if (half === 'development') {
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
  } else {
    it('marks no more fields wrongly than today', () => {
      const { wrong } = totals(scores);
      expect(wrong, 'more wrong marks on the held-out half than TEST_MAX_WRONG').toBeLessThanOrEqual(
        TEST_MAX_WRONG,
      );
    });
  }

  it('stays at or above the floor', () => {
    const t = totals(scores);
    expect(t.recall, 'recall fell below the floor').toBeGreaterThanOrEqual(floor.recall);
    expect(t.precision, 'precision fell below the floor').toBeGreaterThanOrEqual(floor.precision);
    expect(t.recognised, 'fewer pages recognised as New Customer').toBeGreaterThanOrEqual(floor.recognised);
  });
});
