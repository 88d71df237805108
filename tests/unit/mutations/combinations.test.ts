import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { portalFixtures } from '../../fixtures/portal';
import { type Outcome, reasonKind, runCase } from './check';
import { keepFailure } from './keep';
import { CHANGE_NAMES } from './mutations';
import { sectionText, survival, tally, writeSection } from './report';
import { readReport } from './report-file';

// The mutation matrix, random combinations of three changes: fast-check draws a page of a step, an
// order of all the changes and a seed; the first three changes in that order that apply to the
// page are applied (at most one moves the form into a container), and the property of
// matrix.test.ts is checked. Every run is counted (the property records and passes; survival is
// the measure). With LCA_MATRIX_KEEP=<n>, the first failure of each of the n most common reasons
// is kept as a fixture page in tests/fixtures/mutations/pending/ (keep.ts: fast-check shrinks the
// combination, then the page is cut down).
// Goal (the issue): 0.95 of the combinations. Measured when the matrix was built (7 Dec 2026,
// product at 5df2748): 274 of 300 (0.913); after the fixes it showed (words run on across inline
// elements and split words read whole, a text run read whole, the site's header holds no field, a
// single field keeps its best box, negated statements, descriptions no names): 300 of 300. FLOOR is
// the goal: a change that takes the product below it fails.
const FLOOR = { triple: 0.95 };
const RUNS = 300;
const SEED = 20261207;

const pages = portalFixtures().filter((f) => f.step !== 'unknown');
const combination = fc.record({
  page: fc.integer({ min: 0, max: pages.length - 1 }),
  order: fc.shuffledSubarray([...CHANGE_NAMES], { minLength: CHANGE_NAMES.length }),
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
});

describe('the mutation matrix: random combinations of three changes', () => {
  const outcomes: (Outcome & { seed: string })[] = [];
  let seconds = 0;
  beforeAll(async () => {
    const started = performance.now();
    await fc.check(
      fc.asyncProperty(combination, async ({ page, order, seed }) => {
        const fixture = pages[page];
        if (!fixture) return true;
        const at = `triple/${seed}`;
        outcomes.push({ ...(await runCase(fixture, order, at, 3)), seed: at });
        return true;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    seconds = (performance.now() - started) / 1000;
  }, 900_000);

  // (With LCA_MATRIX_KEEP=<n> it also keeps the first failure of each of the n commonest reasons
  // as a pending page: a tool on request, not a test of its own.)
  it('prints the survival table (and writes it to last-run.md with LCA_MATRIX_REPORT=1)', async () => {
    const text = [
      `## Random combinations of three changes (${RUNS} runs, fast-check seed ${SEED}, ${seconds.toFixed(0)} s)`,
      sectionText({
        title: 'Each change in the combinations it took part in, each page',
        outcomes,
        by: ['change', 'page'],
      }),
    ].join('\n\n');
    // biome-ignore lint/suspicious/noConsole: the survival table is this test's output.
    console.log(`\n${text}\n`);
    writeSection('triple', text, readReport);
    const keep = Number(process.env.LCA_MATRIX_KEEP ?? 0);
    if (keep > 0) await keepCommonFailures(outcomes, keep);
  }, 900_000);

  it('applies three changes in every run', () => {
    expect(
      outcomes.filter((o) => o.applied.length < 3).map((o) => `${o.page}: ${o.applied.join(' + ')}`),
    ).toEqual([]);
  });

  it(`keeps step, fields and fill on at least ${FLOOR.triple} of the combinations (goal 0.95)`, () => {
    expect(tally(outcomes).applied).toBe(RUNS);
    expect(survival(outcomes)).toBeGreaterThanOrEqual(FLOOR.triple);
  });
});

async function keepCommonFailures(
  outcomes: readonly (Outcome & { seed: string })[],
  keep: number,
): Promise<string[]> {
  const firsts = new Map<string, Outcome & { seed: string }>();
  const counts = new Map<string, number>();
  for (const outcome of outcomes.filter((o) => !o.ok)) {
    const kind = reasonKind(outcome.reasons[0] ?? '');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (!firsts.has(kind)) firsts.set(kind, outcome);
  }
  const kept: string[] = [];
  for (const [kind] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, keep)) {
    const outcome = firsts.get(kind);
    const fixture = pages.find((f) => `${f.style}/${f.name}` === outcome?.page);
    if (!outcome || !fixture) continue;
    kept.push(await keepFailure(fixture, outcome.applied, outcome.seed));
    // biome-ignore lint/suspicious/noConsole: where each kept page went.
    console.log(`kept ${kept.at(-1)}`);
  }
  return kept;
}
