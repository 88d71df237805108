import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBackupText } from '../../utils/model/backup';
import { shadowRootOf } from '../../utils/page/shadow';
import { FIXTURE_LIB_DIR, type PortalFixture } from '../fixtures/portal';
import { backupText } from './fixtures';

// Scripts that build what the page shows, not only its state: a page of web components has no
// fields until its components are defined. They run before the page is put in, as a browser runs
// the head's scripts before it parses the body.
const RENDERING_SCRIPTS = ['web-components.js'];

/**
 * Puts a saved portal page into happy-dom's document, as the browser would show it. An `@charset`
 * rule in a <style> element (AngularJS injects `@charset "UTF-8";[ng\:cloak],….ng-hide{display:none
 * !important}`) is dropped first: browsers ignore it and keep the sheet, happy-dom drops the whole sheet.
 */
export function loadPortalPage(fixture: Pick<PortalFixture, 'html'>): Document {
  for (const name of RENDERING_SCRIPTS)
    if (fixture.html.includes(`/__fixtures/_lib/${name}`)) runLibScript(name);
  const html = fixture.html
    .replace(/^<!doctype html>/i, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/(<style\b[^>]*>\s*)@charset\s+"[^"]*";/gi, '$1');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

function runLibScript(name: string): void {
  new Function(readFileSync(join(FIXTURE_LIB_DIR, name), 'utf8'))();
}

/** Every element matching `selector`, inside web components' shadow roots too (closed ones as the extension opens them). */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    const shadow = shadowRootOf(element);
    if (shadow) found.push(...deepQueryAll<T>(shadow, selector));
  }
  return found;
}

/**
 * Runs the fixture's framework emulation (_lib/*.js) in this document, as the page would: the
 * same code the e2e tests run in Chromium. Recorder first, like the pages.
 */
export function runFixtureScripts(fixture: PortalFixture): void {
  const scripts = [
    ...fixture.html.matchAll(/<script src="\/__fixtures\/_lib\/([\w-]+\.js)"><\/script>/g),
  ].map((m) => m[1] as string);
  // Rendering scripts ran when the page was loaded; running them again would start its state afresh.
  for (const name of scripts) if (!RENDERING_SCRIPTS.includes(name)) runLibScript(name);
}

/** The sample reseller and client of tests/fixtures/backups/v1-full.json (the guide's 360 Business). */
export function sampleData() {
  const parsed = parseBackupText(backupText('v1-full.json'));
  if (!parsed.ok || !parsed.backup.reseller) throw new Error('v1-full.json no longer parses');
  const client = parsed.backup.clients.find((c) => c.id === 'c-360business');
  if (!client) throw new Error('no c-360business');
  return { reseller: parsed.backup.reseller, client, clients: parsed.backup.clients };
}
