import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEPT_DIR, keptFixture, keptReasons, PENDING_DIR } from './keep';

// Pages the mutation matrix kept (keep.ts): a failure cut down to a small page, with the changes
// that made it and the step it shows in its first comment. Those in tests/fixtures/mutations/ are
// regressions: the product passed them once and must keep passing (same step, same keys, filled,
// nothing pressed). Those in pending/ fail today: they are only reported, with their reasons;
// move a page up to tests/fixtures/mutations/ once the product passes it.
const pagesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.html'))
        .sort()
        .map((file) => join(dir, file))
    : [];

const regressions = pagesIn(KEPT_DIR);
const pending = pagesIn(PENDING_DIR);
const load = (path: string) => keptFixture(path, readFileSync(path, 'utf8'));

describe('pages the mutation matrix kept', () => {
  if (regressions.length > 0)
    it.each(regressions.map((path) => [basename(path), path]))(
      '%s keeps its step, fields and fill',
      async (_, path) => {
        expect(await keptReasons(load(path))).toEqual([]);
      },
    );

  it('reports the pending pages (failing today; move one up once it passes)', async () => {
    const lines: string[] = [];
    for (const path of pending) {
      const fixture = load(path);
      expect(fixture.step, `${basename(path)} names its step`).not.toBe('');
      const reasons = await keptReasons(fixture);
      lines.push(
        reasons.length > 0
          ? `still fails  ${basename(path)}: ${reasons.join('; ')}`
          : `PASSES NOW   ${basename(path)}: move it to tests/fixtures/mutations/`,
      );
    }
    // biome-ignore lint/suspicious/noConsole: the pending pages' status is this test's output.
    console.log(`\n${lines.join('\n')}\n`);
    expect(lines).toHaveLength(pending.length);
  });
});
