import { afterEach, describe, expect, it } from 'vitest';
import { HOST_STYLE, randomHostName, restoreHost } from '../../../utils/assistant/host-guard';
import { mountPanelHost } from '../../../utils/assistant/panel-host';

const PANEL_URL = 'chrome-extension://abc/overlay.html';
const stops: AbortController[] = [];
const mount = (url: string | null = PANEL_URL) => {
  const stop = new AbortController();
  stops.push(stop);
  return mountPanelHost(document, url, stop.signal);
};
const mutationsSeen = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  for (const stop of stops.splice(0)) stop.abort();
});

describe('the panel’s host', () => {
  it('has a new valid custom-element name on each page load, never the contract’s', () => {
    const names = new Set(Array.from({ length: 50 }, () => randomHostName()));
    expect(names.size).toBe(50);
    for (const name of names) expect(name).toMatch(/^lca-[a-z]{12}$/);
    expect(randomHostName((bytes) => bytes.fill(0))).toBe('lca-aaaaaaaaaaaa');
    expect(randomHostName((bytes) => bytes.fill(25))).toBe('lca-zzzzzzzzzzzz');
  });

  it('is apart from <leader-csp-assistant data-step>, which holds no panel', () => {
    const host = mount();
    expect(host.element.localName).toBe('leader-csp-assistant');
    expect(host.element.getAttribute('data-step')).toBe('unknown');
    expect(host.element.childNodes.length).toBe(0);
    expect(host.panel?.localName).toMatch(/^lca-[a-z]{12}$/);
    expect(host.panel?.isConnected).toBe(true);
    // Closed: the page gets no shadow root from either.
    expect(host.panel?.shadowRoot).toBeNull();
    expect(host.element.shadowRoot).toBeNull();
    host.setStep('new-customer');
    expect(document.querySelector('leader-csp-assistant')?.getAttribute('data-step')).toBe('new-customer');
  });

  it('in a frame below the top, is only the contract’s element', () => {
    const host = mount(null);
    expect(host.panel).toBeNull();
    expect(host.element.getAttribute('data-step')).toBe('unknown');
  });

  it('holds its look with inline !important declarations, and takes it back when the page changes it', async () => {
    const panel = mount().panel as HTMLElement;
    expect(panel.getAttribute('style')).toBe(HOST_STYLE);
    for (const property of [
      'opacity:1',
      'transform:none',
      'filter:none',
      'visibility:visible',
      'pointer-events:auto',
    ])
      expect(HOST_STYLE).toContain(`${property} !important;`);
    panel.style.setProperty('opacity', '0', 'important');
    panel.className = 'decoy';
    panel.setAttribute('inert', '');
    panel.removeAttribute('popover');
    await mutationsSeen();
    expect(panel.getAttribute('style')).toBe(HOST_STYLE);
    expect(panel.getAttributeNames().sort()).toEqual(['popover', 'style']);
    expect(panel.getAttribute('popover')).toBe('manual');
  });

  it('stops holding when the content script goes, and leaves the page', () => {
    const stop = new AbortController();
    const host = mountPanelHost(document, PANEL_URL, stop.signal);
    stop.abort();
    expect(host.panel?.isConnected).toBe(false);
    expect(host.element.isConnected).toBe(false);
  });

  it('says whether restoring changed anything', () => {
    const element = document.createElement('lca-test');
    expect(restoreHost(element)).toBe(true);
    expect(restoreHost(element)).toBe(false);
  });
  // A page that defines <leader-csp-assistant> first: tests/e2e/hostile.e2e.ts, in Chromium (happy-dom
  // has no element internals, and throws where browsers report a constructor's error).
});
