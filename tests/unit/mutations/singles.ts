import type { PortalFixture } from '../../fixtures/portal';
import { type Outcome, runCase } from './check';
import { CHANGES } from './mutations';

export interface SinglesRun {
  outcomes: Outcome[];
  /** Changes that threw: bugs of the test. */
  broken: string[];
  seconds: number;
}

/** Every page × every change, once each, seeded from the page's and the change's names. */
export async function runSingles(pages: readonly PortalFixture[]): Promise<SinglesRun> {
  const started = performance.now();
  const outcomes: Outcome[] = [];
  const broken: string[] = [];
  for (const fixture of pages)
    for (const change of CHANGES) {
      const page = `${fixture.style}/${fixture.name}`;
      try {
        outcomes.push(await runCase(fixture, [change.name], `${page}/${change.name}`));
      } catch (error) {
        broken.push(`${page} × ${change.name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  return { outcomes, broken, seconds: (performance.now() - started) / 1000 };
}
