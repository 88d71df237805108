import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalFixture, portalFixture, portalFixtures } from '../fixtures/portal';
import { expectedValue, holds } from '../fixtures/sample-values';
import { type ExtensionSession, launchWithExtension, ROOT, storedValues } from '../tools/launch.ts';
import { panel, panelHost } from './panel';
import { openStep, showOverlay } from './portal-page';
import { sampleBackup, storeSample } from './sample';

type FixtureWindow = Window & {
  __fixtureState: Record<string, unknown>;
  __pressed: string[];
  __rerender(): void;
};

const fixtures = portalFixtures();
const byName = portalFixture;
/** A Chromium with the extension and the sample data, and one page in it, for a describe block. */
function withExtension(): { session: ExtensionSession; page: Page } {
  const shared = {} as { session: ExtensionSession; page: Page };
  beforeAll(async () => {
    shared.session = await launchWithExtension();
    await storeSample(shared.session);
    shared.page = await shared.session.context.newPage();
  });
  afterAll(async () => {
    await shared.session?.close();
  });
  return shared;
}

const FILLED_STEPS = new Set([
  'catalogue',
  'new-customer',
  'service-details',
  'default-domain',
  'new-tenant',
]);

describe('the assistant on saved portal pages, in Chromium', () => {
  const shared = withExtension();

  const open = (fixture: PortalFixture) => openStep(shared.session, shared.page, fixture);
  const openOverlay = () => showOverlay(shared.page);

  describe.each(fixtures.map((f) => [`${f.style}/${f.name}`, f] as const))('%s', (_, fixture) => {
    it('is detected as its step, with its fields and products marked as the shared.page contract says', async () => {
      await open(fixture);
      const marks = () =>
        shared.page.evaluate(() => {
          // Inside web components too: the page's components list their inner inputs (closed roots
          // included) in __shadowInputs, as their own scripts would reach them.
          const all = (selector: string) => [
            ...document.querySelectorAll<HTMLElement>(selector),
            ...((window as unknown as { __shadowInputs?: HTMLElement[] }).__shadowInputs ?? []).filter((el) =>
              el.matches(selector),
            ),
          ];
          return {
            fields: all('[data-lca-field]').map(
              (el) => `${el.dataset.lcaField}=${el.dataset.expect ?? '(unexpected)'}`,
            ),
            expected: all('[data-expect]').map(
              (el) => `${el.dataset.expect}=${el.dataset.lcaField ?? '(not marked)'}`,
            ),
            products: [...document.querySelectorAll<HTMLElement>('[data-expect-product]')].map(
              (el) => `${el.dataset.expectProduct}=${el.dataset.lcaLicense ?? '(not marked)'}`,
            ),
            productMarks: document.querySelectorAll('[data-lca-license]').length,
          };
        });
      await expect
        .poll(async () => (await marks()).expected.every((m) => !m.endsWith('(not marked)')))
        .toBe(true);
      const seen = await marks();
      for (const mark of seen.fields) expect(mark.split('=')[0]).toBe(mark.split('=')[1]);
      for (const mark of seen.expected) expect(mark.split('=')[0]).toBe(mark.split('=')[1]);
      for (const mark of seen.products) expect(mark.split('=')[0]).toBe(mark.split('=')[1]);
      expect(seen.productMarks).toBe(seen.products.length);
    });

    if (FILLED_STEPS.has(fixture.step)) {
      it('fills the step into the shared.page’s own state, pressing nothing', async () => {
        await open(fixture);
        await openOverlay();
        await (await panel(shared.page)).locator('[data-testid="fill-step"]').click();
        await expect
          .poll(
            async () => (await panel(shared.page)).locator('[data-testid="overlay-message"]').textContent(),
            { timeout: 5000 },
          )
          .toMatch(/^Filled \d+ field/);
        const after = await shared.page.evaluate(() => {
          const w = window as unknown as FixtureWindow;
          w.__rerender();
          return new Promise<{
            pressed: string[];
            fields: { key: string; bound: boolean; dom: unknown; model: unknown; state: string }[];
            declared: { key: string; shown: unknown; locked: boolean }[];
          }>((resolve) =>
            setTimeout(() => {
              const fields = [
                ...document.querySelectorAll<HTMLInputElement>('[data-lca-field]'),
                ...((w as unknown as { __shadowInputs?: HTMLInputElement[] }).__shadowInputs ?? []).filter(
                  (el) => el.matches('[data-lca-field]'),
                ),
              ].map((el) => ({
                key: el.dataset.lcaField ?? '',
                dom: el.type === 'checkbox' ? el.checked : el.value,
                // Dropdowns the page draws keep their state under their own key (dropdowns.e2e.ts).
                bound: el.hasAttribute('data-model'),
                model: w.__fixtureState[el.getAttribute('data-model') ?? ''],
                state: el.dataset.lcaState ?? '',
              }));
              // What the page holds for each field it declares, from its own state (or the DOM its
              // framework re-rendered from that state), for the known sample values below.
              const declared = [
                ...document.querySelectorAll<HTMLInputElement>('[data-expect]'),
                ...((w as unknown as { __shadowInputs?: HTMLInputElement[] }).__shadowInputs ?? []).filter(
                  (el) => el.matches('[data-expect]'),
                ),
              ].map((el) => {
                const model = el.getAttribute('data-model');
                return {
                  key: el.dataset.expect ?? '',
                  locked: el.readOnly || el.disabled,
                  shown:
                    el.type === 'checkbox'
                      ? el.checked
                      : el.tagName === 'SELECT'
                        ? ((el as unknown as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')
                        : el.getAttribute('role') === 'combobox' && el.tagName !== 'INPUT'
                          ? // biome-ignore lint/performance/useDomNodeTextContent: the shown choice, as a person reads it (a hidden placeholder is none)
                            el.innerText.replace(/[\u200B]/g, '').trim()
                          : model && model in w.__fixtureState
                            ? w.__fixtureState[model]
                            : el.value,
                };
              });
              resolve({ pressed: w.__pressed, fields, declared });
            }, 100),
          );
        });
        expect(after.pressed, 'buttons pressed during the fill').toEqual([]);
        for (const field of after.fields) {
          if (field.key === 'mpnId') continue;
          if (field.bound)
            expect(field.model, `${field.key}: the shared.page's model after a re-render`).toEqual(field.dom);
          if (field.key !== 'licenseSearch') expect(field.state, `${field.key} state`).toBe('filled');
        }
        const sample = sampleBackup();
        const client = sample.clients.find((c) => c.id === sample.activeClientId);
        if (!client || !sample.reseller) throw new Error('no sample client or reseller');
        for (const { key, shown, locked } of after.declared) {
          const expected = expectedValue(key, { reseller: sample.reseller, client });
          if (expected === undefined || locked) continue;
          expect(holds(shown, expected), `${key}: the page holds ${JSON.stringify(shown)}`).toBe(true);
        }
      });
    }
  });

  it('moves to the dialog’s step when the person presses Verify and the dialog opens', async () => {
    for (const style of ['material-like', 'mui-like', 'table-layout']) {
      await open(byName(style, 'service-details'));
      const started = Date.now();
      await shared.page.evaluate(() => {
        const verify = [...document.querySelectorAll<HTMLElement>('[data-opens]')][0];
        verify?.click();
      });
      await expect
        .poll(() => shared.page.locator('leader-csp-assistant').getAttribute('data-step'), {
          timeout: 500,
          interval: 20,
        })
        .toBe('default-domain');
      expect(Date.now() - started).toBeLessThan(500);
    }
  });

  it('warns about the basket against the client’s licences', async () => {
    for (const style of ['material-like', 'mui-like', 'table-layout']) {
      await open(byName(style, 'basket'));
      await openOverlay();
      const codes = async () =>
        (await panel(shared.page))
          .locator('[data-lca-warning]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-lca-warning')));
      await expect
        .poll(codes)
        .toEqual(expect.arrayContaining(['basket-missing', 'basket-extra', 'basket-quantity']));
    }
  });

  it('warns when the portal’s MPN id is not the profile’s, and not when it is', async () => {
    const fixture = byName('table-layout', 'service-details');
    await open(fixture);
    await openOverlay();
    const warning = (await panel(shared.page)).locator('[data-lca-warning="mpn-mismatch"]');
    expect(await warning.count()).toBe(0);
    await storeSample(shared.session, (backup) => {
      if (backup.reseller) backup.reseller.mpnId = '1234567';
    });
    await expect.poll(() => warning.count()).toBe(1);
    await storeSample(shared.session);
  });

  it('warns about a client-domain or Microsoft contact email and a name Microsoft refuses', async () => {
    await open(byName('mui-like', 'new-customer'));
    await openOverlay();
    const type = async (key: string, value: string) => {
      const box = shared.page.locator(`[data-lca-field="${key}"]`);
      await box.fill(value);
    };
    const codes = async () =>
      (await panel(shared.page))
        .locator('[data-lca-warning]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-lca-warning')));
    await type('contactEmail', 'sam@360business.com.au');
    await expect.poll(codes).toContain('client-contact-email');
    await type('contactEmail', 'sam@microsoft.com');
    await expect.poll(codes).toContain('microsoft-email');
    await type('companyName', 'Test');
    await expect.poll(codes).toContain('name-rule');
  });

  it('records each step reached on the active client, with its time', async () => {
    await storeSample(shared.session);
    for (const name of ['catalogue', 'new-customer', 'service-details', 'confirmation'])
      await open(byName('material-like', name));
    await expect
      .poll(async () => {
        const stored = await storedValues(shared.session);
        const client = (stored.clients as { id: string; history: { step: string }[] }[]).find(
          (c) => c.id === 'c-360business',
        );
        return client?.history.map((h) => h.step);
      })
      .toEqual(expect.arrayContaining(['catalogue', 'new-customer', 'service-details', 'confirmation']));
    const stored = await storedValues(shared.session);
    const client = (
      stored.clients as { id: string; status: string; order?: { subscriptions: { quantity: number }[] } }[]
    ).find((c) => c.id === 'c-360business');
    expect(client?.status).toBe('ordered');
    expect(client?.order?.subscriptions.map((s) => s.quantity)).toEqual([1, 3]);
    await storeSample(shared.session);
  });

  it('learns a field the technician points at, and finds it next time', async () => {
    const original = byName('mui-like', 'new-customer');
    // The portal renamed a label: the assistant no longer knows "Company Name".
    const renamed = { ...original, html: original.html.replace(/>Company Name</g, '>Entity title<') };
    await open(renamed);
    await openOverlay();
    const pointAt = (await panel(shared.page)).locator('li[data-field-state="not-found"] button');
    await expect.poll(() => pointAt.count()).toBeGreaterThan(0);
    await pointAt.first().click();
    const box = shared.page.locator('[data-expect="companyName"]');
    await box.click();
    await expect
      .poll(async () => (await panel(shared.page)).locator('[data-testid="overlay-message"]').textContent())
      .toBe('Remembered for this step.');
    await open(renamed);
    await expect.poll(() => box.getAttribute('data-lca-field')).toBe('companyName');
    await storeSample(shared.session);
  });

  it('shows the active client and can switch it from the overlay', async () => {
    await open(byName('table-layout', 'new-customer'));
    await openOverlay();
    const chooser = (await panel(shared.page)).locator('[data-testid="overlay-client"]');
    await expect.poll(() => chooser.inputValue()).toBe('c-360business');
    await chooser.selectOption('c-bluegum');
    await expect.poll(async () => (await storedValues(shared.session)).activeClientId).toBe('c-bluegum');
    await storeSample(shared.session);
    expect(sampleBackup().activeClientId).toBe('c-360business');
  });

  it('asks for the admin center permission in a small window of its own; “Not now” shows m365-denied', async () => {
    await open(byName('material-like', 'service-details'));
    await openOverlay();
    const opened = shared.session.context.waitForEvent('page');
    await (await panel(shared.page)).locator('[data-testid="fetch-m365"]').click();
    const consent = await opened;
    await consent.waitForLoadState();
    expect(consent.url()).toMatch(/\/consent\.html\?tab=\d+$/);
    await expect
      .poll(async () => (await panel(shared.page)).locator('[data-lca-message="m365-asking"]').count())
      .toBe(1);
    expect(await consent.locator('h1').textContent()).toMatch(
      /Read your client’s domains from Microsoft 365\?/,
    );
    await consent.screenshot({ path: `${ROOT}/.reports/screenshots/consent-window.png` });
    await consent.getByText('Not now').click();
    await expect
      .poll(async () => (await panel(shared.page)).locator('[data-lca-message="m365-denied"]').count())
      .toBe(1);
  });

  it('offers to switch when the screen names another queued client', async () => {
    await open(byName('mui-like', 'service-details'));
    await openOverlay();
    const offer = (await panel(shared.page)).locator('[data-testid="switch-client-offer"]');
    expect(await offer.count()).toBe(0);
    await shared.page.locator('[data-lca-field="domainPrefix"]').fill('bluegumphysio');
    await expect
      .poll(() => offer.textContent())
      .toMatch(/bluegumphysio.*Bluegum Physiotherapy, not 360 Business/);
    await offer.getByTestId('switch-client').click();
    await expect.poll(async () => (await storedValues(shared.session)).activeClientId).toBe('c-bluegum');
    await expect.poll(() => offer.count()).toBe(0);
    await storeSample(shared.session);
  });
});

