/** Watches more of the page: a web component's shadow root, which the document's observer does not see into. */
export interface PageObserver {
  add(root: Node): void;
}

/**
 * Calls `onChange` after DOM changes that `matters` lets through, at most once per animation frame
 * however many mutations arrive (portal pages update counters and prices constantly), and stops
 * when `signal` aborts.
 */
export function observePage(
  root: Node,
  onChange: () => void,
  signal: AbortSignal,
  {
    matters = () => true,
    attributeFilter,
    seen,
  }: {
    matters?: (records: MutationRecord[]) => boolean;
    attributeFilter?: string[];
    /** Told every batch, a look already coming or not (a PageReader keeps what changed). */
    seen?: (records: MutationRecord[]) => void;
  } = {},
): PageObserver {
  const view = (root.ownerDocument ?? (root as Document)).defaultView ?? window;
  let frame = 0;
  const observer = new MutationObserver((records) => {
    seen?.(records);
    if (frame !== 0 || !matters(records)) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      onChange();
    });
  });
  const observed = new WeakSet<Node>();
  const add = (node: Node) => {
    if (observed.has(node) || signal.aborted) return;
    observed.add(node);
    observer.observe(node, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
      // What a text said before it changed: a landmark going away is a change too.
      characterDataOldValue: true,
      attributeFilter,
    });
  };
  add(root);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame !== 0) view.cancelAnimationFrame(frame);
  });
  return { add };
}
