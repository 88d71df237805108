import type { FieldSpec } from '../model/fields';
import { type Fit, fitOf } from '../words/match';
import { words } from '../words/normalise';
import { OTHER_THINGS } from '../words/vocabulary';
import type { ControlName, NameSource } from './names';

// Which of a step's fields one name of a control names, by the words it contains (utils/words).

/** Names a person reads as the box's label, wherever it stands; the rest are hints or a developer's words. */
export const LABEL_SOURCES: ReadonlySet<NameSource> = new Set([
  'label-for',
  'label-wrap',
  'aria-labelledby',
  'aria-label',
  'label-sibling',
  'checkbox-text',
  'group',
  'legend',
  'placeholder',
  'cell-left',
  'cell-above',
  'definition',
  'text-before',
]);

/** A control's own label: what the person reads right at it ("Yes" beside a radio). */
export const OWN_LABEL_SOURCES: ReadonlySet<NameSource> = new Set([
  'label-for',
  'label-wrap',
  'aria-labelledby',
  'aria-label',
  'checkbox-text',
]);

export interface NameMatch {
  /** Index of the field in the step's list. */
  spec: number;
  fit: Fit;
}

const FIT_RANK: Record<Fit, number> = { exact: 0, head: 1, inside: 2 };
// "City, State" or "First and last name" names two fields in one box: it is neither.
const JOINED = /\b(and|or)\b|[/&+,]/;

/**
 * The field a name says, if any: the best-fitting phrase of any field (the whole name, then its
 * last words, then elsewhere in it), the longer phrase first, then the field listed first. Words
 * found inside a longer name count from a label only, and only when they are most of it and its
 * last word names nothing else ("Company website" is no company name).
 */
export function matchName(specs: readonly FieldSpec[], name: ControlName): NameMatch | null {
  const text = words(name.text);
  if (text.length === 0) return null;
  let best: (NameMatch & { length: number }) | null = null;
  const seen = new Set<number>();
  specs.forEach((spec, index) => {
    for (const p of spec.words) {
      const fit = fitOf(text, p);
      if (!fit) continue;
      seen.add(index);
      if (fit === 'inside') {
        if (!LABEL_SOURCES.has(name.source)) continue;
        if (p.words.length * 2 < text.length || OTHER_THINGS.has(text[text.length - 1] as string)) continue;
      }
      const better =
        !best ||
        FIT_RANK[fit] < FIT_RANK[best.fit] ||
        (FIT_RANK[fit] === FIT_RANK[best.fit] && p.words.length > best.length);
      if (better) best = { spec: index, fit, length: p.words.length };
    }
  });
  if (!best) return null;
  const found: NameMatch & { length: number } = best;
  if (seen.size > 1 && found.fit !== 'exact' && JOINED.test(name.text)) return null;
  return { spec: found.spec, fit: found.fit };
}