describe('the overlay in Chromium', () => {
  const shared = withExtension();

  it('stays clickable above a modal dialog of the portal, and goes back when it closes', async () => {
    const fixture = byName('mui-like', 'new-customer');
    shared.session.showPortal(fixture.html);
    await shared.page.goto(fixture.url);
    await expect
      .poll(() => shared.page.locator('leader-csp-assistant').getAttribute('data-step'))
      .toBe('new-customer');
    await shared.page.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.innerHTML =
        '<p>Your shared.session will expire in 5 minutes.</p><button type="button">Stay signed in</button>';
      document.body.append(dialog);
      dialog.showModal();
    });
    // The panel's host, not the contract's element (which stays where it is).
    const host = await panelHost(shared.page);
    await expect.poll(() => host.evaluate((el) => el.parentElement?.tagName)).toBe('DIALOG');
    // A real click: Playwright refuses if the button is covered or inert.
    await (await panel(shared.page))
      .locator('button[aria-label="Hide the assistant"]')
      .click({ timeout: 2000 });
    await expect
      .poll(async () => (await panel(shared.page)).locator('.lca-panel').getAttribute('data-collapsed'))
      .toBe('true');
    await shared.page.evaluate(() => document.querySelector('dialog')?.close());
    await expect.poll(() => host.evaluate((el) => el.parentElement?.tagName)).toBe('BODY');
  });

  it('can be moved by its title bar', async () => {
    const fixture = byName('table-layout', 'service-details');
    shared.session.showPortal(fixture.html);
    await shared.page.goto(fixture.url);
    const header = (await panel(shared.page)).locator('.lca-header');
    await header.waitFor();
    const before = await header.boundingBox();
    if (!before) throw new Error('no overlay header');
    await shared.page.mouse.move(before.x + 40, before.y + 10);
    await shared.page.mouse.down();
    await shared.page.mouse.move(before.x - 260, before.y - 200, { steps: 5 });
    await shared.page.mouse.up();
    const after = await header.boundingBox();
    expect(after?.x).toBeLessThan(before.x - 200);
    expect(after?.y).toBeLessThan(before.y - 150);
  });
});
