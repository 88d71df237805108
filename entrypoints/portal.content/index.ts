import { type Browser, browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { idleScheduler } from '../../utils/assistant/idle';
import { mountPanelHost } from '../../utils/assistant/panel-host';
import { PanelLink } from '../../utils/assistant/panel-link';
import { PortalAssistant } from '../../utils/assistant/portal-assistant';
import { ownPlaces, readTabMessage, sendMessage } from '../../utils/messaging';
import { PORTAL_ORIGIN } from '../../utils/model/hosts';
import { FRAME_PORT, PANEL_PAGE } from '../../utils/model/panel';

/**
 * The bench build's counter of the assistant's own busy time (`npm run bench` reads it through the
 * DevTools protocol): kept in the content script's isolated world, where the page cannot see it.
 */
function countBusyTime(ms: number): void {
  const counter = globalThis as { leaderCspAssistantBusyMs?: number };
  counter.leaderCspAssistantBusyMs = (counter.leaderCspAssistantBusyMs ?? 0) + ms;
}

// Every frame of the portal (a checkout may sit in a same-origin iframe) reads its own screen and
// carries its own <leader-csp-assistant data-step>; the top frame also holds the one panel.
export default defineContentScript({
  matches: [`${PORTAL_ORIGIN}/*`],
  allFrames: true,
  async main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;
    const top = window === window.top;
    const host = mountPanelHost(document, top ? browser.runtime.getURL(PANEL_PAGE) : null, signal);
    const assistant = new PortalAssistant(
      document,
      signal,
      sendMessage,
      (snapshot) => {
        host.setStep(snapshot.step);
        link.snapshot(snapshot);
      },
      {
        measure: import.meta.env.WXT_BENCH_COUNTER === '1' ? countBusyTime : undefined,
        // The new screen's step at once (dialog to data-step); marks and the panel's refresh in idle time.
        onStep: (step) => host.setStep(step),
        idle: idleScheduler(window),
        isOwn: (element) => element === host.panel,
      },
    );
    const link = new PanelLink(assistant, signal, {
      connect: () => browser.runtime.connect({ name: FRAME_PORT }),
      onBox: top ? (box) => host.apply(box) : undefined,
    });
    // The consent window's answer, for the panel: to the top frame, from an extension page only.
    if (top) {
      const own = ownPlaces();
      const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
        const read = readTabMessage(raw, sender, own);
        if (read.ok) link.consentResult(read.message.granted);
      };
      browser.runtime.onMessage.addListener(onMessage);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
    }
    ctx.addEventListener(window, 'wxt:locationchange', () => assistant.schedule());
    await assistant.start();
    link.connect();
  },
});
