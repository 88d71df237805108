import type { ElementHandle, Frame, Locator, Page } from 'playwright-core';

/**
 * The panel: an extension page framed on the portal inside the closed shadow root of a host whose
 * name is new on each page load (SCREENS.md, "Where the panel is"). The page's scripts cannot reach it;
 * Playwright lists it among the page's frames by its chrome-extension:// address.
 */
export async function panelFrame(page: Page, timeout = 5000): Promise<Frame> {
  // A plain wait, not vitest's: `npm start` finds the panel this way too.
  for (const until = Date.now() + timeout; ; ) {
    const found = page
      .frames()
      .find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('/overlay.html'));
    if (found) return found;
    if (Date.now() > until) throw new Error(`no panel frame on ${page.url()} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The panel's document, to find its controls by their test ids and codes. */
export async function panel(page: Page): Promise<Locator> {
  return (await panelFrame(page)).locator('body');
}

/** One control of the panel by its data-testid. */
export async function inPanel(page: Page, testId: string): Promise<Locator> {
  return (await panel(page)).locator(`[data-testid="${testId}"]`);
}

/**
 * The panel's host from the page's side: the element whose closed shadow root holds the panel's
 * frame, under its name of this page load (the page finds it as any script could, by the frame).
 */
export async function panelHost(page: Page): Promise<ElementHandle<Element>> {
  const frame = await (await panelFrame(page)).frameElement();
  const host = await frame.evaluateHandle((el) => (el.getRootNode() as ShadowRoot).host);
  return host as ElementHandle<Element>;
}

/** What the page's own `elementFromPoint` finds at the panel's centre: the panel's host when it is on top. */
export async function topmostAtPanel(page: Page): Promise<{ onTop: boolean; found: string }> {
  const frame = await (await panelFrame(page)).frameElement();
  const box = await frame.boundingBox();
  if (!box) throw new Error('the panel has no box');
  const host = await panelHost(page);
  return host.evaluate(
    (el, [x, y]) => {
      const found = document.elementFromPoint(x as number, y as number);
      return { onTop: found === el, found: found?.localName ?? 'nothing' };
    },
    [box.x + box.width / 2, box.y + box.height / 2],
  );
}
