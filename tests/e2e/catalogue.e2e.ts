import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixtures } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension, storedValues } from '../tools/launch.ts';
import { panel } from './panel';
import { openStep, showOverlay } from './portal-page';
import { storeSample } from './sample';

describe('a catalogue that moves on, in Chromium', () => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchWithExtension();
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  const control = async (testId: string) => (await panel(page)).locator(`[data-testid="${testId}"]`);
  const searchBox = () => page.locator('[data-lca-field="licenseSearch"]');

  it.each(
    portalFixtures()
      .filter((f) => f.step === 'catalogue')
      .map((f) => [`${f.style}/${f.name}`, f] as const),
  )('%s: one fill per licence, the next offered after “Add” on the outlined product', async (_, fixture) => {
    const backup = await storeSample(session);
    const wanted =
      backup.clients.find((c) => c.id === backup.activeClientId)?.licenses.map((l) => l.name) ?? [];
    await openStep(session, page, fixture);
    await showOverlay(page);
    const added: string[] = [];
    // What a basket box on the screen already lists counts as added: the old table layout's
    // "Your Basket" holds Office 365 E3.
    const toAdd = fixture.style === 'table-layout' ? wanted.slice(1) : wanted;
    await expect
      .poll(async () => (await panel(page)).locator('[data-in-basket="false"]').count())
      .toBe(toAdd.length);
    for (const licence of toAdd) {
      await expect.poll(async () => (await control('fill-step')).isEnabled()).toBe(true);
      await (await control('fill-step')).click();
      await expect.poll(() => searchBox().inputValue()).toBe(licence);
      // The technician folds the panel away and presses "Add Licenses" on the outlined product.
      await (await panel(page)).locator('button[aria-label="Hide the assistant"]').click();
      const product = page.locator(`[data-lca-license="${licence}"]`).first();
      await product
        .locator('button, input[type="submit"]')
        .filter({ hasText: /add/i })
        .or(product.locator('input[type="submit"][value^="Add"]'))
        .first()
        .click();
      added.push(licence);
      await showOverlay(page);
      await expect
        .poll(async () =>
          ((await storedValues(session)).clients as { id: string; basket?: { name: string }[] }[])
            .find((c) => c.id === backup.activeClientId)
            ?.basket?.map((line) => line.name),
        )
        .toEqual(added);
      await expect
        .poll(async () => (await control('overlay-licences')).textContent())
        .toContain(`${licence} × `);
    }
    // Every wanted licence in the basket: the panel says so, and there is nothing left to type.
    await expect.poll(async () => (await panel(page)).locator('[data-in-basket="false"]').count()).toBe(0);
    await expect.poll(async () => (await control('fill-step')).isDisabled()).toBe(true);
  });
});
