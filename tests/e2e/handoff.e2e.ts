import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension, PORTAL, ROOT, storedValues } from '../tools/launch.ts';
import { seriousViolations } from './axe';
import { panelFrame } from './panel';
import { openStep, showOverlay } from './portal-page';
import { storeSample } from './sample';

// Issue 14, the authorisation hand-off: on `authorization` the panel shows a message for the
// client's Global Administrator (`admin-message`) holding the AUTHORIZATION link and the client's
// company name, and `copy-admin-message` copies it; the client's record keeps the link and when it
// was sent. The copied text is read back from the system clipboard.

type StoredClient = {
  id: string;
  status: string;
  handOff?: { link?: string; sentAt?: string; sentHow?: string; verifiedAt?: string };
  history: { step: string; note?: string }[];
};

describe('the message for the client’s Global Administrator, in Chromium', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    // The panel (an extension page framed on the portal with allow="clipboard-write") writes the
    // clipboard; the test reads it back from the portal's page.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: PORTAL });
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    page = await session.context.newPage();
  });

  const clientOf = async (id: string) =>
    ((await storedValues(session)).clients as StoredClient[]).find((c) => c.id === id);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const authorisationLink = (frame: Frame | Page) =>
    frame.evaluate(
      () =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) =>
          /authori[sz]ation/i.test(a.textContent ?? ''),
        )?.href ?? null,
    );

  it.each(['material-like', 'mui-like'])(
    'copies the message with the link and the company name (%s), and keeps the hand-off on the client',
    async (style) => {
      await storeSample(session);
      await openStep(session, page, portalFixture(style, 'authorization'));
      await showOverlay(page);
      const panel = await panelFrame(page);
      const link = await authorisationLink(page);
      expect(link).toMatch(/^https:\/\/admin\.microsoft\.com\//);

      const message = panel.locator('[data-testid="admin-message"]');
      await expect.poll(() => message.inputValue()).toContain(link as string);
      const text = await message.inputValue();
      expect(text).toContain('360 Business');
      expect(text).toContain('reseller relationship');

      await page.evaluate(() => navigator.clipboard.writeText('something else'));
      await panel.locator('[data-testid="copy-admin-message"]').click();
      await expect.poll(clipboard).toBe(text);
      await expect
        .poll(async () => (await clientOf('c-360business'))?.handOff)
        .toMatchObject({ link, sentHow: 'message', sentAt: expect.any(String) });
      const stored = await clientOf('c-360business');
      expect(stored?.history.at(-1)).toMatchObject({
        step: 'authorization',
        note: 'message for the Global Administrator copied',
      });
      // The link alone, too (the panel's frame may write the clipboard: its permissions policy).
      await panel.getByRole('button', { name: 'Copy the link' }).click();
      await expect.poll(clipboard).toBe(link);
      // Nothing on the portal was pressed: it still shows the authorisation step.
      expect(await page.locator('leader-csp-assistant').getAttribute('data-step')).toBe('authorization');
      expect((await clientOf('c-360business'))?.handOff?.verifiedAt).toBeUndefined();

      // The technician pressed "Verify Authorisation" and the portal moved on to its next step:
      // the record says when, and the client no longer waits.
      await openStep(session, page, portalFixture(style, 'default-domain'));
      await expect
        .poll(async () => (await clientOf('c-360business'))?.handOff?.verifiedAt)
        .toEqual(expect.any(String));
      expect((await clientOf('c-360business'))?.status).toBe('in-progress');
      await page.close();
    },
  );

  it('copies the message as the technician edited it, and offers it as an email to the stored address', async () => {
    await storeSample(session, (backup) => {
      const client = backup.clients.find((c) => c.id === 'c-360business');
      if (client) client.adminEmail = 'it.admin@360business.com.au';
    });
    await openStep(session, page, portalFixture('material-like', 'authorization'));
    await showOverlay(page);
    const panel = await panelFrame(page);
    const message = panel.locator('[data-testid="admin-message"]');
    await expect.poll(() => message.inputValue()).toContain('360 Business');
    const edited = `${await message.inputValue()}\n\nP.S. Any time before Friday is fine.`;
    await message.fill(edited);
    await panel.locator('[data-testid="copy-admin-message"]').click();
    await expect.poll(clipboard).toBe(edited);

    const href = await panel.locator('[data-testid="email-admin"]').getAttribute('href');
    expect(href?.startsWith('mailto:it.admin@360business.com.au?subject=')).toBe(true);
    const body = new URL(href as string).searchParams.get('body');
    expect(body).toBe(edited.replace(/\n/g, '\r\n'));
    mkdirSync(join(ROOT, '.reports/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, '.reports/screenshots/panel-admin-message.png') });
    // The hand-off's controls, for keyboards and screen readers too.
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
  });
});
