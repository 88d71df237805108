import type { Frame, Locator, Page } from 'playwright-core';

/**
 * The panel: an extension page framed on the portal inside the closed shadow root of
 * <leader-csp-assistant> (SCREENS.md, "Where the panel is"). The page's scripts cannot reach it;
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
