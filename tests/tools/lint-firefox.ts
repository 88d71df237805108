// `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, the checks addons.mozilla.org runs
// on an upload) on the Firefox build, .output/firefox-mv3 (`npm run build:firefox` or `npm run zip`
// makes it). Fails on any error; warnings are listed and do not fail. One line per message: web-ext's
// own table is cut to 78 columns when it does not print to a terminal, which hides the file names.
// Not --self-hosted: the package is meant for addons.mozilla.org, so its checks apply.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './launch.ts';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const sourceDir = join(ROOT, '.output/firefox-mv3');
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${relative(ROOT, sourceDir)}: run npm run build:firefox first.`);
  process.exit(1);
}

const run = spawnSync(
  process.execPath,
  [
    join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
    'lint',
    '--source-dir',
    sourceDir,
    '--output',
    'json',
    // A web-ext config in the home folder must not change what CI checks.
    '--no-config-discovery',
  ],
  // No update check: CI reaches only the registry, and the result must not depend on it.
  { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
);
let report: LintReport;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(
    `web-ext lint did not answer with a report (exit ${run.status}):\n${run.stdout}${run.stderr}`,
  );
  process.exit(1);
}

const { errors, warnings, notices } = report.summary;
console.log(
  `web-ext lint ${relative(ROOT, sourceDir)}: ${errors} errors, ${warnings} warnings, ${notices} notices`,
);
const explained = new Set<string>();
for (const [kind, messages] of [
  ['error', report.errors],
  ['warning', report.warnings],
  ['notice', report.notices],
] as const) {
  for (const m of messages) {
    const where = m.file ? ` ${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}` : '';
    console.log(`  ${kind} ${m.code}${where}: ${m.message}`);
    // The description says why; once per code is enough.
    if (m.description && m.description !== m.message && !explained.has(m.code)) {
      explained.add(m.code);
      console.log(`      ${m.description.replace(/\s+/g, ' ')}`);
    }
  }
}
process.exit(errors > 0 || run.status !== 0 ? 1 : 0);
