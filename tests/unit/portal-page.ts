import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBackupText } from '../../utils/model/backup';
import { FIXTURE_LIB_DIR, type PortalFixture } from '../fixtures/portal';
import { backupText } from './fixtures';

/**
 * Puts a saved portal page into happy-dom's document, as the browser would show it. An `@charset`
 * rule in a <style> element (AngularJS injects `@charset "UTF-8";[ng\:cloak],….ng-hide{display:none
 * !important}`) is dropped first: browsers ignore it and keep the sheet, happy-dom drops the whole sheet.
 */
export function loadPortalPage(fixture: Pick<PortalFixture, 'html'>): Document {
  const html = fixture.html
    .replace(/^<!doctype html>/i, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/(<style\b[^>]*>\s*)@charset\s+"[^"]*";/gi, '$1');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

/**
 * Runs the fixture's framework emulation (_lib/*.js) in this document, as the page would: the
 * same code the e2e tests run in Chromium. Recorder first, like the pages.
 */
export function runFixtureScripts(fixture: PortalFixture): void {
  const scripts = [
    ...fixture.html.matchAll(/<script src="\/__fixtures\/_lib\/([\w-]+\.js)"><\/script>/g),
  ].map((m) => m[1] as string);
  for (const name of scripts) {
    const source = readFileSync(join(FIXTURE_LIB_DIR, name), 'utf8');
    new Function(source)();
  }
}

/** The sample reseller and client of tests/fixtures/backups/v1-full.json (the guide's 360 Business). */
export function sampleData() {
  const parsed = parseBackupText(backupText('v1-full.json'));
  if (!parsed.ok || !parsed.backup.reseller) throw new Error('v1-full.json no longer parses');
  const client = parsed.backup.clients.find((c) => c.id === 'c-360business');
  if (!client) throw new Error('no c-360business');
  return { reseller: parsed.backup.reseller, client, clients: parsed.backup.clients };
}
