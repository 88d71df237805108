import { describe, expect, it } from 'vitest';
import { portalFixtures } from '../../fixtures/portal';
import { keepFailure } from './keep';

// Keeps one failing single change as a pending page: LCA_MATRIX_KEEP_ONE="<style>/<page> <change>"
// (the matrix's own seed for a single change).
const wanted = process.env.LCA_MATRIX_KEEP_ONE ?? '';
const [page = '', change = ''] = wanted.split(/\s+/);

describe.runIf(wanted !== '')('keeps one failure of the mutation matrix', () => {
  it(wanted, async () => {
    const fixture = portalFixtures().find((f) => `${f.style}/${f.name}` === page);
    if (!fixture) throw new Error(`no page ${page}`);
    const path = await keepFailure(fixture, [change], `${page}/${change}`);
    // biome-ignore lint/suspicious/noConsole: where the page was kept is this test's output.
    console.log(`kept ${path}`);
    expect(path).toMatch(/\.html$/);
  });
});
