import { describe, expect, it } from 'vitest';
import { assess } from '../../../utils/assistant/assess';
import { portalFixtures } from '../../fixtures/portal';
import { sampleData } from '../portal-page';
import { checkPage } from './check';
import { loadFresh } from './load';
import { applyChanges } from './mutations';

// One case of the matrix, looked at closely: LCA_MATRIX_CASE="<style>/<page> <change>[+<change>…]"
// (and LCA_MATRIX_SEED, else the matrix's own seed for a single change; run with tools.config.ts) prints what the product read
// on the changed page (each step's score, the fields and where their names came from) and the
// property's reasons.
const wanted = process.env.LCA_MATRIX_CASE ?? '';
const [page = '', changes = ''] = wanted.split(/\s+/);

describe.runIf(wanted !== '')('one case of the mutation matrix', () => {
  it(wanted, async () => {
    const fixture = portalFixtures().find((f) => `${f.style}/${f.name}` === page);
    if (!fixture) throw new Error(`no page ${page}`);
    const names = changes.split('+').filter(Boolean);
    const seed = process.env.LCA_MATRIX_SEED ?? `${page}/${names.join('+')}`;
    const { client, reseller } = sampleData();
    const doc = loadFresh(fixture);
    const applied = applyChanges(doc, names, seed);
    const reading = assess({ doc, url: new URL(fixture.url), client, reseller });
    const lines = [
      `applied: ${applied.join(' + ') || 'nothing (n/a)'}`,
      `step: ${reading.detection.step} ${JSON.stringify(reading.detection.scores)}`,
      ...reading.fields.map(
        (f) => `field ${f.key} <- ${f.source} "${f.name}": ${f.element.outerHTML.slice(0, 100)}`,
      ),
      ...[...doc.querySelectorAll<HTMLElement>('[data-expect]')]
        .filter((el) => !reading.fields.some((f) => f.element === el))
        .map(
          (el) =>
            `not found ${el.dataset.expect}: names ${JSON.stringify(reading.detection.page.namesOf(el))}`,
        ),
      `reasons: ${(await checkPage(doc, fixture.url, fixture.step)).join('; ') || 'none, it survives'}`,
    ];
    // biome-ignore lint/suspicious/noConsole: what the product read is this test's output.
    console.log(`\n${lines.join('\n')}\n`);
    expect(applied.length).toBeGreaterThanOrEqual(0);
  });
});
