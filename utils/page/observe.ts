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
  }: { matters?: (records: MutationRecord[]) => boolean; attributeFilter?: string[] } = {},
): void {
  const view = (root.ownerDocument ?? (root as Document)).defaultView ?? window;
  let frame = 0;
  const observer = new MutationObserver((records) => {
    if (frame !== 0 || !matters(records)) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      onChange();
    });
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
    attributeFilter,
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame !== 0) view.cancelAnimationFrame(frame);
  });
}
