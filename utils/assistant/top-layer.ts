/**
 * A modal `<dialog>` (showModal) sits in the browser's top layer, above any z-index, and makes
 * everything outside it inert: the overlay would be covered and unclickable. While one is open,
 * the overlay's host moves into it (last, so it draws on top); it comes back to the body after.
 */
export function keepAboveModals(host: Element, doc: Document): void {
  let modal: Element | null = null;
  try {
    const open = doc.querySelectorAll('dialog:modal');
    modal = open[open.length - 1] ?? null;
  } catch {
    // No :modal support (older engines, happy-dom): nothing is in the top layer to escape.
  }
  const home = modal ?? doc.body;
  if (!home || host.parentElement === home) return;
  // moveBefore keeps the framed panel as it is; a plain append reloads an iframe (the panel then
  // comes back from the page's snapshot and storage).
  const atomic = home as Element & { moveBefore?(node: Node, child: Node | null): void };
  try {
    if (typeof atomic.moveBefore === 'function' && host.isConnected) {
      atomic.moveBefore(host, null);
      return;
    }
  } catch {
    // A move the engine refuses (a different document): a plain append still works.
  }
  home.append(host);
}
