import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { OptionsPage } from '../../components/settings/OptionsPage';
import { createQueryClient } from '../../utils/queries';
import './style.css';

const root = document.getElementById('root');
if (root) {
  ReactDOM.createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <OptionsPage />
      </QueryClientProvider>
    </StrictMode>,
  );
}
