import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal';
import { expectedValue, holds } from '../fixtures/sample-values';
import { type ExtensionSession, launchWithExtension } from '../tools/launch.ts';
import { inPanel, panel, panelFrame } from './panel';
import { openStep, showOverlay } from './portal-page';
import { sampleBackup, storeSample } from './sample';

// What goes wrong in a technician's day, in a real Chromium: the browser stopping the extension's
// service worker mid-checkout, the storage filling up, and a portal page running a script that
// tries to read or drive the assistant.

type Stored = Record<string, unknown> & { clients?: { id: string; history: { step: string }[] }[] };

/** The extension's storage, read from one of its own pages (the service worker may be stopped). */
const storedFrom = (extensionPage: Page) =>
  extensionPage.evaluate(
    () =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Stored> } } } }
      ).chrome.storage.local.get(null) as Promise<Stored>,
  );

/** Stops the extension's service worker as Chrome does when it is idle, through the DevTools protocol. */
async function stopServiceWorker(session: ExtensionSession, extensionPage: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(extensionPage);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.includes(session.extensionId)) states.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => states.at(-1), { timeout: 5000 }).toBe('stopped');
  await cdp.detach();
}

/** The page's own values for the fields it declares (data-expect), as the sample says they should be. */
const declaredValues = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('[data-expect]')].map((el) => ({
      key: el.dataset.expect ?? '',
      shown:
        el.type === 'checkbox'
          ? el.checked
          : el.tagName === 'SELECT'
            ? ((el as unknown as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')
            : el.value,
    })),
  );

describe('faults, in Chromium', () => {
  let session: ExtensionSession;
  let page: Page;
  let extensionPage: Page;
  const sample = sampleBackup();
  const active = sample.clients.find((c) => c.id === sample.activeClientId);
  if (!active || !sample.reseller) throw new Error('the sample needs an active client and a reseller');
  const sampleValues = { reseller: sample.reseller, client: active };

  beforeAll(async () => {
    session = await launchWithExtension();
    page = await session.context.newPage();
    extensionPage = await session.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.extensionId}/popup.html`);
  });
  afterAll(async () => {
    await session?.close();
  });

  const fill = async () => {
    // The portal tab in front, as the technician has it: a tab behind another is not painted, and
    // Chromium cannot hit-test the panel's frame in it.
    await page.bringToFront();
    await showOverlay(page);
    await (await inPanel(page, 'fill-step')).click();
    await expect
      .poll(async () => (await inPanel(page, 'overlay-message')).textContent(), { timeout: 8000 })
      .toMatch(/^Filled \d+ field/);
  };

  const expectFilledFromSample = async () => {
    const declared = await declaredValues(page);
    expect(declared.length).toBeGreaterThan(0);
    for (const { key, shown } of declared) {
      const expected = expectedValue(key, sampleValues);
      if (expected !== undefined)
        expect(holds(shown, expected), `${key} holds ${JSON.stringify(shown)}`).toBe(true);
    }
  };

  it('loses nothing when the service worker is stopped mid-checkout, and the next fill works', async () => {
    await storeSample(session);
    await openStep(session, page, portalFixture('table-layout', 'new-customer'));
    await fill();
    await expectFilledFromSample();
    await expect
      .poll(async () => (await storedFrom(extensionPage)).clients?.find((c) => c.id === active.id)?.history, {
        timeout: 5000,
      })
      .toEqual(expect.arrayContaining([expect.objectContaining({ step: 'new-customer' })]));
    const before = await storedFrom(extensionPage);

    await stopServiceWorker(session, extensionPage);
    // Nothing stored went with it.
    expect(await storedFrom(extensionPage)).toEqual(before);

    // The next screen: recognised by the content script alone, filled through a background that
    // Chrome starts again for the panel's message.
    await openStep(session, page, portalFixture('table-layout', 'service-details'));
    await fill();
    await expectFilledFromSample();
    await expect
      .poll(
        async () =>
          (await storedFrom(extensionPage)).clients
            ?.find((c) => c.id === active.id)
            ?.history.map((h) => h.step),
        { timeout: 5000 },
      )
      .toEqual(expect.arrayContaining(['catalogue', 'new-customer', 'authorization', 'service-details']));
    const after = await storedFrom(extensionPage);
    expect(after.clients?.map((c) => c.id)).toEqual(before.clients?.map((c) => c.id));
    expect(after.reseller).toEqual(before.reseller);

    // Stopped again while the panel is open on this screen: its next fill still goes through.
    await stopServiceWorker(session, extensionPage);
    // The technician clears the step's fields (as typing would, so the page and the assistant see it).
    for (const field of await page.locator('input[data-expect]:not([readonly]):not([disabled])').all()) {
      if ((await field.getAttribute('type')) === 'checkbox') await field.uncheck();
      else await field.fill('');
    }
    await fill();
    await expectFilledFromSample();
  });

  it('says the storage is full, in the popup and the settings, and keeps every client as it was', async () => {
    await storeSample(session);
    const popup = extensionPage;
    await popup.reload();
    // Fills the browser's storage for the extension to within a few bytes of its quota.
    await popup.evaluate(async () => {
      const { local } = (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: {
                QUOTA_BYTES: number;
                getBytesInUse(keys: null): Promise<number>;
                set(values: object): Promise<void>;
              };
            };
          };
        }
      ).chrome.storage;
      const key = 'someone-elses-filler';
      await local.set({ [key]: '' });
      const used = await local.getBytesInUse(null);
      await local.set({ [key]: 'x'.repeat(local.QUOTA_BYTES - used - 10) });
    });
    const before = await storedFrom(popup);

    await popup.locator('[data-client-id="c-bluegum"] .queue-open').click();
    await popup.getByRole('checkbox', { name: 'Service details' }).click();
    const failure = popup.getByTestId('write-failure');
    await expect
      .poll(() => failure.textContent(), { timeout: 5000 })
      .toMatch(/^Not saved\. Storage is full: export a backup/);
    expect(await popup.getByRole('checkbox', { name: 'Service details' }).isChecked()).toBe(false);
    expect(await storedFrom(popup)).toEqual(before);

    const settings = await session.context.newPage();
    await settings.goto(`chrome-extension://${session.extensionId}/options.html`);
    const use = settings.getByTestId('storage-use');
    await expect.poll(() => use.textContent()).toMatch(/\(100%\)\. Storage is nearly full/);
    expect(await use.getAttribute('role')).toBe('alert');

    // Room made: the same click saves, and the message goes.
    await popup.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
      ).chrome.storage.local.remove('someone-elses-filler'),
    );
    await popup.getByRole('checkbox', { name: 'Service details' }).click();
    await expect.poll(() => failure.count()).toBe(0);
    await expect
      .poll(async () =>
        (await storedFrom(popup)).clients?.find((c) => c.id === 'c-bluegum')?.history.map((h) => h.step),
      )
      .toEqual(['service-details']);
    await expect.poll(() => use.textContent()).toMatch(/^Stored data: \d+ KB of 10 MB used \(\d%\)\.$/);
    await settings.close();
  });

  it('keeps every tick when two extension pages write to the same client at once', async () => {
    await storeSample(session);
    const other = await session.context.newPage();
    await other.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await extensionPage.reload();
    for (const p of [extensionPage, other])
      await p.locator('[data-client-id="c-new-cafe"] .queue-open').click();
    const boxes = await extensionPage.locator('.checklist input[type="checkbox"]:not(:checked)').count();
    expect(boxes).toBeGreaterThanOrEqual(6);
    // Each page ticks its half of the checklist in one burst (every tick a read, a change and a
    // write of the client list), both pages at the same moment: without the lock most ticks of one
    // burst overwrite each other.
    // The halves are chosen by the steps' names before either burst: chosen by place among each
    // page's unticked boxes, a page whose burst ran late (its view already showing some of the
    // other page's ticks) skipped boxes, and the test failed on a busy machine with the lock.
    const steps = await extensionPage
      .locator('.checklist label')
      .filter({ has: extensionPage.locator('input[type="checkbox"]:not(:checked)') })
      .allTextContents();
    const burst = (p: Page, names: string[]) =>
      p.evaluate((wanted) => {
        for (const label of document.querySelectorAll('.checklist label')) {
          const box = label.querySelector<HTMLInputElement>('input[type="checkbox"]');
          if (box && !box.checked && wanted.includes((label.textContent ?? '').trim())) box.click();
        }
      }, names);
    const names = steps.map((step) => step.trim());
    const half = Math.ceil(boxes / 2);
    await Promise.all([burst(extensionPage, names.slice(0, half)), burst(other, names.slice(half))]);
    const ticked = async () =>
      (await storedFrom(extensionPage)).clients?.find((c) => c.id === 'c-new-cafe')?.history.length;
    await expect.poll(ticked, { timeout: 5000 }).toBe(boxes);
    // And no later write takes any back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await ticked()).toBe(boxes);
    await other.close();
  });

  describe('a portal page running a hostile script', () => {
    // Names no saved portal page shows (the pages list customers of their own).
    const renamed = (backup: ReturnType<typeof sampleBackup>) => {
      backup.clients.forEach((c, i) => {
        c.companyName = `Quokka Holdings ${7310 + i} Pty Ltd`;
        if (c.defaultDomain) c.defaultDomain = `quokka${7310 + i}.com.au`;
        c.tenantPrefix = `quokka${7310 + i}`;
      });
    };
    const secrets = ['quokka'];

    it('reads no client’s name or domain from the DOM, shadow roots or messages', async () => {
      await storeSample(session, renamed);
      const spyPage = await session.context.newPage();
      // Installed before the portal's page runs, as an analytics or session-replay script would be.
      await spyPage.addInitScript(() => {
        const heard: string[] = [];
        (window as unknown as { __heard: string[] }).__heard = heard;
        const listen = (target: EventTarget) =>
          target.addEventListener(
            'message',
            (event) => heard.push(JSON.stringify((event as MessageEvent).data) ?? ''),
            true,
          );
        listen(window);
        listen(document);
      });
      await openStep(session, spyPage, portalFixture('table-layout', 'customer-select'));
      await showOverlay(spyPage);
      // The panel shows the client list to the technician…
      const picker = await inPanel(spyPage, 'overlay-client');
      expect(await picker.locator('option').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Quokka Holdings 7310 Pty Ltd')]),
      );
      // …and the page's script, walking everything it can reach, sees none of it.
      const seen = await spyPage.evaluate(() => {
        const texts: string[] = [];
        const walk = (root: Node) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
          for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
            if (node.nodeType === Node.TEXT_NODE) texts.push(node.nodeValue ?? '');
            if (!(node instanceof Element)) continue;
            for (const attribute of node.attributes) texts.push(attribute.value);
            if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)
              texts.push(node.value);
            if (node.shadowRoot) walk(node.shadowRoot);
          }
        };
        walk(document);
        const host = document.querySelector('leader-csp-assistant');
        const frames: string[] = [];
        for (let i = 0; i < window.frames.length; i++) {
          try {
            frames.push((window.frames[i] as Window).document.body.textContent);
          } catch (error) {
            frames.push(`refused: ${(error as Error).name}`);
          }
        }
        return {
          text: texts.join('\n'),
          heard: (window as unknown as { __heard: string[] }).__heard,
          hostRoot: host?.shadowRoot ?? null,
          frames,
        };
      });
      expect(seen.hostRoot).toBeNull();
      // The panel's frame is there (Playwright finds it), but not among the page's frames: it sits
      // in a shadow tree, so the page gets no window of it to try (in the light DOM it would be
      // window.frames[0], and this would fail). Any frame the page did reach must refuse it.
      expect((await panelFrame(spyPage)).url()).toMatch(/^chrome-extension:\/\/.*\/overlay\.html/);
      expect(seen.frames).toEqual([]);
      for (const frame of seen.frames) expect(frame).toMatch(/^refused: SecurityError$/);
      for (const secret of secrets) {
        expect(seen.text.toLowerCase(), `the page's DOM names ${secret}`).not.toContain(secret.toLowerCase());
        expect(seen.heard.join('\n').toLowerCase(), `a message event names ${secret}`).not.toContain(
          secret.toLowerCase(),
        );
      }
      await spyPage.close();
    });

    it('cannot fill, switch the client, teach or add to the timeline with scripted clicks and messages', async () => {
      await storeSample(session);
      await page.bringToFront();
      await openStep(session, page, portalFixture('table-layout', 'new-customer'));
      await showOverlay(page);
      const before = await storedFrom(extensionPage);
      const clientShown = await (await inPanel(page, 'overlay-client')).inputValue();
      const fieldsBefore = await declaredValues(page);

      // The panel's place on screen, as a page script finds it by probing with elementFromPoint.
      const panelBox = await (await (await panelFrame(page)).frameElement()).boundingBox();
      if (!panelBox) throw new Error('the panel has no box');
      const hostFound = await page.evaluate(async (box) => {
        // The contract's element, the panel's host (in the top layer: the page finds it as the
        // open popover it did not open), whatever the page shows where the panel is, and the fields
        // it marked (a teach or a fill would start from them); not the page's own buttons, which
        // would submit its form.
        const contract = document.querySelector('leader-csp-assistant') as HTMLElement;
        const host = document.querySelector<HTMLElement>(':popover-open') ?? contract;
        const underPanel = [];
        for (let x = box.x + 5; x < box.x + box.width; x += 40)
          for (let y = box.y + 5; y < box.y + box.height; y += 40)
            underPanel.push(document.elementFromPoint(x, y));
        const everything = [
          ...new Set([
            contract,
            host,
            ...underPanel.filter((el): el is HTMLElement => el instanceof HTMLElement),
            ...document.querySelectorAll<HTMLElement>('[data-lca-field], [data-lca-field] ~ *, label'),
          ]),
        ];
        // Every intent the panel could send, posted to every window the page can reach.
        const intents = [
          { type: 'fill' },
          { type: 'teach', key: 'companyName' },
          { type: 'set-active-client', clientId: 'c-bluegum' },
          { type: 'record-step', clientId: 'c-360business', step: 'new-customer' },
          { type: 'authorisation-accepted' },
        ];
        for (let i = 0; i < window.frames.length; i++)
          for (const intent of intents) (window.frames[i] as Window).postMessage(intent, '*');
        for (const intent of intents) window.postMessage(intent, '*');
        for (const el of everything) {
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
            el.dispatchEvent(
              new MouseEvent(type, {
                bubbles: true,
                composed: true,
                clientX: box.x + box.width / 2,
                clientY: box.y + 20,
              }),
            );
          }
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }
        host.click();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return host !== contract;
      }, panelBox);
      expect(hostFound).toBe(true);

      expect(await declaredValues(page)).toEqual(fieldsBefore);
      // …and "unchanged" means no fill: before, most fields did not hold what a fill would type.
      const fillWouldChange = fieldsBefore.filter(({ key, shown }) => {
        const expected = expectedValue(key, sampleValues);
        return expected !== undefined && !holds(shown, expected);
      });
      expect(fillWouldChange.map(({ key }) => key)).toEqual(
        expect.arrayContaining(['companyName', 'contactFirstName', 'contactEmail', 'city', 'postcode']),
      );
      expect(await storedFrom(extensionPage)).toEqual(before);
      expect(await (await inPanel(page, 'overlay-client')).inputValue()).toBe(clientShown);
      // The panel still answers its technician.
      expect(await (await panel(page)).locator('[data-testid="fill-step"]').isEnabled()).toBe(true);
    });
  });
});
