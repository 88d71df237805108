/**
 * A host's shadow root, open or closed. Closed ones are out of the page's reach but not of an
 * extension's content script: Chromium gives them through `chrome.dom.openOrClosedShadowRoot`,
 * Firefox through the element's own `openOrClosedShadowRoot` (both only in content scripts).
 */
export function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
    .openOrClosedShadowRoot;
  if (firefox) return firefox;
  const chromium = (
    globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }
  ).chrome?.dom?.openOrClosedShadowRoot;
  // Asked of custom elements only: the web components that hold fields; asking of every element of
  // a large page would cost a call each.
  return chromium && element.localName.includes('-') ? (chromium(element) ?? null) : null;
}
