import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension } from '../tools/launch.ts';
import { panel } from './panel';
import { openStep, showOverlay } from './portal-page';
import { storeSample } from './sample';

// Someone's details as a portal could show them beyond its fields.
const PLANTED = `<div class="account-menu">Signed in as Jane Citizen · jane.citizen@harbourit.com.au · 0412 345 678</div>
  <p>Customer 360 Business (ABN 51 824 753 556), 360business.onmicrosoft.com</p>`;
const SECRETS = [
  'Jane Citizen',
  'jane.citizen',
  'harbourit',
  '0412 345 678',
  '360 Business',
  '360business',
  '51 824 753 556',
  'Priya',
  'Nair',
  '9876 5432',
];

describe('“Report this screen”, in Chromium', () => {
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
    ['mui-like', 'service-details'],
    ['material-like', 'new-customer'],
    ['table-layout', 'new-tenant'],
  ])(
    '%s/%s: the saved file holds none of the planted values and reloads as the same step',
    async (style, name) => {
      const fixture = portalFixture(style, name);
      await openStep(session, page, fixture);
      await showOverlay(page);
      await page.evaluate((html) => document.body.insertAdjacentHTML('afterbegin', html), PLANTED);
      await (await panel(page)).locator('[data-testid="fill-step"]').click();
      const report = (await panel(page)).locator('[data-testid="report-screen"]');
      await report.getByRole('button', { name: 'What goes in it' }).click();
      await expect.poll(() => report.textContent()).toMatch(/Taken out: .*stored details?/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        (await panel(page)).locator('[data-testid="report-save"]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^leader-csp-screen-${fixture.step}-\\d{12}\\.html$`),
      );
      const html = await readFile((await download.path()) ?? '', 'utf8');
      for (const secret of SECRETS) expect(html.toLowerCase(), secret).not.toContain(secret.toLowerCase());
      expect(html).not.toMatch(/<script|\son\w+=/i);
      // Nothing was pressed on the page, and the saved copy is a page of the same step.
      const reloadUrl = html.match(/<meta name="fixture-url" content="([^"]+)"/)?.[1];
      expect(reloadUrl).toBe(new URL(fixture.url).origin + new URL(fixture.url).pathname);
      await openStep(session, page, { ...fixture, html, url: reloadUrl ?? '' });
    },
  );
});
