import { describe, expect, it, vi } from 'vitest';
import { EMPTY_SNAPSHOT, FRAME_PORT, PANEL_PORT } from '../../../utils/model/panel';
import { relayPanels } from '../../../utils/panel-relay';

const PORTAL = 'https://hub.leadercloud.com.au';
const PANEL_PAGE = 'chrome-extension://abc/overlay.html';

/** A runtime port as the background sees one: its sender, what it was sent, and a way to deliver to it. */
function port(name: string, sender: { tabId?: number; frameId?: number; url: string; id?: string }) {
  const listeners = { message: [] as ((m: unknown) => void)[], disconnect: [] as (() => void)[] };
  const p = {
    name,
    sender: {
      id: sender.id ?? 'abc',
      tab: sender.tabId === undefined ? undefined : { id: sender.tabId },
      frameId: sender.frameId ?? 0,
      url: sender.url,
    },
    onMessage: { addListener: (l: (m: unknown) => void) => listeners.message.push(l) },
    onDisconnect: { addListener: (l: () => void) => listeners.disconnect.push(l) },
    postMessage: vi.fn(),
    disconnect: vi.fn(),
  };
  return {
    port: p,
    send: (message: unknown) => {
      for (const l of listeners.message) l(message);
    },
    drop: () => {
      for (const l of listeners.disconnect) l();
    },
  };
}

function background() {
  let connect: (p: unknown) => void = () => {};
  relayPanels(
    { addListener: (l) => (connect = l as never) },
    { portal: PORTAL, extensionId: 'abc', panelPath: '/overlay.html' },
  );
  return (p: ReturnType<typeof port>) => connect(p.port);
}

const snapshot = (step: string) => ({ type: 'snapshot', snapshot: { ...EMPTY_SNAPSHOT, step } });

