import { observePage, type PageObserver } from '../page/observe';
import type { NamedWindow } from './named-window';
import { classifyChanges, OBSERVED_ATTRIBUTES } from './relevance';

const BACKOFF_FACTOR = 9;
const MAX_BACKOFF_MS = 250;

export interface SchedulerOptions {
  /** One look at the page. */
  look(): void;
  signal: AbortSignal;
  /** What the last look named: fields coming and going past it need no look (see NamedWindow). */
  named?: () => NamedWindow | null;
  /** Fields came or went past what a look names: the list of controls is out of date. */
  controlsChanged?: () => void;
  /** Told every batch of DOM changes, and a window resize (which no DOM change shows). */
  reader?: { changed(records: readonly MutationRecord[]): void; reset(): void };
  /** Told the milliseconds of each piece of the assistant's own work (the bench build's counter). */
  measure?: (ms: number) => void;
}

/**
 * When to look at the page: on DOM changes that matter, on typing, on in-app navigation; once per
 * frame however often asked, and backing off when looks are expensive and the page keeps changing.
 * Every observer, listener and timer dies with `signal`.
 */
export class LookScheduler {
  private frame = 0;
  private timer = 0;
  private nextAllowed = 0;
  private observer: PageObserver | null = null;

  constructor(
    private readonly view: Window,
    private readonly options: SchedulerOptions,
  ) {
    options.signal.addEventListener('abort', () => {
      view.clearTimeout(this.timer);
      view.cancelAnimationFrame(this.frame);
    });
  }

  /** Watches the document: DOM changes that matter to the assistant, and the person's typing. */
  watch(doc: Document): void {
    const { signal, reader } = this.options;
    this.observer = observePage(doc.body ?? doc.documentElement, () => this.soon(), signal, {
      matters: (records) => this.timed(() => this.matters(records)),
      attributeFilter: OBSERVED_ATTRIBUTES,
      seen: reader && ((records) => reader.changed(records)),
    });
    if (reader) {
      // What was read before the watching began may have changed unseen.
      reader.reset();
      // Style sheets come and go in the head, outside the observed body.
      if (doc.head && doc.body)
        observePage(doc.head, () => {}, signal, {
          matters: () => false,
          seen: (records) => reader.changed(records),
        });
      // A new size can show or hide what media queries decide: the next look reads it all.
      doc.defaultView?.addEventListener('resize', () => reader.reset(), { signal });
    }
    // Typing changes values, not the DOM: field states and warnings follow the person's typing.
    for (const type of ['input', 'change']) {
      doc.addEventListener(type, () => this.nextFrame(), { capture: true, signal });
    }
  }

  private matters(records: MutationRecord[]): boolean {
    const change = classifyChanges(records, this.options.named?.() ?? null);
    if (change === 'controls') this.options.controlsChanged?.();
    return change === 'look';
  }

  /** Watches these shadow roots too (the web components a look found); each is added once. */
  watchShadowRoots(roots: readonly ShadowRoot[]): void {
    for (const root of roots) this.observer?.add(root);
  }

  /** Looks on the next frame (once, however often asked). */
  nextFrame(): void {
    if (this.frame !== 0) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      this.soon();
    });
  }

  /** Looks now, timed, whatever the backoff (the person asked, or the store changed). */
  now(): void {
    const started = this.view.performance.now();
    this.timed(this.options.look);
    const ended = this.view.performance.now();
    this.nextAllowed = ended + Math.min(MAX_BACKOFF_MS, BACKOFF_FACTOR * (ended - started));
  }

  /**
   * Looks now, unless the last look was expensive and recent: on a page whose structure changes
   * every frame, looking takes at most a tenth of the time, and a screen change still shows within
   * MAX_BACKOFF_MS plus one look.
   */
  private soon(): void {
    const wait = this.nextAllowed - this.view.performance.now();
    if (wait <= 0) {
      this.now();
      return;
    }
    if (this.timer !== 0) return;
    this.timer = this.view.setTimeout(() => {
      this.timer = 0;
      this.now();
    }, wait);
  }

  private timed<T>(work: () => T): T {
    const { measure } = this.options;
    if (!measure) return work();
    const started = this.view.performance.now();
    try {
      return work();
    } finally {
      measure(this.view.performance.now() - started);
    }
  }
}
