import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page or frame (or within one element) as it is
 * now (run through CDP: the page's CSP allows no injected script). The panel is a frame of its own.
 */
export async function seriousViolations(page: Page | Frame, within?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: Node, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    // An element (e.g. the overlay's host) is checked with its shadow root.
    const context = selector ? document.querySelector(selector) : document;
    if (!context) throw new Error(`nothing matches ${selector}`);
    return (await axe.run(context, { resultTypes: ['violations'] })).violations;
  }, within);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
