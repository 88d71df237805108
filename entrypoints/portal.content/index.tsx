import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Overlay, type OverlayActions } from '../../components/panel/Overlay';
import { type PanelSnapshot, PortalAssistant } from '../../utils/assistant/portal-assistant';
import { keepAboveModals } from '../../utils/assistant/top-layer';
import { readTabMessage, sendMessage } from '../../utils/messaging';
import { UNKNOWN_STEP } from '../../utils/model/steps';
import './overlay.css';

/**
 * The bench build's counter of the assistant's own busy time (`npm run bench` reads it through the
 * DevTools protocol): kept in the content script's isolated world, where the page cannot see it.
 */
function countBusyTime(ms: number): void {
  const counter = globalThis as { leaderCspAssistantBusyMs?: number };
  counter.leaderCspAssistantBusyMs = (counter.leaderCspAssistantBusyMs ?? 0) + ms;
}

// The page contract's element: one <leader-csp-assistant data-step> with an open shadow root.
export default defineContentScript({
  matches: ['https://hub.leadercloud.com.au/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let root: ReactDOM.Root | undefined;
    const ui = await createShadowRootUi(ctx, {
      name: 'leader-csp-assistant',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount(container) {
        root = ReactDOM.createRoot(container);
        return root;
      },
      onRemove() {
        root?.unmount();
      },
    });
    ui.mount();
    ui.shadowHost.setAttribute('data-step', UNKNOWN_STEP);

    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const render = (snapshot: PanelSnapshot) => {
      const { step } = snapshot;
      if (ui.shadowHost.getAttribute('data-step') !== step) ui.shadowHost.setAttribute('data-step', step);
      keepAboveModals(ui.shadowHost, document);
      root?.render(<Overlay snapshot={snapshot} actions={actions} />);
    };
    const assistant = new PortalAssistant(document, controller.signal, sendMessage, render, {
      measure: import.meta.env.WXT_BENCH_COUNTER === '1' ? countBusyTime : undefined,
    });
    const actions: OverlayActions = {
      fill: () => assistant.fill(),
      teach: (key) => assistant.teach(key),
      setActiveClient: (id) => assistant.setActiveClient(id),
      authorisationSent: (how) => assistant.authorisationSent(how),
      authorisationAccepted: () => assistant.authorisationAccepted(),
      openOptions: () => assistant.openOptions(),
      fetchM365: (tabId) => assistant.fetchM365(tabId),
      useM365: (values) => assistant.useM365(values),
      openDomainsPage: () => assistant.openDomainsPage(),
      reportScreen: () => assistant.reportScreen(),
    };
    // The consent window's answer, sent to this tab (the only message a content script takes).
    const onMessage = (raw: unknown) => {
      const read = readTabMessage(raw);
      if (read.ok && read.message.type === 'm365-consent-result')
        assistant.consentAnswered(read.message.granted);
    };
    browser.runtime.onMessage.addListener(onMessage);
    controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
    ctx.addEventListener(window, 'wxt:locationchange', () => assistant.schedule());
    await assistant.start();
  },
});
