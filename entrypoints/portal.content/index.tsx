import ReactDOM from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Overlay } from '../../components/Overlay';
import type { StepId } from '../../utils/model/steps';
import { observePage } from '../../utils/page/observe';
import { detectStep } from '../../utils/steps';
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

    const render = () => {
      const step: StepId = detectStep(document, new URL(location.href));
      if (ui.shadowHost.getAttribute('data-step') !== step) ui.shadowHost.setAttribute('data-step', step);
      root?.render(<Overlay step={step} />);
    };
    render();
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    observePage(document.body, render, controller.signal);
    ctx.addEventListener(window, 'wxt:locationchange', render);
  },
});
