import type { FieldKey } from '../model/fields';
import type { FieldControl } from '../page/controls';

export interface TeachHandlers {
  /** The controls of the step on screen now; a click elsewhere is not taken. */
  controls(): readonly FieldControl[] | null;
  picked(key: FieldKey, control: FieldControl): void;
  notAField(): void;
  cancelled(): void;
}

/**
 * Teach mode: the next click on a field of the page is taken for `key`. One owner of its
 * listeners: starting again, cancelling, picking, Escape or `signal` ends the previous session, so
 * no click listener is left behind.
 */
export class TeachSession {
  private current: AbortController | null = null;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly handlers: TeachHandlers,
  ) {
    signal.addEventListener('abort', () => this.stop());
  }

  get active(): boolean {
    return this.current !== null;
  }

  start(key: FieldKey): void {
    this.stop();
    if (this.signal.aborted) return;
    const session = new AbortController();
    this.current = session;
    const options = { capture: true, signal: session.signal };
    this.doc.addEventListener('click', (event) => this.onClick(key, event), options);
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        this.stop();
        this.handlers.cancelled();
      },
      options,
    );
  }

  stop(): void {
    this.current?.abort();
    this.current = null;
  }

  private onClick(key: FieldKey, event: Event): void {
    // The person's clicks only: the page's scripts can click too, and must not teach a field.
    if (!event.isTrusted) return;
    // (A click on the panel's host is on no control of the step, so it is not taken either.)
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const control =
      target.closest('label')?.querySelector('input, select, textarea') ??
      target.closest('input, select, textarea');
    const controls = this.handlers.controls();
    if (!control || !controls) return;
    if (!controls.includes(control as FieldControl)) {
      this.handlers.notAField();
      return;
    }
    this.stop();
    this.handlers.picked(key, control as FieldControl);
  }
}
