import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createQueryClient, queryKeys } from '../../utils/queries';
import { readQueueHead } from '../../utils/storage/queue-index';
import { QueuePage } from './QueuePage';

type SidePanelApi = { open(options: { windowId: number }): Promise<void> };
const sidePanel = (): SidePanelApi | undefined =>
  (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;

/** The queue's page as the popup and the side panel host it. */
export function mountQueue(host: 'popup' | 'sidepanel'): void {
  const root = document.getElementById('root');
  if (!root) return;
  // The popup closes when the technician clicks into the portal; the side panel stays (Chrome, Edge).
  const pin = async () => {
    const api = sidePanel();
    const window = await browser.windows.getCurrent();
    if (api && window.id !== undefined) {
      await api.open({ windowId: window.id });
      globalThis.close();
    }
  };
  const queryClient = createQueryClient();
  // The queue's first screenful is read now, while React mounts, not after its first render; the
  // whole index once those rows are on screen (QueuePage).
  void queryClient.prefetchQuery({ queryKey: queryKeys.queueHead, queryFn: readQueueHead });
  ReactDOM.createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <nav className="top">
          <strong>Leader CSP Assistant</strong>
          <span className="top-actions">
            {host === 'popup' && sidePanel() && (
              <button
                type="button"
                className="link"
                title="Keep the queue open beside the portal"
                onClick={() => void pin()}
              >
                Side panel
              </button>
            )}
            <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
              Settings
            </button>
          </span>
        </nav>
        <QueuePage />
      </QueryClientProvider>
    </StrictMode>,
  );
}
