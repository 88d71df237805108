import { STEPS } from '../steps';

// What can change the step or its fields. Anything else (a price ticking, a counter, an animation
// class on a span) is ignored, so a page that mutates every 50 ms costs almost nothing.
const STRUCTURAL =
  'h1, h2, h3, h4, h5, h6, [role="heading"], [role="dialog"], [role="alertdialog"], dialog, input, select, textarea, button, [role="button"], table, [role="grid"], label, form, legend';

export const OBSERVED_ATTRIBUTES = ['style', 'class', 'hidden', 'aria-hidden', 'open', 'aria-modal', 'role'];

const LANDMARK_TEXT = STEPS.flatMap((step) =>
  step.landmarks
    .filter((l) => l.in === 'text' || l.in === 'heading' || l.in === 'button')
    .map((l) => l.match),
);

const isStructural = (node: Node): boolean =>
  node instanceof Element ? node.matches(STRUCTURAL) || node.querySelector(STRUCTURAL) !== null : false;

const hasLandmarkText = (text: string | null): boolean => !!text && LANDMARK_TEXT.some((re) => re.test(text));

/** Whether a batch of DOM changes could change what the assistant sees. */
export function mattersToAssistant(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    switch (record.type) {
      case 'attributes':
        if (isStructural(record.target)) return true;
        break;
      case 'characterData':
        if (hasLandmarkText(record.target.nodeValue) || record.target.parentElement?.closest(STRUCTURAL))
          return true;
        break;
      case 'childList':
        for (const node of record.addedNodes) {
          if (isStructural(node) || hasLandmarkText(node.textContent)) return true;
        }
        for (const node of record.removedNodes) {
          if (isStructural(node)) return true;
        }
        if (
          record.target instanceof Element &&
          record.target.closest('h1, h2, h3, h4, h5, h6, [role="heading"], button, label')
        )
          return true;
        break;
    }
  }
  return false;
}
