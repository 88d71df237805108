import type { ElementHandle, Frame, Page } from 'puppeteer-core';

/**
 * An element of the assistant's panel, wherever the page contract allows the panel to be
 * (SCREENS.md, "Where the panel is"): inside the open shadow root of `<leader-csp-assistant>`, or
 * in an extension page the host frames (then behind a closed shadow root, which no selector
 * pierces, but the frame is still one of the page's frames). Null when neither holds it.
 */
export async function findInPanel(page: Page, selector: string): Promise<ElementHandle<Element> | null> {
  const inShadowRoot = await page.$(`leader-csp-assistant >>> ${selector}`);
  if (inShadowRoot) return inShadowRoot;
  for (const frame of await extensionFrames(page)) {
    const found = await frame.$(selector).catch(() => null);
    if (found) return found;
  }
  return null;
}

/** Waits for `findInPanel` to find `selector`, and says where it looked when it does not. */
export async function waitForPanel(
  page: Page,
  selector: string,
  timeout = 5000,
): Promise<ElementHandle<Element>> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await findInPanel(page, selector);
    if (found) return found;
    if (Date.now() > until) {
      throw new Error(
        `${selector} is not in the assistant's panel after ${timeout} ms (looked in <leader-csp-assistant>'s ` +
          'open shadow root and in every moz-extension:// frame of the page)',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The page's frames that show an extension page. */
async function extensionFrames(page: Page): Promise<Frame[]> {
  const frames: Frame[] = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    // Puppeteer's frame.url() stays about:blank for a moz-extension:// frame (checked with
    // puppeteer-core 25 and Firefox ESR 153): ask the frame's document where it is.
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.startsWith('moz-extension://')) frames.push(frame);
  }
  return frames;
}
