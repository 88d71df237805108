import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIXTURE_LIB_DIR } from '../fixtures/portal.ts';
import { PORTAL, ROOT } from './launch.ts';

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');

// Playwright cannot load a Firefox extension; puppeteer-core drives an installed Firefox over
// WebDriver BiDi and installs the build as a temporary add-on. FIREFOX_PATH wins when set.
const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox tests. Install Firefox ESR (on Debian: apt-get install firefox-esr) ' +
        'or set FIREFOX_PATH to its executable; to skip this layer of npm test on purpose, set LCA_SKIP_FIREFOX=1.',
    );
  }
  return found;
}

export interface FirefoxSession {
  browser: Browser;
  /** The tab the tests drive; its requests are answered as `serve` says. */
  page: Page;
  /** The add-on id Firefox reports for the installed build (browser_specific_settings.gecko.id). */
  addonId: string;
  /** e.g. `firefox/153.8.0` */
  version: string;
  /** Answers `url` (its fragment ignored) with `html` from now on. */
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

/**
 * Firefox with the built extension installed, in a fresh profile. The tab's requests are answered
 * from what `serve` was given, the saved pages' `_lib` scripts under the portal's address, and
 * every other web address is refused (tests must not depend on a network).
 * `extraAddons` are more unpacked extensions to install; `prefs` are Firefox preferences.
 */
export async function launchFirefox({
  extensionDir = FIREFOX_BUILD,
  extraAddons = [],
  prefs = {},
}: {
  extensionDir?: string;
  extraAddons?: string[];
  prefs?: Record<string, unknown>;
} = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: prefs,
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    for (const dir of extraAddons) await browser.installExtension(dir);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    const pages = new Map<string, string>();
    const withoutFragment = (url: string) => url.replace(/#.*$/, '');
    const answer = async (request: HTTPRequest) => {
      const url = new URL(request.url());
      // moz-extension:, about:, data: and blob: loads are the browser's own business.
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return request.continue();
      const lib = url.origin === PORTAL && url.pathname.match(/^\/__fixtures\/_lib\/([\w-]+\.js)$/);
      if (lib) {
        const body = await readFile(join(FIXTURE_LIB_DIR, lib[1] as string), 'utf8');
        return request.respond({ status: 200, contentType: 'text/javascript', body });
      }
      const html = pages.get(withoutFragment(url.href));
      if (html !== undefined) {
        return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      // A favicon or anything else the saved pages do not hold: not found, and nothing leaves.
      return url.origin === PORTAL ? request.respond({ status: 404, body: '' }) : request.abort();
    };
    await page.setRequestInterception(true);
    page.on('request', (request) => void answer(request));
    return {
      browser,
      page,
      addonId,
      version: await browser.version(),
      serve(url, html) {
        pages.set(withoutFragment(url), html);
      },
      async close() {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
