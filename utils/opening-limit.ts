/**
 * At most one opening (a window, a tab) every `everyMs` for each key (the tab that asked): a
 * script that can press the panel's buttons, or send its messages, cannot open windows again and
 * again. Time is given, so the rule is tested without a clock; a clock set back lets the next
 * opening through rather than blocking until it catches up.
 */
export class OpeningLimit {
  private readonly last = new Map<string, number>();

  constructor(private readonly everyMs: number) {}

  /** Whether `key` may open something at `now`; a yes counts as its opening. */
  allow(key: string, now: number): boolean {
    const recent = (at: number) => at <= now && now - at < this.everyMs;
    // Only the keys still waiting are kept: the map stays as small as the tabs that just opened.
    for (const [other, at] of this.last) if (!recent(at)) this.last.delete(other);
    const at = this.last.get(key);
    if (at !== undefined && recent(at)) return false;
    this.last.set(key, now);
    return true;
  }

  /** How many keys are waiting: for tests. */
  get size(): number {
    return this.last.size;
  }
}
