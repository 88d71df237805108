import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Overlay, type OverlayActions } from '../../components/panel/Overlay';
import { type AssistantSnapshot, PortalAssistant } from '../../utils/assistant/runtime';
import { keepAboveModals } from '../../utils/assistant/top-layer';
import { readMessage, sendMessage } from '../../utils/messaging';
import './overlay.css';

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
    ui.shadowHost.setAttribute('data-step', 'unknown');

    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const render = (snapshot: AssistantSnapshot) => {
      const step = snapshot.assessment?.detection.step ?? 'unknown';
      if (ui.shadowHost.getAttribute('data-step') !== step) ui.shadowHost.setAttribute('data-step', step);
      keepAboveModals(ui.shadowHost, document);
      root?.render(<Overlay snapshot={snapshot} actions={actions} />);
    };
    const assistant = new PortalAssistant(document, controller.signal, sendMessage, render);
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
    };
    // The consent window's answer, sent to this tab (the only message a content script takes).
    const onMessage = (raw: unknown) => {
      const read = readMessage(raw);
      if (read.ok && read.message.type === 'm365-consent-result')
        assistant.consentAnswered(read.message.granted);
    };
    browser.runtime.onMessage.addListener(onMessage);
    controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
    ctx.addEventListener(window, 'wxt:locationchange', () => assistant.schedule());
    await assistant.start();
  },
});
