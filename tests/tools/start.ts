// `npm start`: builds the extension and opens Chromium with it loaded, a sample reseller and clients
// restored through the options page, and the portal's pages served from the saved fixtures under
// the real hostname, so the assistant can be seen without a Leader account. With no display (or
// with --headless) it runs headless, saves a screenshot of each page and exits.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { portalFixtures } from '../fixtures/portal.ts';
import { launchWithExtension, ROOT } from './launch.ts';

const headless =
  process.argv.includes('--headless') ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

console.log('Building the extension…');
execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});

const session = await launchWithExtension({ headless });
const shots = join(ROOT, 'start-screenshots', new Date().toISOString().replace(/[:.]/g, '-'));
if (headless) mkdirSync(shots, { recursive: true });
const snap = async (page: import('playwright-core').Page, name: string) => {
  if (headless) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
};

const options = await session.context.newPage();
await options.goto(`chrome-extension://${session.extensionId}/options.html`);
await options.getByTestId('restore-backup').setInputFiles(join(ROOT, 'tests/fixtures/backups/v1-full.json'));
await options.getByTestId('restore-result').waitFor();
console.log(`Sample data: ${await options.getByTestId('restore-result').textContent()}`);
await snap(options, '01-options');

// Every saved portal page, one after another, as the technician would meet them.
for (const [index, fixture] of portalFixtures().entries()) {
  session.showPortal(fixture.html);
  const page = await session.context.newPage();
  await page.goto(fixture.url);
  await page.locator('leader-csp-assistant').waitFor({ state: 'attached' });
  const step = await page.locator('leader-csp-assistant').getAttribute('data-step');
  console.log(`Portal page ${fixture.style}/${fixture.name}: the assistant shows step "${step}"`);
  await snap(page, `${String(index + 2).padStart(2, '0')}-${fixture.style}-${fixture.name}`);
  if (headless) await page.close();
}

if (headless) {
  await session.close();
  console.log(`No display, so Chromium ran headless. Screenshots: ${shots}`);
} else {
  console.log('Chromium is open with the extension loaded. Close its window to finish.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  await session.close();
}
