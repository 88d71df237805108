// `npm start`: builds the extension and opens Chromium with it loaded on a local replica of the
// whole Leader Cloud Hub flow (the saved pages of one markup style, served under the portal's
// real address and linked by their buttons), with a sample reseller and clients restored through
// the settings page, so the assistant can be seen without a Leader account.
// With no display (or with --headless) it runs headless, walks the flow, fills each step it can,
// saves a screenshot of each page into start-screenshots/<time>/ and says where.
// --style=material-like | mui-like | table-layout | bootstrap-like | legacy-material picks the replica
// (default: material-like).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { STEP_IDS } from '../../utils/model/steps.ts';
import { panelFrame } from '../e2e/panel.ts';
import { portalFixtures, portalStyles } from '../fixtures/portal.ts';
import { buildExtension, launchWithExtension, ROOT } from './launch.ts';

const style = process.argv.find((a) => a.startsWith('--style='))?.slice('--style='.length) ?? 'material-like';
if (!portalStyles().includes(style)) throw new Error(`--style must be one of ${portalStyles().join(', ')}`);
const headless =
  process.argv.includes('--headless') ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

console.log('Building the extension…');
buildExtension('chrome', 'inherit');

const session = await launchWithExtension({ headless });
// The replica: every saved page of the style at its own address; the pages' buttons link them.
const pages = portalFixtures().filter((f) => f.style === style);
session.servePortalPages(pages);
const flow = pages
  .filter((f) => !f.name.includes('--'))
  .sort(
    (a, b) =>
      STEP_IDS.indexOf(a.step as (typeof STEP_IDS)[number]) -
      STEP_IDS.indexOf(b.step as (typeof STEP_IDS)[number]),
  );

const shots = join(ROOT, 'start-screenshots', new Date().toISOString().replace(/[:.]/g, '-'));
if (headless) mkdirSync(shots, { recursive: true });
const snap = async (page: Page, name: string) => {
  if (headless) await page.screenshot({ path: join(shots, `${name}.png`) });
};

const options = await session.context.newPage();
await options.goto(`chrome-extension://${session.extensionId}/options.html`);
await options.getByTestId('restore-backup').setInputFiles(join(ROOT, 'tests/fixtures/backups/v1-full.json'));
await options.getByTestId('restore-result').waitFor();
console.log(`Sample data: ${await options.getByTestId('restore-result').textContent()}`);
await snap(options, '00-settings');

const portal = await session.context.newPage();
const start = flow.find((f) => f.step === 'login') ?? flow[0];
if (!start) throw new Error(`no saved pages for ${style}`);

if (!headless) {
  await portal.goto(start.url);
  await portal.bringToFront();
  console.log(`Chromium is open on the ${style} replica of Leader Cloud Hub (${start.url}).`);
  console.log(
    'Sign in (any text), then follow the checkout; the assistant panel is at the bottom right. Close the window to finish.',
  );
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
} else {
  for (const [index, fixture] of flow.entries()) {
    await portal.goto(fixture.url);
    const host = portal.locator('leader-csp-assistant');
    await host.waitFor({ state: 'attached' });
    await portal.waitForFunction(
      (step) => document.querySelector('leader-csp-assistant')?.getAttribute('data-step') === step,
      fixture.step,
      { timeout: 3000 },
    );
    // The panel is an extension page framed on the portal, out of the page's reach.
    const panel = (await panelFrame(portal)).locator('body');
    const show = panel.locator('button[aria-label="Show the assistant"]');
    if (await show.count()) await show.click();
    const fill = panel.locator('[data-testid="fill-step"]');
    const filled = (await fill.count()) > 0 && (await fill.isEnabled());
    if (filled) await fill.click();
    await portal.waitForTimeout(150);
    console.log(`${fixture.style}/${fixture.name}: step "${fixture.step}"${filled ? ', filled' : ''}`);
    await snap(portal, `${String(index + 1).padStart(2, '0')}-${fixture.step}`);
  }
  console.log(`No display, so Chromium ran headless. Screenshots of each step: ${shots}`);
}
await session.close();
