import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { PanelApp } from '../../components/panel/PanelApp';
import { createQueryClient } from '../../utils/queries';
import './style.css';

// The panel, framed by the content script on the portal inside a closed shadow root.
const root = document.getElementById('root');
if (root)
  ReactDOM.createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <PanelApp />
      </QueryClientProvider>
    </StrictMode>,
  );
