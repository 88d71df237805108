import type { StepId } from '../model/steps';
import { login } from './login';
import type { StepModule } from './types';

/** The step modules in the flow's order: when two score, the later one wins (SCREENS.md). */
export const STEPS: readonly StepModule[] = [login];

/** The step the page shows, or `unknown`. Reads only what it is given, never the global document. */
export function detectStep(root: Document, url: URL, steps: readonly StepModule[] = STEPS): StepId {
  let found: StepId = 'unknown';
  for (const step of steps) {
    if (step.score(root, url) > 0) found = step.id;
  }
  return found;
}
