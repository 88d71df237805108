import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import type { FakeAnswer } from '../fixtures/m365/fake-microsoft.ts';
import { FIXTURE_LIB_DIR, type PortalFixture } from '../fixtures/portal.ts';
import { findChromium } from './chromium.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const PORTAL = 'https://hub.leadercloud.com.au';

/**
 * A production build of the extension, as the store would get it. NODE_ENV is set outright:
 * vitest sets it to `test`, which would mix React's development JSX runtime into the build.
 */
export function buildExtension(
  target: 'chrome' | 'firefox' = 'chrome',
  stdio: 'pipe' | 'inherit' = 'pipe',
  { grantOptional = false, benchCounter = false }: { grantOptional?: boolean; benchCounter?: boolean } = {},
): void {
  const args = target === 'firefox' ? ['build', '-b', 'firefox', '--mv3'] : ['build'];
  const granted = grantOptional
    ? // The admin center fixtures never finish signing in: a 3 s wait instead of 20 s.
      { LCA_GRANT_OPTIONAL: '1', WXT_M365_WAIT_MS: '3000' }
    : { LCA_GRANT_OPTIONAL: '', WXT_M365_WAIT_MS: '' };
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...args], {
    cwd: ROOT,
    stdio,
    env: { ...process.env, NODE_ENV: 'production', ...granted, WXT_BENCH_COUNTER: benchCounter ? '1' : '' },
  });
}

/** The bench's build: the content script counts its own busy time (see wxt.config.ts). */
export const BENCH_BUILD = join(ROOT, '.output/bench/chrome-mv3');

/** The test build with the optional Microsoft hosts granted (see wxt.config.ts). */
export const GRANTED_BUILD = join(ROOT, '.output/granted/chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: reads and writes `chrome.storage` for tests. */
  worker: Worker;
  /** Sets the page the portal serves next, under its real hostname. */
  showPortal(html: string): void;
  /** Serves these saved pages by their fixture-url (path and query), for a walk through a whole flow. */
  servePortalPages(fixtures: readonly PortalFixture[]): void;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension loaded, the portal's host answered from fixtures and every
 * other host refused (this machine has no network, and tests must not depend on one).
 */
export async function launchWithExtension({
  extensionDir = CHROME_BUILD,
  headless = true,
}: {
  extensionDir?: string;
  headless?: boolean;
} = {}): Promise<ExtensionSession> {
  const profile = await mkdtemp(join(tmpdir(), 'lca-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  let portalHtml = '<!doctype html><title>Portal</title><p>No fixture chosen.</p>';
  let byAddress = new Map<string, string>();
  const address = (url: string) => {
    const { pathname, search } = new URL(url);
    return `${pathname}${search}`;
  };
  await context.route(`${PORTAL}/**`, async (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    // The saved pages' framework emulation scripts.
    const lib = path.match(/^\/__fixtures\/_lib\/([\w-]+\.js)$/);
    if (lib) {
      const body = await readFile(join(FIXTURE_LIB_DIR, lib[1] as string), 'utf8');
      return route.fulfill({ status: 200, contentType: 'text/javascript', body });
    }
    if (request.resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
    const body = byAddress.get(address(request.url())) ?? portalHtml;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  await context.route(/^https?:\/\/(?!hub\.leadercloud\.com\.au\/)/, (route) =>
    route.abort('blockedbyclient'),
  );

  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    showPortal(html) {
      portalHtml = html;
    },
    servePortalPages(fixtures) {
      byAddress = new Map(fixtures.map((f) => [address(f.url), f.html]));
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Everything in the extension's `chrome.storage.local`, read through its service worker. */
export function storedValues(session: ExtensionSession): Promise<Record<string, unknown>> {
  return session.worker.evaluate(() =>
    (globalThis as unknown as WorkerGlobals).chrome.storage.local.get(null),
  );
}

/** Replaces the extension's stored values, as another version of it (or a corrupted profile) would have left them. */
export function setStoredValues(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  return session.worker.evaluate(async (v) => {
    const { local } = (globalThis as unknown as WorkerGlobals).chrome.storage;
    await local.clear();
    await local.set(v);
  }, values);
}

// The service worker's `chrome` global, as far as these helpers use it.
interface WorkerGlobals {
  chrome: {
    storage: {
      local: {
        get(keys: null): Promise<Record<string, unknown>>;
        set(values: Record<string, unknown>): Promise<void>;
        clear(): Promise<void>;
      };
    };
  };
}

/**
 * The admin center's hosts answered from saved pages (tests/fixtures/m365), each by its address
 * without the fragment, as a tab on admin.microsoft.com or admin.cloud.microsoft would load it.
 */
export async function serveAdminCenter(
  session: ExtensionSession,
  pages: readonly { url: string; html: string }[],
): Promise<void> {
  const byAddress = new Map(pages.map((p) => [p.url.replace(/#.*$/, ''), p.html]));
  await session.context.route(/^https:\/\/admin\.(microsoft\.com|cloud\.microsoft)\//, (route) => {
    const url = route.request().url().replace(/#.*$/, '');
    const body = byAddress.get(url);
    return body === undefined
      ? route.fulfill({ status: 404, contentType: 'text/html', body: '<title>Not here</title>' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** Microsoft's sign-in endpoints answered as tests/fixtures/m365/fake-microsoft.ts says; each request noted. */
export async function serveMicrosoftSignIn(
  session: ExtensionSession,
  answer: (url: string) => FakeAnswer,
): Promise<{ url: string; cookie: string | undefined }[]> {
  const seen: { url: string; cookie: string | undefined }[] = [];
  await session.context.route('https://login.microsoftonline.com/**', async (route) => {
    const request = route.request();
    seen.push({ url: request.url(), cookie: (await request.allHeaders()).cookie });
    const { status, body, delayMs, networkFailure } = answer(request.url());
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (networkFailure) return route.abort('internetdisconnected');
    return route.fulfill({
      status,
      contentType: body.startsWith('{') ? 'application/json; charset=utf-8' : 'text/html',
      headers: { 'access-control-allow-origin': '*' },
      body,
    });
  });
  return seen;
}
