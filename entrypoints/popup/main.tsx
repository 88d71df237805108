import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import { QueuePage } from '../../components/QueuePage';
import { createQueryClient } from '../../utils/queries';
import './style.css';

const root = document.getElementById('root');
if (root) {
  ReactDOM.createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <nav className="top">
          <strong>Leader CSP Assistant</strong>
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings
          </button>
        </nav>
        <QueuePage />
      </QueryClientProvider>
    </StrictMode>,
  );
}
