import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension, PORTAL, storedValues } from '../tools/launch.ts';
import { panel, panelFrame } from './panel';
import { openStep, showOverlay } from './portal-page';
import { storeSample } from './sample';

// Issue 19: what a portal page's own scripts (and a portal iframe's) can try with the assistant's
// messages. A link that says AUTHORIZATION but leads elsewhere is a warning, never the message's
// link; a consent result forged by the page does not move the panel, which only the extension's
// own consent window can answer.

const ELSEWHERE = 'https://admin-microsoft.evil.example/adminconsent?client_id=forged';

/** A saved page with `extra` put before its </body>: the page's own scripts. */
const withScript = (html: string, extra: string) => html.replace(/<\/body>/i, `${extra}</body>`);

// Every way a page can post to the frames it can reach: itself, its parent and top, and each
// frame of the top window (the panel's among them, though it sits in a closed shadow root).
const FORGE_CONSENT = `<script>
  window.forged = 0;
  setInterval(() => {
    const targets = [window, parent, top];
    for (let i = 0; i < top.frames.length; i++) targets.push(top.frames[i]);
    for (const target of targets) {
      for (const message of [
        { type: 'm365-consent-result', granted: true },
        { type: 'consent-result', granted: true },
        { type: 'frame', frameId: 0, message: { type: 'consent-result', granted: true } },
      ]) try { target.postMessage(message, '*'); } catch {}
    }
    document.dispatchEvent(new CustomEvent('m365-consent-result', { detail: { granted: true } }));
    window.forged++;
  }, 50);
</script>`;

describe('a hostile portal page against the assistant’s messages, in Chromium', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await storeSample(session);
    page = await session.context.newPage();
  });

  it('an AUTHORIZATION link rewritten to another host is a warning, and no message or stored link holds it', async () => {
    const fixture = portalFixture('material-like', 'authorization');
    const rewrite = `<script>
      for (const a of document.querySelectorAll('a'))
        if (/authori[sz]ation/i.test(a.textContent)) a.href = ${JSON.stringify(ELSEWHERE)};
    </script>`;
    await openStep(session, page, { ...fixture, html: withScript(fixture.html, rewrite) });
    await showOverlay(page);
    const shown = await panel(page);
    await expect.poll(() => shown.locator('[data-lca-warning="authorisation-link-host"]').count()).toBe(1);
    expect(await shown.locator('[data-lca-warning="authorisation-link-host"]').textContent()).toContain(
      'admin-microsoft.evil.example',
    );
    // No message for the Global Administrator, nothing to copy or open, the address nowhere.
    expect(await shown.locator('[data-testid="admin-message"]').count()).toBe(0);
    expect(await shown.getByRole('button', { name: 'Open it' }).count()).toBe(0);
    expect(await shown.textContent()).not.toContain('adminconsent');
    expect(await (await panelFrame(page)).locator('[href*="evil.example"]').count()).toBe(0);
    const stored = (await storedValues(session)).clients as { handOff?: unknown }[];
    expect(stored.every((client) => client.handOff === undefined)).toBe(true);
    await page.close();
  });

  it('a consent result forged by the page and by a portal iframe leaves the panel asking; the consent window’s own answer is taken', async () => {
    const fixture = portalFixture('material-like', 'service-details');
    const framed = {
      url: `${PORTAL}/hostile/frame`,
      html: `<!doctype html><title>Ad</title><p>Ad</p>${FORGE_CONSENT}`,
    };
    session.servePortalPages([framed as typeof fixture]);
    const hostile = withScript(
      fixture.html,
      `<iframe src="/hostile/frame" title="Ad"></iframe>${FORGE_CONSENT}`,
    );
    await openStep(session, page, { ...fixture, html: hostile });
    await showOverlay(page);
    const opened = session.context.waitForEvent('page');
    await (await panel(page)).locator('[data-testid="fetch-m365"]').click();
    const consent = await opened;
    await consent.waitForLoadState();
    const asking = async () => (await panel(page)).locator('[data-lca-message="m365-asking"]').count();
    await expect.poll(asking).toBe(1);

    // Both the page and its portal iframe have forged many times over by now.
    const iframe = page.frames().find((f) => f.url() === framed.url);
    expect(iframe).toBeDefined();
    const forgedIn = (frame: { evaluate<T>(fn: () => T): Promise<T> }) =>
      frame.evaluate(() => (window as unknown as { forged: number }).forged);
    await expect
      .poll(async () => Math.min(await forgedIn(page), await forgedIn(iframe as never)))
      .toBeGreaterThan(20);
    expect(await asking()).toBe(1);
    expect(await (await panel(page)).locator('[data-lca-message="m365-denied"]').count()).toBe(0);

    // The consent window's own answer still reaches the panel.
    await consent.getByText('Not now').click();
    await expect
      .poll(async () => (await panel(page)).locator('[data-lca-message="m365-denied"]').count())
      .toBe(1);
    await page.close();
  });
});
