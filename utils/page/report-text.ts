import { escapeRegExp } from '../values/text';
import { isReportWord } from '../words/report-words';

/** What a report's copy left out, by kind, for the preview. */
export type RemovedKind = 'value' | 'known' | 'word' | 'number' | 'option' | 'element';
export type Removed = Record<RemovedKind, number>;

/** What stands for a word, a stored detail or a run of words the report does not keep. */
export const PLACEHOLDER = '▢';

export const noneRemoved = (): Removed => ({
  value: 0,
  known: 0,
  word: 0,
  number: 0,
  option: 0,
  element: 0,
});

/** A piece of a text the report changes: its place in the text and what it becomes. */
export interface Change {
  start: number;
  end: number;
  by: string;
  kind: RemovedKind;
}

// A word: letters and digits together ("360business", "E3", "tenant's").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;
// A run of digits with the separators phone numbers, ABNs and dates use (spaces of any kind too).
const NUMBER_RUN = /(?<![\p{L}\p{N}])\p{Nd}(?:[\p{Nd}\s.,/:()+\u2010-\u2015-]*\p{Nd})?(?![\p{L}\p{N}])/gu;
// A price stays: the fees box and the basket show the portal's prices, nobody's details.
const MONEY_BEFORE = /[$€£]\s?$/;
const MONEY = /^\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?$|^\d{1,7}(?:\.\d{1,2})?$/;
const SHORT_NUMBER = /^\p{Nd}{1,2}$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The report's text rule, for one copy: a word stays only when the vocabulary knows it (see
 * report-words.ts); a number only when it is short, a product's or a price; a stored detail (a
 * client's or the reseller's) never, whatever its words. A capitalised word beside a capitalised
 * word that goes, goes too: "Grace Nguyen" is one name, though "grace" alone could be a word.
 * It counts what it takes out.
 */
export function textCleaner(known: readonly string[]) {
  const removed = noneRemoved();
  const values = [...new Set(known.map((k) => k.trim()).filter((k) => k.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  const knownPattern =
    values.length > 0
      ? new RegExp(
          // Whole words only: "Priya" stored takes "Priya", never the start of "PRIYANKA".
          `(?<![\\p{L}\\p{N}])(?:${values.map((v) => escapeRegExp(v).replace(/\s+/g, '[\\s\\u00a0\\u202f]+')).join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : null;

  /** Where the text changes, in order, without overlaps. */
  function changes(text: string): Change[] {
    const out: Change[] = [];
    const taken: [number, number][] = [];
    const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && end > s);
    if (knownPattern)
      for (const m of text.matchAll(knownPattern)) {
        const start = m.index ?? 0;
        out.push({ start, end: start + m[0].length, by: PLACEHOLDER, kind: 'known' });
        taken.push([start, start + m[0].length]);
      }
    for (const m of text.matchAll(NUMBER_RUN)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      taken.push([start, end]);
      const digits = m[0].replace(/\D/g, '');
      const money = MONEY_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && MONEY.test(m[0]);
      if (money || SHORT_NUMBER.test(digits) || isReportWord(digits)) continue;
      out.push({ start, end, by: m[0].replace(/\p{Nd}/gu, '0'), kind: 'number' });
    }
    const wordsSeen: { start: number; end: number; capital: boolean; gone: boolean }[] = [];
    for (const m of text.matchAll(WORD)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      wordsSeen.push({ start, end, capital: CAPITALISED.test(m[0]), gone: !isReportWord(m[0]) });
    }
    // A capitalised run (words apart by a space or a hyphen only) goes whole when one of it goes.
    for (let i = 0; i < wordsSeen.length; ) {
      let j = i + 1;
      const first = wordsSeen[i] as (typeof wordsSeen)[number];
      if (first.capital)
        while (j < wordsSeen.length) {
          const prev = wordsSeen[j - 1] as (typeof wordsSeen)[number];
          const next = wordsSeen[j] as (typeof wordsSeen)[number];
          if (!next.capital || !/^[\s\u00a0\u202f-]{1,2}$/u.test(text.slice(prev.end, next.start))) break;
          j++;
        }
      const run = wordsSeen.slice(i, j);
      if (run.length > 1 && run.some((w) => w.gone)) for (const w of run) w.gone = true;
      i = j;
    }
    for (const w of wordsSeen)
      if (w.gone) out.push({ start: w.start, end: w.end, by: PLACEHOLDER, kind: 'word' });
    return out.sort((a, b) => a.start - b.start);
  }

  /** The text with its changes made, counted. */
  function apply(text: string, list: readonly Change[]): string {
    let out = '';
    let at = 0;
    for (const change of list) {
      out += text.slice(at, change.start) + change.by;
      at = change.end;
      removed[change.kind]++;
    }
    return out + text.slice(at);
  }

  return {
    removed,
    changes,
    apply,
    text: (text: string): string => apply(text, changes(text)),
    /**
     * A name, id or path part a page's code wrote ("companyName", "customer_12345", "jane-citizen"):
     * its parts kept when they are words the report keeps, each other part an `x`, digits zeros.
     */
    identifier(text: string): string {
      return text.replace(/\p{L}+|\p{N}+/gu, (part) => {
        // camelCase: each capitalised part on its own.
        const pieces = /^\p{N}+$/u.test(part) ? [part] : part.split(/(?<=\p{Ll})(?=\p{Lu})/u);
        const kept = pieces.map((piece) => {
          if (isReportWord(piece) || /^\p{L}$/u.test(piece)) return piece;
          if (/^\p{N}+$/u.test(piece)) {
            removed.number++;
            return piece.replace(/\p{N}/gu, '0');
          }
          removed.word++;
          return 'x';
        });
        return kept.join('');
      });
    },
  };
}

export type TextCleaner = ReturnType<typeof textCleaner>;
