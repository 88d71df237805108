import type { StepId } from '../model/steps';
import { MAX_NAMED_CONTROLS } from '../page/fields';
import { type PageView, type Region, readPage } from '../page/read';
import type { Landmark, StepModule } from './types';

const DEFAULT_THRESHOLD = 5;

export interface Detection {
  step: StepId;
  /** The step's module, when a step was found. */
  module: StepModule | null;
  page: PageView;
  /** Where the step is: an open dialog, or the page. */
  region: Region;
  /** Each step's score in that region, for the overlay's "why" and for tests. */
  scores: Partial<Record<StepId, number>>;
}

function fieldNamesOf(region: Region, namesOf: PageView['namesOf']): string[] {
  return region.controls
    .slice(0, MAX_NAMED_CONTROLS)
    .flatMap((control) => namesOf(control).map((name) => name.text));
}

function seen(landmark: Landmark, region: Region, url: URL, fieldNames: () => string[]): boolean {
  switch (landmark.in) {
    case 'heading':
      return region.headings.some((heading) => landmark.match.test(heading));
    case 'text':
      return landmark.match.test(region.text);
    case 'button':
      return region.buttons.some((button) => landmark.match.test(button.text));
    case 'field':
      return fieldNames().some((name) => landmark.match.test(name));
    case 'url':
      return !region.isDialog && landmark.match.test(`${url.pathname}${url.search}${url.hash}`);
    case 'password-field':
      return region.passwordFields > 0;
  }
}

/** A step's score in a region; zero when none of its essential landmarks shows. */
export function scoreStep(step: StepModule, region: Region, url: URL, fieldNames: () => string[]): number {
  let score = 0;
  let essentialSeen = !step.landmarks.some((landmark) => landmark.essential);
  for (const landmark of step.landmarks) {
    if (!seen(landmark, region, url, fieldNames)) continue;
    score += landmark.weight;
    if (landmark.essential) essentialSeen = true;
  }
  return essentialSeen && score >= (step.threshold ?? DEFAULT_THRESHOLD) ? score : 0;
}

function bestIn(
  region: Region,
  page: PageView,
  steps: readonly StepModule[],
): { module: StepModule | null; scores: Partial<Record<StepId, number>> } {
  const url = page.url;
  let names: string[] | undefined;
  const fieldNames = () => {
    names ??= fieldNamesOf(region, page.namesOf);
    return names;
  };
  const scores: Partial<Record<StepId, number>> = {};
  let module: StepModule | null = null;
  for (const step of steps) {
    const score = scoreStep(step, region, url, fieldNames);
    scores[step.id] = score;
    // Steps are in flow order: a later step that shows wins (SCREENS.md).
    if (score > 0) module = step;
  }
  return { module, scores };
}

/**
 * The step the page shows. An open dialog that shows a step is the current step, whatever is
 * behind it; otherwise the page is scored with its dialogs left out. Reads only what it is given
 * (the page as a kept PageReader read it, or read now).
 */
export function detectStep(
  doc: Document,
  url: URL,
  steps: readonly StepModule[],
  page: PageView = readPage(doc, url),
): Detection {
  const topDialog = page.dialogs[page.dialogs.length - 1];
  if (topDialog) {
    const inDialog = bestIn(topDialog, page, steps);
    if (inDialog.module)
      return {
        step: inDialog.module.id,
        module: inDialog.module,
        page,
        region: topDialog,
        scores: inDialog.scores,
      };
  }
  const onPage = bestIn(page.main, page, steps);
  return {
    step: onPage.module?.id ?? 'unknown',
    module: onPage.module,
    page,
    region: page.main,
    scores: onPage.scores,
  };
}
