import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension } from '../tools/launch.ts';
import { inPanel, panelFrame } from './panel';
import { storeSample } from './sample';

type FixtureWindow = Window & { __pressed: string[] };

// A checkout inside a same-origin iframe of the portal's shell (tests/fixtures/portal/framed): the
// frame that shows the step carries its own <leader-csp-assistant data-step> and marks, and the
// tab has one panel, which shows and fills that frame.
describe('a checkout framed in the portal’s shell, in Chromium', () => {
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

  it('detects, marks and fills the framed step; one panel for the tab', async () => {
    const shell = portalFixture('framed', 'unknown-shell');
    const checkout = portalFixture('framed', 'new-customer');
    session.servePortalPages([shell, checkout]);
    await page.goto(shell.url);
    const framed = () => page.frames().find((f) => f.url() === checkout.url);
    await expect.poll(() => framed() !== undefined).toBe(true);
    const frame = framed();
    if (!frame) throw new Error('no checkout frame');
    const stepOf = (where: typeof frame) =>
      where.evaluate(() => document.querySelector('leader-csp-assistant')?.getAttribute('data-step') ?? null);
    await expect.poll(() => stepOf(frame)).toBe('new-customer');
    await expect.poll(() => stepOf(page.mainFrame())).toBe('unknown');
    // One panel, on the top page; none in the checkout frame.
    expect(await page.frames().filter((f) => f.url().includes('/overlay.html')).length).toBe(1);
    expect((await panelFrame(page)).parentFrame()).toBe(page.mainFrame());
    await expect
      .poll(async () => (await inPanel(page, 'overlay-step')).textContent())
      .toBe('Step: New customer details');
    await (await inPanel(page, 'fill-step')).click();
    await expect
      .poll(async () => (await inPanel(page, 'overlay-message')).textContent(), { timeout: 5000 })
      .toMatch(/^Filled \d+ fields/);
    const filled = await frame.evaluate(() => ({
      company: (document.getElementById('txtCompany') as HTMLInputElement).value,
      email: (document.getElementById('txtEmail') as HTMLInputElement).value,
      marks: document.querySelectorAll('[data-lca-field]').length,
      pressed: (window as unknown as FixtureWindow).__pressed,
    }));
    expect(filled).toEqual({
      company: '360 Business',
      email: 'licensing@harbourit.com.au',
      marks: 12,
      pressed: [],
    });
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__pressed)).toEqual([]);
  });
});
