// A small seeded random source for the mutation matrix: the same page, change and seed always give
// the same mutated page, so a failure reproduces from its name alone.

export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A new array, shuffled. */
  shuffled<T>(items: readonly T[]): T[];
  /** Items each kept with probability p, at least one when there are any. */
  some<T>(items: readonly T[], p?: number): T[];
  /** A short lower-case hash-looking token (`1x2y3z`). */
  token(length?: number): string;
}

/** FNV-1a, 32 bits: a seed from a name. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32, seeded from a number or a name. */
export function makeRng(seed: number | string): Rng {
  let state = typeof seed === 'number' ? seed >>> 0 : hashText(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const rng: Rng = {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new Error('pick from nothing');
      return items[int(items.length)] as T;
    },
    chance: (p) => next() < p,
    shuffled: <T>(items: readonly T[]) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    some: <T>(items: readonly T[], p = 0.5) => {
      const kept = items.filter(() => next() < p);
      return kept.length > 0 || items.length === 0 ? kept : [items[int(items.length)] as T];
    },
    token: (length = 6) => {
      let out = '';
      for (let i = 0; i < length; i++) out += '0123456789abcdefghijklmnopqrstuvwxyz'[int(36)];
      return out;
    },
  };
  return rng;
}
