import type { FieldKey, FieldSpec } from '../model/fields';
import { NOT_OUR_FIELDS } from '../words/address-words';
import { type Fit, findAll, fitOf, NEGATIONS, type Phrase, phrases } from '../words/match';
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
  /** How many words of the name the phrase that matched has. */
  length: number;
}

const FIT_RANK: Record<Fit, number> = { exact: 0, head: 1, inside: 2 };
// "City, State" or "First and last name" names two fields in one box: it is neither.
const JOINED = /\b(and|or)\b|[/&+,]/;
// Fields that stand side by side as equals: a box named for two of them, even without a "/"
// between ("zip lookup city state", "First Last name"), is both at once (a lookup, a full name).
const SIDE_BY_SIDE: readonly (readonly FieldKey[])[] = [
  ['city', 'state', 'postcode', 'country'],
  ['contactFirstName', 'contactLastName'],
];
const NOT_OURS = phrases(NOT_OUR_FIELDS);

/** How many of the name's words some phrase of the field covers ("Apt, suite, unit": all three). */
function covered(text: readonly string[], list: readonly Phrase[]): number {
  const at = new Set<number>();
  for (const p of list)
    for (const { start, end } of findAll(text, p))
      for (let i = start; i < end; i++) if (p.words.includes(text[i] as string)) at.add(i);
  return at.size;
}

const better = (a: NameMatch, b: NameMatch | null) =>
  !b || FIT_RANK[a.fit] < FIT_RANK[b.fit] || (FIT_RANK[a.fit] === FIT_RANK[b.fit] && a.length > b.length);

function bestOf(text: readonly string[], list: readonly Phrase[], spec: number): NameMatch | null {
  let best: NameMatch | null = null;
  for (const p of list) {
    const fit = fitOf(text, p);
    if (fit) {
      const candidate = { spec, fit, length: p.words.length };
      if (better(candidate, best)) best = candidate;
    }
  }
  return best;
}

/**
 * The field a name says, if any: the best-fitting phrase of any field (the whole name, then its
 * last words, then elsewhere in it), the longer phrase first, then the field listed first. Words
 * found inside a longer name count from a label only, and only when the field's words are most of
 * it and its last word names nothing else ("Company website" is no company name). A name that
 * names two fields at once, or one of the boxes that are none of ours, is no field. Only fields
 * `usable` for the box are taken (a select is no city box), but every field counts as named.
 */
export function matchName(
  specs: readonly FieldSpec[],
  name: ControlName,
  usable: (spec: FieldSpec) => boolean = () => true,
): NameMatch | null {
  const text = words(name.text);
  if (text.length === 0) return null;
  let best: NameMatch | null = null;
  const named: FieldKey[] = [];
  // A ticked statement said the other way round ("The customer has no Microsoft 365 tenancy") does
  // not say the field: it says its opposite.
  const negated = text.some((word) => NEGATIONS.has(word));
  specs.forEach((spec, index) => {
    const found = bestOf(text, spec.words, index);
    if (!found || (negated && spec.control === 'checkbox')) return;
    named.push(spec.key);
    // A description says much besides: it names the box only when it is nothing but the name.
    if (name.source === 'aria-describedby' && found.fit !== 'exact') return;
    if (found.fit === 'inside') {
      if (!LABEL_SOURCES.has(name.source)) return;
      if (covered(text, spec.words) * 2 < text.length || OTHER_THINGS.has(text[text.length - 1] as string))
        return;
    }
    if (usable(spec) && better(found, best)) best = found;
  });
  if (!best) return null;
  const found: NameMatch = best;
  if (found.fit !== 'exact') {
    if (named.length > 1 && JOINED.test(name.text)) return null;
    if (SIDE_BY_SIDE.some((set) => named.filter((key) => set.includes(key)).length > 1)) return null;
  }
  const notOurs = bestOf(text, NOT_OURS, -1);
  if (notOurs && !better(found, notOurs)) return null;
  return found;
}
