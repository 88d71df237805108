// `npm test`: the unit tests (vitest + happy-dom), then the end-to-end tests (real Chromium with the
// built extension), then the Firefox tests (real Firefox ESR with the Firefox build). Prints each
// runner's summary, then one line of the totals, "N passed, N failed", so that a run which executed
// no test shows. Exits non-zero if anything failed or nothing ran.
// LCA_SKIP_FIREFOX=1 leaves the Firefox layer out, for a machine without Firefox, and the summary
// says so; without it a missing Firefox fails that layer (CI installs one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './launch.ts';

interface Layer {
  name: string;
  args: string[];
  /** Why this run leaves the layer out, when it does. */
  skip?: string;
}

const LAYERS: Layer[] = [
  { name: 'unit', args: [] },
  { name: 'e2e', args: ['--config', 'tests/e2e/vitest.config.ts'] },
  {
    name: 'firefox',
    args: ['--config', 'tests/firefox/vitest.config.ts'],
    skip:
      process.env.LCA_SKIP_FIREFOX === '1' ? 'skipped on request (LCA_SKIP_FIREFOX=1), not run' : undefined,
  },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function runLayer(layer: Layer): Counts & { exitCode: number } {
  const report = join(ROOT, '.reports', `${layer.name}.json`);
  rmSync(report, { force: true });
  console.log(`\n== ${layer.name} tests`);
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vitest/vitest.mjs'),
      'run',
      ...layer.args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0, exitCode: run.status ?? 1 };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  // A file that failed while none of its tests did counts as one failure: it did not load, or a
  // beforeAll hook threw (no browser, say) and its tests show as skipped, not failed.
  const brokenFiles = (json.testResults ?? []).filter(
    (f: { status: string; assertionResults: { status: string }[] }) =>
      f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests + brokenFiles,
    skipped: json.numPendingTests + json.numTodoTests,
    exitCode: run.status ?? 1,
  };
}

mkdirSync(join(ROOT, '.reports'), { recursive: true });
const results = LAYERS.filter((layer) => {
  if (layer.skip) console.log(`\n== ${layer.name} tests: ${layer.skip}`);
  return !layer.skip;
}).map((layer) => ({ layer, ...runLayer(layer) }));
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const layer of LAYERS) {
  const r = results.find((result) => result.layer === layer);
  if (!r) {
    console.log(`${layer.name}: ${layer.skip}`);
    continue;
  }
  console.log(
    `${layer.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
  );
  total.passed += r.passed;
  total.failed += r.failed;
  total.skipped += r.skipped;
}
const ranNothing = total.passed + total.failed === 0;
const runnerFailed = results.some((r) => r.exitCode !== 0);
if (runnerFailed && total.failed === 0) total.failed = 1;
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(ranNothing || total.failed > 0 ? 1 : 0);
