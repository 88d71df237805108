import { cleanPastedText } from '../values/text';
import { FILLER_WORDS, NOT_PLURALS, PHRASE_SPELLINGS, SPELLINGS } from './vocabulary';

// One normaliser for every text the assistant compares with what a step or a field looks for:
// labels, headings, key phrases, button texts. A text becomes its words: lower case, accents,
// icon glyphs, zero-width characters and odd spaces gone; punctuation and required or optional
// markers ("*", "•", "†", "(required)", a trailing ":") gone; each word in one spelling (Australian,
// singular); Microsoft's renames read as today's names; filler words ("please enter your") gone.
// Comparisons then look for a phrase's words among a text's, never for a whole string.

const memo = new Map<string, readonly string[]>();
const MEMO_TEXT = 160;
const MEMO_SIZE = 4096;

const MARKS = /\p{M}/gu;
// Apostrophes join ("tenant's" is one word); every other non-letter, non-digit splits.
const APOSTROPHES = /['’‘`´]/g;
const SPLIT = /[^\p{L}\p{N}]+/u;
const LETTER_DIGIT = /(\p{L})(\p{N})/gu;
const DIGIT_LETTER = /(\p{N})(\p{L}{2,})/gu;

function singular(word: string): string {
  if (word.length <= 3 || NOT_PLURALS.has(word) || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|zz)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  return word.slice(0, -1);
}

const canonical = (part: string) => {
  const one = singular(part);
  return SPELLINGS[one] ?? one;
};

/**
 * Every word a phrase of the vocabulary or of a step uses (see phrase() in match.ts): a word a
 * page splits in two ("Pho<b>ne</b>", "Co<span>untry</span>") is read whole when its halves are
 * not words we know and the whole is.
 */
const KNOWN = new Set<string>();

export function knowWords(list: readonly string[]): void {
  let added = false;
  for (const word of list)
    if (word.length > 2 && !/^\d+$/.test(word) && !KNOWN.has(word)) {
      KNOWN.add(word);
      added = true;
    }
  // Texts read before may read otherwise now.
  if (added) memo.clear();
}

/** Whether a phrase of the vocabulary or of a step uses this word (lower case, one spelling). */
export const isKnownWord = (word: string): boolean => KNOWN.has(word);

/** The words before the phrase spellings and the fillers: lower case, split, one spelling each. */
function rawWords(text: string): string[] {
  const plain = cleanPastedText(text)
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(LETTER_DIGIT, '$1 $2')
    .replace(DIGIT_LETTER, '$1 $2');
  const parts = plain.split(SPLIT).filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (next !== undefined && KNOWN.size > 0) {
      const whole = canonical(part + next);
      if (KNOWN.has(whole) && !(KNOWN.has(canonical(part)) && KNOWN.has(canonical(next)))) {
        words.push(whole);
        i++;
        continue;
      }
    }
    words.push(canonical(part));
  }
  return words;
}

// Longest first, so "microsoft office 365" is read before "office 365".
const PHRASE_RULES = PHRASE_SPELLINGS.map(([from, to]) => ({ from: rawWords(from), to: rawWords(to) })).sort(
  (a, b) => b.from.length - a.from.length,
);
const RULES_BY_FIRST = new Map<string, typeof PHRASE_RULES>();
for (const rule of PHRASE_RULES) {
  const first = rule.from[0] as string;
  RULES_BY_FIRST.set(first, [...(RULES_BY_FIRST.get(first) ?? []), rule]);
}

function applyPhraseSpellings(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const rules = RULES_BY_FIRST.get(words[i] as string);
    const rule = rules?.find((r) => r.from.every((word, k) => words[i + k] === word));
    if (rule) {
      out.push(...rule.to);
      i += rule.from.length;
    } else out.push(words[i++] as string);
  }
  return out;
}

/** A text's words, as every comparison reads them (see the comment at the top). */
export function words(text: string): readonly string[] {
  const known = memo.get(text);
  if (known) return known;
  const result = applyPhraseSpellings(rawWords(text)).filter((word) => !FILLER_WORDS.has(word));
  // Labels and headings come back on every look: short ones are remembered.
  if (text.length <= MEMO_TEXT) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, result);
  }
  return result;
}

/** The words as one string (for a report, or a map key). */
export const wordsOf = (text: string): string => words(text).join(' ');
