import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension } from '../tools/launch.ts';
import { panel } from './panel';
import { openStep, showOverlay } from './portal-page';
import { storeSample } from './sample';

// Someone's details as a portal could show them beyond its fields.
// Each of them where a pattern-based cleaner missed it: split by inline elements, in capitals, a
// single name, phone separators, a new top-level domain, a GUID, an option list, an editable box, a
// template, and style sheets and pictures that would fetch from outside when the file is opened.
const PLANTED = `<div class="account-menu">Signed in as Jane Citizen · jane.citizen@harbourit.com.au · 0412 345 678</div>
  <p>Customer 360 Business (ABN 51 824 753 556), 360business.onmicrosoft.com</p>
  <p>Owner: Marguerite <b>Okonkwo</b>, mq<wbr>@tallowood.cloud, PRIYANKA, Thandiwe, 02.9876.5433</p>
  <p title="Call Rosalind">Tenant 3f2504e0-4f89-11d3-9a0c-0305e82c3301, customer #4821</p>
  <select aria-label="Customer"><option>Ironbark Joinery</option><option>Yes</option></select>
  <div contenteditable="true">Draft for Kookaburra Dental</div>
  <template><p>Casuarina Legal</p></template>
  <style>.account-menu { background: \\75 rl(https://tracker.example/a.png) } .b { background-image: image-set("https://tracker.example/b.png" 1x) }</style>
  <img src="https://tracker.example/pixel.gif" alt="">
  <link rel="stylesheet" href="https://tracker.example/site.css">`;
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
  'Marguerite',
  'Okonkwo',
  'tallowood',
  'PRIYANKA',
  'Thandiwe',
  'Rosalind',
  '9876.5433',
  '3f2504e0',
  '4821',
  'Ironbark',
  'Kookaburra',
  'Casuarina',
  'tracker.example',
];

describe('“Report this screen”, in Chromium', () => {
  let session: ExtensionSession;
  let page: Page;

  /** Every address a page asks for when opened from a file's text, each blocked. */
  async function requestsWhenOpened(html: string): Promise<string[]> {
    const viewer = await session.context.newPage();
    const asked: string[] = [];
    await viewer.route('**/*', (route) => {
      const wanted = route.request().url();
      if (wanted === 'https://report.example/screen.html')
        return route.fulfill({ status: 200, contentType: 'text/html', body: html });
      asked.push(wanted);
      return route.abort();
    });
    await viewer.goto('https://report.example/screen.html');
    await viewer.waitForLoadState('load');
    await viewer.waitForTimeout(300);
    await viewer.close();
    return asked;
  }
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
      // The assistant's own elements are not the screen's: neither the panel's host nor the contract's.
      expect(html).not.toMatch(/<lca-|<leader-csp-assistant/i);
      // Opened, the file asks for nothing: every request but the file's own is blocked and counted
      // (the planted page itself, opened the same way, asks for its pictures and style sheets).
      expect(await requestsWhenOpened(`<!doctype html><html><body>${PLANTED}</body></html>`)).not.toEqual([]);
      expect(await requestsWhenOpened(html)).toEqual([]);
      // Nothing was pressed on the page, and the saved copy is a page of the same step.
      const reloadUrl = html.match(/<meta name="fixture-url" content="([^"]+)"/)?.[1];
      expect(reloadUrl).toBe(new URL(fixture.url).origin + new URL(fixture.url).pathname);
      await openStep(session, page, { ...fixture, html, url: reloadUrl ?? '' });
    },
  );
});
