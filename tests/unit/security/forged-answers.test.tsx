import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { usePortalFrames } from '../../../components/panel/usePortalFrames';
import { readTabMessage } from '../../../utils/messaging';
import { EMPTY_SNAPSHOT, type PanelInbound } from '../../../utils/model/panel';
import type { SenderFacts } from '../../../utils/model/senders';
import { ID, ORIGIN, own, PORTAL, portalTab } from './places';

const answer = { type: 'm365-consent-result', granted: true };

describe('the consent window’s answer, as a portal frame’s content script takes it', () => {
  it('from the consent window (an extension page in its own tab)', () => {
    const consent = { id: ID, url: `${ORIGIN}/consent.html?tab=3`, frameId: 0, tab: { id: 9 } };
    expect(readTabMessage(answer, consent, own)).toEqual({ ok: true, message: answer });
  });

  it.each<[string, SenderFacts]>([
    ['another portal frame’s script', { id: ID, url: `${PORTAL}/frame`, frameId: 2, tab: portalTab }],
    [
      'the panel (a framed page, not the consent window)',
      { id: ID, url: 'chrome-extension://0f1e-dynamic/overlay.html', frameId: 5, tab: portalTab },
    ],
    ['another extension', { id: 'other', url: 'chrome-extension://other/consent.html', frameId: 0 }],
    ['a web page', { id: ID, url: 'https://evil.example/', frameId: 0, tab: { id: 8 } }],
  ])('refused from %s', (_, sender) => {
    expect(readTabMessage(answer, sender, own)).toEqual({ ok: false, error: 'Unknown sender' });
  });
});

/** A panel port whose inbound messages the test delivers, as the background would. */
function fakePanelPort() {
  const listeners: ((message: unknown) => void)[] = [];
  const port = {
    name: 'panel',
    postMessage: vi.fn(),
    disconnect: vi.fn(),
    onMessage: { addListener: (l: (message: unknown) => void) => listeners.push(l) },
    onDisconnect: { addListener: () => {} },
  };
  const deliver = (message: PanelInbound) =>
    act(() => {
      for (const l of listeners) l(message);
    });
  return { port: port as unknown as Browser.runtime.Port, posted: port.postMessage, deliver };
}

const frameSays = (frameId: number, message: unknown) =>
  ({ type: 'frame', frameId, message }) as PanelInbound;

describe('the panel takes answers only from the frame that may give them', () => {
  it('a consent result from the top frame, never from another portal frame', () => {
    const fake = fakePanelPort();
    const onConsent = vi.fn();
    renderHook(() => usePortalFrames(onConsent, () => fake.port));
    fake.deliver(frameSays(3, { type: 'consent-result', granted: true }));
    expect(onConsent).not.toHaveBeenCalled();
    fake.deliver(frameSays(0, { type: 'consent-result', granted: false }));
    expect(onConsent).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('a report’s reply from the frame it asked, not from another frame with the same id', async () => {
    const fake = fakePanelPort();
    const { result } = renderHook(() =>
      usePortalFrames(
        () => {},
        () => fake.port,
      ),
    );
    fake.deliver(frameSays(0, { type: 'snapshot', snapshot: { ...EMPTY_SNAPSHOT, step: 'new-customer' } }));
    fake.deliver(frameSays(2, { type: 'snapshot', snapshot: EMPTY_SNAPSHOT }));
    let answered: unknown = 'waiting';
    act(() => {
      void result.current.report().then((report) => {
        answered = report;
      });
    });
    const asked = fake.posted.mock.calls.at(-1)?.[0] as { frameId: number; message: { id: number } };
    expect(asked).toMatchObject({ type: 'to-frame', frameId: 0, message: { type: 'report' } });
    const forged = {
      html: '<p>forged</p>',
      summary: {
        step: 'unknown',
        scores: {},
        why: [],
        fields: [],
        notFound: [],
        elements: 1,
        kept: [],
        removed: {},
        fileName: 'forged.html',
      },
    };
    fake.deliver(frameSays(2, { type: 'report', id: asked.message.id, report: forged }));
    await Promise.resolve();
    expect(answered).toBe('waiting');
    fake.deliver(frameSays(0, { type: 'report', id: asked.message.id, report: null }));
    await vi.waitFor(() => expect(answered).toBeNull());
  });
});
