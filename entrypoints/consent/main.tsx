import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ConsentPage } from '../../components/consent/ConsentPage';
import { ADMIN_CENTER_ORIGINS } from '../../utils/m365/hosts';
import { tabMessageSchema } from '../../utils/model/messages';
import { TOP_FRAME } from '../../utils/model/panel';
import '../popup/style.css';

// Opened by the background as a small window when "Fetch from Microsoft 365" is clicked in the
// portal's overlay without the permission: the click here is the user gesture the browser's
// permission prompt needs. The answer goes back to the portal tab that asked.
const tab = Number(new URL(location.href).searchParams.get('tab'));
const root = document.getElementById('root');
if (root) {
  ReactDOM.createRoot(root).render(
    <StrictMode>
      <ConsentPage
        api={{
          request: () => browser.permissions.request({ origins: ADMIN_CENTER_ORIGINS }),
          tell: async (granted) => {
            if (!Number.isInteger(tab) || tab <= 0) throw new Error('no portal tab to answer');
            // To the top frame only: the panel takes a consent result from no other.
            await browser.tabs.sendMessage(
              tab,
              tabMessageSchema.parse({ type: 'm365-consent-result', granted }),
              { frameId: TOP_FRAME },
            );
          },
          close: () => globalThis.close(),
        }}
      />
    </StrictMode>,
  );
}
