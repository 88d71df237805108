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

/**
 * Unfolds the panel when it is folded. It starts folded on screens it does not know and unfolds
 * by itself once its snapshot names the step: pressing "Show" before then would land on a button
 * that has just become "Hide". So first wait for the panel to show the step the page shows (after
 * a navigation, that is the new page's panel).
 */
export async function showOverlay(page: Page): Promise<void> {
  const host = page.locator('leader-csp-assistant');
  await expect
    .poll(async () => {
      const step = await host.getAttribute('data-step', { timeout: 1000 }).catch(() => null);
      const section = (await panel(page)).locator('section.lca-panel');
      return (
        step !== null &&
        (await section.getAttribute('data-step', { timeout: 1000 }).catch(() => null)) === step
      );
    })
    .toBe(true);
  const show = (await panel(page)).locator('button[aria-label="Show the assistant"]');
  if (await show.count()) await show.click();
  await expect
    .poll(async () => (await panel(page)).locator('section.lca-panel[data-collapsed="false"]').count())
    .toBe(1);
}
