import { FIELD_LABELS, type FieldKey } from '../model/fields';
import type { StepWhy } from '../model/panel';
import type { StepId } from '../model/steps';
import { type FoundField, findFields } from '../page/fields';
import { type PageView, type Region, readPage } from '../page/read';
import {
  affirmedIndexed,
  containsIndexed,
  contains as containsWords,
  type IndexedWords,
  indexWords,
  type Phrase,
} from '../words/match';
import { words } from '../words/normalise';
import type { Evidence, StepModule } from './types';

const DEFAULT_THRESHOLD = 5;

export interface Detection {
  step: StepId;
  /** The step's module, when a step was found. */
  module: StepModule | null;
  page: PageView;
  /** Where the step is: an open dialog, or the page. */
  region: Region;
  /** Each step's score in that region, for the overlay's "why", the report and tests. */
  scores: Partial<Record<StepId, number>>;
  /** What each step's score is made of: the evidence seen, with its weight ("heading “New Customer” +4"). */
  reasons: Partial<Record<StepId, string[]>>;
  /** The found step's fields as scoring found them (nothing taught). */
  fields: FoundField[];
}

/** The words of a region, read once for all steps: its text indexed, its headings', its buttons'. */
interface RegionWords {
  text(): IndexedWords;
  headings(): { words: readonly string[] }[];
  buttons(): { words: readonly string[] }[];
}

// A catalogue's text is long and read on many looks: the last few are kept.
const textMemo = new Map<string, IndexedWords>();
function indexedText(text: string): IndexedWords {
  const known = textMemo.get(text);
  if (known) return known;
  const indexed = indexWords(words(text));
  if (textMemo.size >= 4) textMemo.delete(textMemo.keys().next().value as string);
  textMemo.set(text, indexed);
  return indexed;
}

function regionWords(region: Region): RegionWords {
  let text: IndexedWords | undefined;
  let headings: { words: readonly string[] }[] | undefined;
  let buttons: { words: readonly string[] }[] | undefined;
  return {
    text: () => {
      text ??= indexedText(region.text);
      return text;
    },
    headings: () => {
      headings ??= region.headings.map((heading) => ({ words: words(heading) }));
      return headings;
    },
    buttons: () => {
      buttons ??= region.buttons
        .filter((button) => !button.chrome)
        .map((button) => ({ words: words(button.text) }));
      return buttons;
    },
  };
}

// Reasons name the vocabulary's words that showed, never the page's own text: they go into the
// panel and into a report that leaves the business, and a heading may hold a client's name.
const said = (p: Phrase) => `“${p.text.replace(/^=/, '')}”`;

/** Where a piece of evidence shows, said in the vocabulary's words; null when it does not. */
function seen(evidence: Evidence, region: Region, url: URL, read: RegionWords): string | null {
  switch (evidence.in) {
    case 'heading': {
      const p = evidence.words.find((w) => read.headings().some((h) => containsWords(h.words, w)));
      return p ? `heading ${said(p)}` : null;
    }
    case 'button': {
      const p = evidence.words.find((w) => read.buttons().some((b) => containsWords(b.words, w)));
      return p ? `button ${said(p)}` : null;
    }
    case 'text': {
      const p = evidence.words.find((w) =>
        evidence.affirmative ? affirmedIndexed(read.text(), w) : containsIndexed(read.text(), w),
      );
      return p ? `the words ${said(p)}` : null;
    }
    case 'url': {
      const path = `${url.pathname}${url.search}${url.hash}`;
      return !region.isDialog && evidence.match.test(path) ? `the address (${evidence.match.source})` : null;
    }
    case 'password-field':
      return region.passwordFields > 0 ? 'a password box' : null;
  }
}

interface Scored {
  score: number;
  reasons: string[];
  /** The step's fields, when scoring needed them (its field evidence); else found once it wins. */
  fields: FoundField[] | null;
}

const fieldsIn = (step: StepModule, region: Region, page: PageView): FoundField[] =>
  step.fields.length > 0 && region.controls.length > 0
    ? findFields(step.fields, region.controls, {}, page.namesOf)
    : [];

/** A step's score in a region: the weights of the evidence seen, the step's fields found among it. */
export function scoreStep(
  step: StepModule,
  region: Region,
  page: PageView,
  read: RegionWords = regionWords(region),
): Scored {
  let score = 0;
  const reasons: string[] = [];
  for (const evidence of step.evidence) {
    const where = seen(evidence, region, page.url, read);
    if (!where) continue;
    score += evidence.weight;
    reasons.push(`${where} ${evidence.weight > 0 ? '+' : ''}${evidence.weight}`);
  }
  if (!step.fieldEvidence) return { score, reasons, fields: null };
  const fields = fieldsIn(step, region, page);
  let fromFields = 0;
  const named: string[] = [];
  for (const key of new Set<FieldKey>(fields.map((field) => field.key))) {
    const weight = step.fieldEvidence[key];
    if (!weight) continue;
    fromFields += weight;
    named.push(FIELD_LABELS[key].toLowerCase());
  }
  if (fromFields > 0) {
    score += fromFields;
    reasons.push(`fields: ${named.join(', ')} +${fromFields}`);
  }
  return { score, reasons, fields };
}

function bestIn(region: Region, page: PageView, steps: readonly StepModule[]) {
  const read = regionWords(region);
  const scores: Partial<Record<StepId, number>> = {};
  const reasons: Partial<Record<StepId, string[]>> = {};
  let module: StepModule | null = null;
  let fields: FoundField[] | null = null;
  for (const step of steps) {
    const scored = scoreStep(step, region, page, read);
    scores[step.id] = scored.score;
    reasons[step.id] = scored.reasons;
    // Steps are in flow order: a later step that shows wins (SCREENS.md).
    if (scored.score > 0 && scored.score >= (step.threshold ?? DEFAULT_THRESHOLD)) {
      module = step;
      fields = scored.fields;
    }
  }
  // A step scored without its fields (no field evidence) has them found once, when it wins.
  return { module, scores, reasons, fields: fields ?? (module ? fieldsIn(module, region, page) : []) };
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
    if (inDialog.module) return { step: inDialog.module.id, page, region: topDialog, ...inDialog };
  }
  const onPage = bestIn(page.main, page, steps);
  return { step: onPage.module?.id ?? 'unknown', page, region: page.main, ...onPage };
}

const MAX_REASON = 200;

/** Why the page is the step it is: every step that scored anything, best first, with its evidence. */
export function explain(detection: Detection, steps: readonly StepModule[]): StepWhy[] {
  return steps
    .map((step) => ({
      step: step.id,
      score: detection.scores[step.id] ?? 0,
      needed: step.threshold ?? DEFAULT_THRESHOLD,
      reasons: (detection.reasons[step.id] ?? [])
        .slice(0, 20)
        .map((r) => (r.length > MAX_REASON ? `${r.slice(0, MAX_REASON - 1)}…` : r)),
    }))
    .filter((why) => why.reasons.length > 0)
    .sort((a, b) => b.score - a.score);
}
