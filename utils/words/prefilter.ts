import { escapeRegExp } from '../values/text';
import type { Phrase } from './match';
import { PHRASE_SPELLINGS, SPELLINGS } from './vocabulary';

// A cheap first test for a page's changing text: could any of these phrases show in it? One
// regular expression over the raw text, true for every text whose words could hold a phrase's
// first word (in any spelling, plural or rename), and false for most prices, counters and clocks,
// so the normaliser runs only on text that may matter.

// A word's stem: "tenancy" also shows as "tenancies", "licence" as "licences".
const stem = (word: string) => (word.length > 4 ? word.slice(0, -1) : word);

export function mayShowAny(list: readonly Phrase[]): (text: string) => boolean {
  const firsts = new Set(list.map((p) => p.words[0] as string));
  const starts = new Set<string>();
  for (const word of firsts) starts.add(stem(word));
  for (const [variant, canonical] of Object.entries(SPELLINGS))
    if (firsts.has(canonical)) starts.add(stem(variant));
  // Renames: "Office 365" is read "microsoft 365", so "office" may start "microsoft".
  for (const [from, to] of PHRASE_SPELLINGS) {
    if (firsts.has(to.split(' ')[0] as string))
      starts.add(stem(from.toLowerCase().split(/[^a-z0-9]+/)[0] as string));
  }
  const any = new RegExp(`\\b(?:${[...starts].filter(Boolean).map(escapeRegExp).join('|')})`, 'i');
  return (text) => any.test(text);
}
