import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The panel: an extension page framed on the portal inside the closed shadow root of
 * <leader-csp-assistant> (SCREENS.md, "Where the panel is"). The page's scripts cannot reach it;
 * Playwright lists it among the page's frames by its chrome-extension:// address.
 */
export async function panelFrame(page: Page, timeout = 5000): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      () => {
        found = page
          .frames()
          .find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('/overlay.html'));
        return found !== undefined;
      },
      { timeout },
    )
    .toBe(true);
  return found as Frame;
}

/** The panel's document, to find its controls by their test ids and codes. */
export async function panel(page: Page): Promise<Locator> {
  return (await panelFrame(page)).locator('body');
}

/** One control of the panel by its data-testid. */
export async function inPanel(page: Page, testId: string): Promise<Locator> {
  return (await panel(page)).locator(`[data-testid="${testId}"]`);
}
