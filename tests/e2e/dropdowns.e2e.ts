import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension } from '../tools/launch.ts';
import { panel } from './panel';
import { openStep, showOverlay } from './portal-page';
import { storeSample } from './sample';

type FixtureWindow = Window & { __fixtureState: Record<string, unknown>; __pressed: string[] };

// Dropdowns the page draws, in Chromium: MUI's Select and Autocomplete, Angular Material's
// mat-select (tests/fixtures/portal/_lib/dropdowns.js emulates them). The page's own state holds
// the choice, the marks are on the role="combobox" elements, and nothing is pressed.
describe('custom dropdowns, in Chromium', () => {
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

  it.each([
    [
      'mui-like',
      'new-customer--dropdowns',
      { 'customer.address.region': 'NSW', 'customer.address.nation': 'Australia' },
    ],
    [
      'material-like',
      'new-customer--mat-select',
      { 'customer.address.state': 'NSW', 'customer.address.country': 'AU' },
    ],
  ] as const)(
    '%s/%s: chosen into the page’s state, marked on the combobox, nothing pressed',
    async (style, name, state) => {
      await openStep(session, page, portalFixture(style, name));
      await showOverlay(page);
      const marked = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-lca-field="state"], [data-lca-field="country"]')].map(
            (el) => `${el.getAttribute('data-lca-field')}:${el.getAttribute('role')}`,
          ),
        );
      await expect.poll(marked).toEqual(['state:combobox', 'country:combobox']);
      await (await panel(page)).locator('[data-testid="fill-step"]').click();
      await expect
        .poll(async () => (await panel(page)).locator('[data-testid="overlay-message"]').textContent(), {
          timeout: 5000,
        })
        .toMatch(/^Filled \d+ fields\. Check/);
      const after = await page.evaluate(() => {
        const w = window as unknown as FixtureWindow;
        return {
          state: w.__fixtureState,
          pressed: w.__pressed,
          lists: document.querySelectorAll('[role="listbox"]').length,
          states: [...document.querySelectorAll('[data-lca-field="state"], [data-lca-field="country"]')].map(
            (el) => el.getAttribute('data-lca-state'),
          ),
        };
      });
      for (const [key, value] of Object.entries(state)) expect(after.state[key], key).toBe(value);
      expect(after.pressed).toEqual([]);
      expect(after.lists).toBe(0);
      expect(after.states).toEqual(['filled', 'filled']);
    },
  );
});