describe('the background between a portal tab’s frames and its panel', () => {
  it('takes the panel page at its dynamic address too (Chrome’s use_dynamic_url)', () => {
    const connect = background();
    const panel = port(PANEL_PORT, { tabId: 7, url: 'chrome-extension://0123-dynamic/overlay.html' });
    connect(panel);
    expect(panel.port.disconnect).not.toHaveBeenCalled();
  });

  it('gives a panel that loads late each frame’s last screen, and passes its requests to that frame only', () => {
    const connect = background();
    const top = port(FRAME_PORT, { tabId: 7, frameId: 0, url: `${PORTAL}/app` });
    const checkout = port(FRAME_PORT, { tabId: 7, frameId: 3, url: `${PORTAL}/checkout` });
    connect(top);
    connect(checkout);
    top.send(snapshot('unknown'));
    checkout.send(snapshot('new-customer'));
    const panel = port(PANEL_PORT, { tabId: 7, url: PANEL_PAGE });
    connect(panel);
    expect(panel.port.postMessage.mock.calls.map(([m]) => [m.frameId, m.message.snapshot.step])).toEqual([
      [0, 'unknown'],
      [3, 'new-customer'],
    ]);
    panel.send({ type: 'to-frame', frameId: 3, message: { type: 'fill' } });
    expect(checkout.port.postMessage).toHaveBeenCalledWith({ type: 'fill' });
    expect(top.port.postMessage).not.toHaveBeenCalled();
    // The panel's box is the top frame's business.
    panel.send({ type: 'to-top', box: { type: 'box', width: 300, height: 400 } });
    expect(top.port.postMessage).toHaveBeenCalledWith({ type: 'box', width: 300, height: 400 });
  });

  it('holds a request for a frame that has not connected to a background just started, for a few seconds', () => {
    vi.useFakeTimers();
    try {
      const connect = background();
      // The panel connects first and the technician clicks before the frame is back.
      const panel = port(PANEL_PORT, { tabId: 7, url: PANEL_PAGE });
      connect(panel);
      panel.send({ type: 'to-frame', frameId: 0, message: { type: 'fill' } });
      panel.send({ type: 'to-frame', frameId: 2, message: { type: 'fill' } });
      const top = port(FRAME_PORT, { tabId: 7, frameId: 0, url: `${PORTAL}/app` });
      connect(top);
      expect(top.port.postMessage.mock.calls).toEqual([[{ type: 'fill' }]]);
      // Too late to be the click it answered: the technician has clicked again by then.
      vi.advanceTimersByTime(5000);
      const framed = port(FRAME_PORT, { tabId: 7, frameId: 2, url: `${PORTAL}/checkout` });
      connect(framed);
      expect(framed.port.postMessage).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps tabs apart, and tells the panel when a frame goes', () => {
    const connect = background();
    const here = port(FRAME_PORT, { tabId: 7, url: `${PORTAL}/a` });
    const elsewhere = port(FRAME_PORT, { tabId: 8, url: `${PORTAL}/b` });
    const panel = port(PANEL_PORT, { tabId: 7, url: PANEL_PAGE });
    for (const p of [here, elsewhere, panel]) connect(p);
    elsewhere.send(snapshot('basket'));
    expect(panel.port.postMessage).not.toHaveBeenCalled();
    panel.send({ type: 'to-frame', frameId: 0, message: { type: 'authorisation-accepted' } });
    expect(elsewhere.port.postMessage).not.toHaveBeenCalled();
    here.drop();
    expect(panel.port.postMessage).toHaveBeenLastCalledWith({ type: 'frame-gone', frameId: 0 });
  });

  it('refuses a frame port from anywhere but the portal, a panel port from anything but the panel page', () => {
    const connect = background();
    const stranger = port(FRAME_PORT, { tabId: 7, url: 'https://evil.example/' });
    const lookalike = port(FRAME_PORT, { tabId: 7, url: 'https://hub.leadercloud.com.au.evil.example/' });
    const notPanel = port(PANEL_PORT, { tabId: 7, url: 'chrome-extension://abc/popup.html' });
    const fromPage = port(PANEL_PORT, { tabId: 7, url: `${PORTAL}/app` });
    const otherExtension = port(PANEL_PORT, {
      tabId: 7,
      url: 'chrome-extension://xyz/overlay.html',
      id: 'xyz',
    });
    const noTab = port(FRAME_PORT, { url: `${PORTAL}/app` });
    const refused = [stranger, lookalike, notPanel, fromPage, otherExtension, noTab];
    for (const p of refused) connect(p);
    for (const p of refused) expect(p.port.disconnect).toHaveBeenCalled();
    const panel = port(PANEL_PORT, { tabId: 7, url: PANEL_PAGE });
    connect(panel);
    stranger.send(snapshot('new-customer'));
    expect(panel.port.postMessage).not.toHaveBeenCalled();
  });

  it('passes a consent result from the top frame only: the consent window answers no other', () => {
    const connect = background();
    const top = port(FRAME_PORT, { tabId: 7, frameId: 0, url: `${PORTAL}/app` });
    const framed = port(FRAME_PORT, { tabId: 7, frameId: 4, url: `${PORTAL}/ad-frame` });
    const panel = port(PANEL_PORT, { tabId: 7, url: PANEL_PAGE });
    for (const p of [top, framed, panel]) connect(p);
    framed.send({ type: 'consent-result', granted: true });
    expect(panel.port.postMessage).not.toHaveBeenCalled();
    top.send({ type: 'consent-result', granted: false });
    expect(panel.port.postMessage).toHaveBeenCalledExactlyOnceWith({
      type: 'frame',
      frameId: 0,
      message: { type: 'consent-result', granted: false },
    });
  });

  it('drops what does not parse, either way', () => {
    const connect = background();
    const frame = port(FRAME_PORT, { tabId: 7, url: `${PORTAL}/a` });
    const panel = port(PANEL_PORT, { tabId: 7, url: PANEL_PAGE });
    connect(frame);
    connect(panel);
    frame.send({ type: 'snapshot', snapshot: { step: 'payment' } });
    frame.send('hello');
    panel.send({ type: 'to-frame', frameId: 0, message: { type: 'press', selector: 'button' } });
    panel.send({ type: 'to-frame', frameId: 0, message: { type: 'fill', keys: ['password'] } });
    expect(panel.port.postMessage).not.toHaveBeenCalled();
    expect(frame.port.postMessage).not.toHaveBeenCalled();
  });
});
