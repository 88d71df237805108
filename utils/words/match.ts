import type { Concept } from './concept';
import { knowWords, words } from './normalise';

/**
 * What a step or a field looks for: words in order, each either right after the one before or,
 * where the phrase says `…`, with up to three other words between them. A phrase written with a
 * leading `=` names a field only as the whole of its label ("Domain" alone is the prefix box).
 */
export interface Phrase {
  text: string;
  words: readonly string[];
  /** gaps[i]: other words may stand between words[i - 1] and words[i]. */
  gaps: readonly boolean[];
  whole: boolean;
}

const GAP = 3;

export function phrase(text: string): Phrase {
  const whole = text.startsWith('=');
  const parts = (whole ? text.slice(1) : text).split('…');
  const out: string[] = [];
  const gaps: boolean[] = [];
  parts.forEach((part, index) => {
    const partWords = words(part);
    partWords.forEach((word, k) => {
      out.push(word);
      gaps.push(index > 0 && k === 0);
    });
  });
  if (out.length === 0) throw new Error(`"${text}" has no words after normalising`);
  knowWords(out);
  return { text, words: out, gaps, whole };
}

export const phrases = (...lists: readonly (readonly string[] | Concept)[]): Phrase[] =>
  lists.flatMap((list) => ('phrases' in list ? list.phrases : list)).map(phrase);

/** Where a phrase's words are among a text's words: the first and past-the-last word, or null. */
export interface Found {
  start: number;
  end: number;
}

function matchAt(text: readonly string[], p: Phrase, start: number): number {
  let at = start;
  for (let i = 1; i < p.words.length; i++) {
    const word = p.words[i];
    const limit = p.gaps[i] ? Math.min(at + 1 + GAP, text.length - 1) : at + 1;
    let next = -1;
    for (let j = at + 1; j <= limit; j++)
      if (text[j] === word) {
        next = j;
        break;
      }
    if (next < 0) return -1;
    at = next;
  }
  return at + 1;
}

/** Every place the phrase shows among the words, leftmost first. */
export function findAll(text: readonly string[], p: Phrase): Found[] {
  const found: Found[] = [];
  const first = p.words[0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== first) continue;
    const end = matchAt(text, p, i);
    if (end > 0) found.push({ start: i, end });
  }
  return found;
}

/** Whether a phrase shows anywhere among the words. */
export function contains(text: readonly string[], p: Phrase): boolean {
  const first = p.words[0];
  for (let i = 0; i < text.length; i++) if (text[i] === first && matchAt(text, p, i) > 0) return true;
  return false;
}

/**
 * How well a phrase names a short text such as a label: all of it (`exact`), its last words, where
 * an English name puts the thing it names ("Company email" is an email: `head`), or somewhere else
 * (`inside`). Null when it does not show.
 */
export type Fit = 'exact' | 'head' | 'inside';

export function fitOf(text: readonly string[], p: Phrase): Fit | null {
  let best: Fit | null = null;
  for (const { start, end } of findAll(text, p)) {
    if (end === text.length && start === 0) return 'exact';
    if (p.whole) continue;
    if (end === text.length) best = 'head';
    else best ??= 'inside';
  }
  return best;
}

/** A long text's words with where each word stands, so each phrase is looked for only where its first word is. */
export interface IndexedWords {
  words: readonly string[];
  at: ReadonlyMap<string, readonly number[]>;
}

export function indexWords(text: readonly string[]): IndexedWords {
  const at = new Map<string, number[]>();
  text.forEach((word, index) => {
    const list = at.get(word);
    if (list) list.push(index);
    else at.set(word, [index]);
  });
  return { words: text, at };
}

export function containsIndexed(text: IndexedWords, p: Phrase): boolean {
  for (const start of text.at.get(p.words[0] as string) ?? [])
    if (matchAt(text.words, p, start) > 0) return true;
  return false;
}

// Words that turn a statement round ("has no Microsoft 365 tenancy").
export const NEGATIONS: ReadonlySet<string> = new Set([
  'no',
  'not',
  'dont',
  'doesnt',
  'without',
  'never',
  'none',
  'isnt',
  'hasnt',
]);
const NEGATION_REACH = 3;

/** Whether a phrase shows with no negation among its words or the few words before them. */
export function affirmedIndexed(text: IndexedWords, p: Phrase): boolean {
  for (const start of text.at.get(p.words[0] as string) ?? []) {
    const end = matchAt(text.words, p, start);
    if (end <= 0) continue;
    const around = text.words.slice(Math.max(0, start - NEGATION_REACH), end);
    if (!around.some((word) => NEGATIONS.has(word))) return true;
  }
  return false;
}
