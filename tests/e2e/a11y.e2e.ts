import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, ROOT } from '../tools/launch.ts';
import { seriousViolations } from './axe';
import { storeSample } from './sample';

describe('accessibility of the extension pages (axe-core, keyboard)', () => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchWithExtension();
    await storeSample(session);
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the popup: queue, client view, client form and import preview', async () => {
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.locator('[data-client-id]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('[data-client-id="c-360business"] .queue-open').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Edit' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: '← All clients' }).click();
    await page.getByTestId('import-csv').setInputFiles(`${ROOT}/tests/fixtures/csv/clients-with-errors.csv`);
    await page.getByTestId('import-preview').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the settings page', async () => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Reseller profile' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the popup works by keyboard alone, with visible focus', async () => {
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.locator('[data-client-id]').first().waitFor();
    // Tab to Bluegum's row (not the active client) and open it with Enter.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const inRow = await page.evaluate(
        () => document.activeElement?.closest('[data-client-id]')?.getAttribute('data-client-id') ?? null,
      );
      if (inRow === 'c-bluegum') break;
    }
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-client-view]').count()).toBe(1);
    await page.getByRole('button', { name: 'Work on this client' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Active on the portal' }).count()).toBe(1);
  });
});
