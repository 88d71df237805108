import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../utils/model/steps';
import { isPartialStyle, type PortalFixture, portalFixtures, portalStyles } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension, storedValues } from '../tools/launch.ts';
import { inPanel, panel } from './panel';
import { showOverlay } from './portal-page';
import { storeSample } from './sample';

type FixtureWindow = Window & { __pressed: string[] };
type StoredClient = { id: string; history: { step: string }[]; basket?: { name: string }[]; order?: unknown };

// A whole checkout, catalogue to confirmation, in each complete markup style: the technician
// presses "Fill this step" at most once a step (once a licence on the catalogue), types nothing
// (no quantity differs here), and presses the page's own buttons; the assistant presses none.
const FLOW = STEP_IDS.filter((step) => !['login', 'new-tenant', 'unknown'].includes(step));

describe('a whole checkout, one Fill a step', () => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchWithExtension();
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  const pressedByTheAssistant = () => page.evaluate(() => (window as unknown as FixtureWindow).__pressed);
  const fillOnce = async () => {
    await (await inPanel(page, 'fill-step')).click();
    await expect
      .poll(async () => (await inPanel(page, 'overlay-message')).textContent(), { timeout: 5000 })
      .toMatch(/^Filled \d+ fields?\. Check/);
  };
  const openStep = async (fixture: PortalFixture) => {
    await page.goto(fixture.url);
    await expect
      .poll(() => page.locator('leader-csp-assistant').getAttribute('data-step'), { timeout: 3000 })
      .toBe(fixture.step);
    await showOverlay(page);
  };

  it.each(portalStyles().filter((style) => !isPartialStyle(style)))('%s', async (style) => {
    const backup = await storeSample(session);
    const clientId = backup.activeClientId ?? '';
    const pages = portalFixtures().filter((f) => f.style === style && !f.name.includes('--'));
    session.servePortalPages(pages);
    for (const step of FLOW) {
      const fixture = pages.find((f) => f.step === step);
      if (!fixture) throw new Error(`no ${style}/${step}`);
      await openStep(fixture);
      if (step === 'catalogue') {
        // One fill a wanted licence not in the basket yet, then the technician's "Add Licenses".
        for (;;) {
          const fill = await inPanel(page, 'fill-step');
          if (!(await fill.isEnabled())) break;
          const before = await page.locator('[data-lca-field="licenseSearch"]').inputValue();
          await fill.click();
          await expect
            .poll(() => page.locator('[data-lca-field="licenseSearch"]').inputValue())
            .not.toBe(before);
          const licence = await page.locator('[data-lca-field="licenseSearch"]').inputValue();
          expect(await pressedByTheAssistant()).toEqual([]);
          await (await panel(page)).locator('button[aria-label="Hide the assistant"]').click();
          const product = page.locator(`[data-lca-license="${licence}"]`).first();
          await product
            .locator('button, input[type="submit"], input[type="button"]')
            .filter({ hasText: /^\s*(\+ )?add\b/i })
            .or(product.locator('input[value^="Add"]'))
            .first()
            .click();
          await page.goto(fixture.url);
          await openStep(fixture);
        }
        continue;
      }
      const offered = await (await inPanel(page, 'fill-step')).count();
      if (offered && (await (await inPanel(page, 'fill-step')).isEnabled())) {
        await fillOnce();
        // Every field the step fills now holds its value: nothing is left to type.
        const states = await page.evaluate(() =>
          [...document.querySelectorAll('[data-lca-field]')]
            .filter((el) => el.getAttribute('data-lca-field') !== 'mpnId')
            .map(
              (el) => `${el.getAttribute('data-lca-field')}:${el.getAttribute('data-lca-state') ?? 'empty'}`,
            ),
        );
        expect(
          states.filter((s) => /:(missing|needs-look)$/.test(s)),
          `${style}/${step}`,
        ).toEqual([]);
        expect(await pressedByTheAssistant()).toEqual([]);
        expect(await (await inPanel(page, 'fill-step')).isEnabled(), 'a second Fill is not needed').toBe(
          false,
        );
      }
    }
    // The client's record followed the checkout: every step on its timeline, and the order kept.
    const stored = ((await storedValues(session)).clients as StoredClient[]).find((c) => c.id === clientId);
    const reached = new Set(stored?.history.map((h) => h.step));
    for (const step of FLOW) expect(reached.has(step), `${style}: ${step} on the timeline`).toBe(true);
    expect(stored?.order).toBeDefined();
  });
});
