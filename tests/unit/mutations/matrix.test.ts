import { beforeAll, describe, expect, it } from 'vitest';
import { portalFixtures } from '../../fixtures/portal';
import { CHANGES } from './mutations';
import { sectionText, survival, tally, writeSection } from './report';
import { readReport } from './report-file';
import { runSingles, type SinglesRun } from './singles';
import { VOCABULARY, vocabularyUsed } from './vocabulary';

// The mutation matrix, single changes: every saved portal page of a step × every change
// (mutations.ts), each pair once, its random choices seeded from the page's and the change's
// names. The property (check.ts): the page's own step; each control the page marks data-expect
// found as that key, and no other control marked; on the steps "Fill this step" fills, the page's
// own state holds the sample's values after the fill, and nothing was pressed. A pair whose change
// found nothing to change on the page is "n/a", not survival. Pages of no step: unknown.test.ts;
// random combinations of three changes: combinations.test.ts.
// Goal (the issue): 0.99 of the pairs. Measured when the matrix was built (7 Dec 2026, product at
// 5df2748): 1750 of 1804 (0.970); after the fixes it showed: 1804 of 1804. FLOOR is the goal: a
// change that takes the product below it fails; every failure is kept as a page (keep.ts).
const FLOOR = { single: 0.99 };

const pages = portalFixtures().filter((f) => f.step !== 'unknown');

describe('the mutation matrix: every page of a step × every change', () => {
  let run: SinglesRun = { outcomes: [], broken: [], seconds: 0 };
  beforeAll(async () => {
    run = await runSingles(pages);
  }, 900_000);

  it('prints the survival table (and writes it to last-run.md with LCA_MATRIX_REPORT=1)', () => {
    const text = [
      `## Single changes on the pages of a step (${pages.length} pages × ${CHANGES.length} changes, ${run.seconds.toFixed(0)} s)`,
      sectionText({
        title: 'Each change, each page',
        outcomes: run.outcomes,
        by: ['change', 'page'],
        note: 'Survived: the same step, the same keys on the same controls, the values in the page’s own state after the fill, nothing pressed.',
      }),
      '### Words "reword" used',
      [...vocabularyUsed()]
        .sort((a, b) => b[1] - a[1])
        .map(([pair, count]) => `- ${pair} (${count}×)`)
        .join('\n'),
      `Where each synonym comes from is in vocabulary.ts (${VOCABULARY.length} entries).`,
    ].join('\n\n');
    // biome-ignore lint/suspicious/noConsole: the survival table is this test's output.
    console.log(`\n${text}\n`);
    writeSection('single', text, readReport);
  });

  it('has no change that throws (a bug of the test, not of the product)', () => {
    expect(run.broken).toEqual([]);
  });

  it('has every change apply to some page', () => {
    const idle = CHANGES.filter((c) => !run.outcomes.some((o) => o.applied.includes(c.name)));
    expect(idle.map((c) => c.name)).toEqual([]);
  });

  it(`keeps step, fields and fill on at least ${FLOOR.single} of the (page × change) pairs (goal 0.99)`, () => {
    expect(tally(run.outcomes).applied).toBeGreaterThan(pages.length * 20);
    expect(survival(run.outcomes)).toBeGreaterThanOrEqual(FLOOR.single);
  });
});
