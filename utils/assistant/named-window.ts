import { NON_FIELD_INPUT_TYPES } from '../page/controls';
import { MAX_NAMED_CONTROLS } from '../page/fields';
import { DIALOG_SELECTOR } from '../page/page-view';
import type { Detection } from '../steps';

// A field in readPage's sense (not a password, a button or a hidden input: those change what a
// look sees whatever their place).
const isPlainField = (element: Element): boolean =>
  element.tagName === 'SELECT' ||
  element.tagName === 'TEXTAREA' ||
  (element.tagName === 'INPUT' && !NON_FIELD_INPUT_TYPES.has((element as HTMLInputElement).type));

/**
 * The controls the last look named. A look names only the first MAX_NAMED_CONTROLS controls of a
 * region (a catalogue has a quantity box per product), so a field added, removed, shown or hidden
 * after them on the page (not in a dialog) changes neither the step nor its fields: only the list
 * teach mode picks from. On the catalogue bench page a new quantity box every 50 ms cost a whole
 * look each time (348 ms a second).
 */
export class NamedWindow {
  /** The named controls' ids and the ids their ARIA names point at. */
  private readonly ids = new Set<string>();

  constructor(
    private readonly named: ReadonlySet<Element>,
    /** The page's last named control, when the page has more controls than a look names. */
    private readonly last: Element | null,
    /**
     * The look outlined the client's products: a product re-rendered with its quantity box (a
     * framework re-rendering a list) needs a look to be outlined again.
     */
    readonly outlinesProducts = false,
    /** Whether a kept name of a control was read from this element or around it (see PageReader). */
    private readonly readsNames: (element: Element) => boolean = () => false,
  ) {
    for (const control of named) {
      if (control.id) this.ids.add(control.id);
      for (const attribute of ['aria-labelledby', 'aria-describedby'])
        for (const id of control.getAttribute(attribute)?.split(/\s+/) ?? []) if (id) this.ids.add(id);
    }
  }

  /** Whether a change of this attribute of `element` may rename a control the look named. */
  namesFrom(element: Element, attribute: string): boolean {
    if (this.named.has(element) || this.readsNames(element)) return true;
    // An element taking an id a named control's label or ARIA attribute points at.
    return attribute === 'id' && this.ids.has(element.id);
  }

  /** Whether this control lies past what a look names (so its coming or going changes no look). */
  isPast(control: Element): boolean {
    if (this.named.has(control) || !isPlainField(control)) return false;
    // Taken out of the page and never named: it was past the window (or not shown at all).
    if (!control.isConnected) return this.last !== null;
    const last = this.last;
    if (!last?.isConnected || control.getRootNode() !== last.getRootNode()) return false;
    if (control.closest(DIALOG_SELECTOR)) return false;
    return (last.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }
}

/**
 * The window of the look that made `detection`; null when every control matters (a step that reads
 * all of them, like the basket's lines).
 */
export function namedWindowOf(
  detection: Detection,
  outlinesProducts = false,
  readsNames?: (element: Element) => boolean,
): NamedWindow | null {
  if (detection.module?.everyControl) return null;
  const { main, dialogs } = detection.page;
  const named = new Set<Element>();
  for (const region of [main, ...dialogs])
    for (const control of region.controls.slice(0, MAX_NAMED_CONTROLS)) named.add(control);
  const last =
    main.controls.length >= MAX_NAMED_CONTROLS ? (main.controls[MAX_NAMED_CONTROLS - 1] ?? null) : null;
  return new NamedWindow(
    named,
    last,
    outlinesProducts && detection.module?.products !== undefined,
    readsNames,
  );
}
