/**
 * Calls `onChange` after DOM changes, at most once per animation frame however many mutations
 * arrive (portal pages update counters and prices constantly), and stops when `signal` aborts.
 */
export function observePage(root: Node, onChange: () => void, signal: AbortSignal): void {
  const view = (root.ownerDocument ?? (root as Document)).defaultView ?? window;
  let frame = 0;
  const schedule = () => {
    if (frame !== 0) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      onChange();
    });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame !== 0) view.cancelAnimationFrame(frame);
  });
}
