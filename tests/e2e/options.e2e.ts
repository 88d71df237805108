import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  launchWithExtension,
  ROOT,
  setStoredValues,
  storedValues,
} from '../tools/launch.ts';

const BACKUPS = join(ROOT, 'tests/fixtures/backups');
const SCREENSHOTS = join(ROOT, '.reports/screenshots');
const backupJson = (name: string) => JSON.parse(readFileSync(join(BACKUPS, name), 'utf8'));

describe('the options page', () => {
  let session: ExtensionSession;
  const openOptions = async (): Promise<Page> => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Reseller profile' }).waitFor();
    return page;
  };
  const restore = async (page: Page, file: string) => {
    await page.getByTestId('restore-backup').setInputFiles(file);
    return page.getByTestId('restore-result');
  };

  beforeAll(async () => {
    session = await launchWithExtension();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await setStoredValues(session, {});
    for (const page of session.context.pages()) await page.close();
  });

  it('restores a backup written by someone else, following SCREENS.md', async () => {
    const page = await openOptions();
    const result = await restore(page, join(BACKUPS, 'v1-full.json'));
    await expect.poll(() => result.getAttribute('data-outcome')).toBe('restored');
    const stored = await storedValues(session);
    const file = backupJson('v1-full.json');
    expect(stored.reseller).toEqual(file.reseller);
    expect((stored.clients as { id: string }[]).map((c) => c.id)).toEqual([
      'c-360business',
      'c-bluegum',
      'c-new-cafe',
    ]);
    expect(stored.activeClientId).toBe('c-360business');
    await expect
      .poll(() => page.locator('[name="companyName"]').inputValue())
      .toBe('Harbour IT Services Pty Ltd');
    await page.screenshot({ path: join(SCREENSHOTS, 'options-restored.png'), fullPage: true });
  });

  it('restores a file with only the minimal fields', async () => {
    const page = await openOptions();
    const result = await restore(page, join(BACKUPS, 'v1-minimal.json'));
    await expect.poll(() => result.getAttribute('data-outcome')).toBe('restored');
    const stored = await storedValues(session);
    expect(stored.clients).toEqual([
      expect.objectContaining({
        id: 'client-1',
        companyName: 'Red Centre Tours',
        status: 'queued',
        history: [],
      }),
    ]);
  });

  it('refuses a malformed file, names the first bad path, and changes nothing', async () => {
    const page = await openOptions();
    await restore(page, join(BACKUPS, 'v1-full.json'));
    await expect.poll(() => page.getByTestId('restore-result').getAttribute('data-outcome')).toBe('restored');
    const before = await storedValues(session);

    const result = await restore(page, join(BACKUPS, 'bad-quantity.json'));
    await expect.poll(() => result.getAttribute('data-outcome')).toBe('refused');
    expect(await result.textContent()).toContain('clients[1].licenses[0].quantity');
    expect(await storedValues(session)).toEqual(before);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-refused.png'), fullPage: true });

    const truncated = await restore(page, join(BACKUPS, 'bad-truncated.json'));
    await expect.poll(() => truncated.textContent()).toMatch(/not valid JSON/);
    expect(await storedValues(session)).toEqual(before);
  });

  it('exports a backup that restores to the same data', async () => {
    const page = await openOptions();
    await restore(page, join(BACKUPS, 'v1-full.json'));
    await expect.poll(() => page.getByTestId('restore-result').getAttribute('data-outcome')).toBe('restored');
    const stored = await storedValues(session);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-backup').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^leader-csp-assistant-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exportedPath = join(ROOT, '.reports', download.suggestedFilename());
    await download.saveAs(exportedPath);
    const exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
    expect(exported).toMatchObject({
      format: 'leader-csp-assistant-backup',
      version: 1,
      activeClientId: 'c-360business',
    });

    await setStoredValues(session, {});
    await page.reload();
    const result = await restore(page, exportedPath);
    await expect.poll(() => result.getAttribute('data-outcome')).toBe('restored');
    const again = await storedValues(session);
    expect({ reseller: again.reseller, clients: again.clients }).toEqual({
      reseller: stored.reseller,
      clients: stored.clients,
    });
  });

  it('two pages saving different fields at once keep both changes', async () => {
    const first = await openOptions();
    await restore(first, join(BACKUPS, 'v1-full.json'));
    await expect
      .poll(() => first.getByTestId('restore-result').getAttribute('data-outcome'))
      .toBe('restored');
    const second = await openOptions();
    await expect.poll(() => second.locator('[name="city"]').inputValue()).toBe('Parramatta');

    await first.locator('[name="contactPhone"]').fill('0412 000 111');
    await second.locator('[name="city"]').fill('Penrith');
    await Promise.all([
      first.getByRole('button', { name: 'Save profile' }).click(),
      second.getByRole('button', { name: 'Save profile' }).click(),
    ]);
    await expect
      .poll(async () => (await storedValues(session)).reseller)
      .toMatchObject({ contactPhone: '0412 000 111', city: 'Penrith' });
    // Each page now shows the other's change too.
    await expect.poll(() => first.locator('[name="city"]').inputValue()).toBe('Penrith');
    await expect.poll(() => second.locator('[name="contactPhone"]').inputValue()).toBe('0412 000 111');
  });

  it('reports a corrupt stored value and keeps it', async () => {
    const corrupt = [{ id: 'c-1', companyName: 'Broken', licenses: 'many' }];
    await setStoredValues(session, { clients: corrupt });
    const page = await openOptions();
    const problem = page.getByTestId('stored-problem');
    await expect.poll(() => problem.textContent()).toMatch(/Clients could not be read/);
    expect((await storedValues(session)).clients).toEqual(corrupt);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-problem.png'), fullPage: true });
  });
});
