import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PortalFixture } from '../fixtures/portal';
import type { ExtensionSession } from '../tools/launch.ts';
import { panel } from './panel';

/** Shows a saved portal page under the portal's address and waits for the assistant to name its step. */
export async function openStep(session: ExtensionSession, page: Page, fixture: PortalFixture) {
  session.showPortal(fixture.html);
  await page.goto(fixture.url);
  const host = page.locator('leader-csp-assistant');
  await expect.poll(() => host.getAttribute('data-step'), { timeout: 3000 }).toBe(fixture.step);
  return host;
}

/** Unfolds the panel when it is folded (it starts folded on screens it does not know). */
export async function showOverlay(page: Page): Promise<void> {
  const show = (await panel(page)).locator('button[aria-label="Show the assistant"]');
  if (await show.count()) await show.click();
  await expect.poll(() => show.count()).toBe(0);
}
