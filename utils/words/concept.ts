/** A set of phrases that say one thing, with where the words come from. */
export interface Concept {
  /** Phrases in plain words; `…` between two words lets up to three other words stand between them. */
  phrases: readonly string[];
  source: string;
}
