import type { Send } from '../messaging';
import type { M365ReadPort } from './read-machine';

/**
 * How the portal's panel reads the admin center: the background finds and reads the tab; without
 * the permission yet it answers `needs-consent`, and opens a small window whose own click can
 * ask (the panel's frame on the portal is not where a permission prompt belongs).
 */
export function panelReadPort(send: Send): M365ReadPort {
  return {
    read: async (tabId) => {
      const reply = await send({ type: 'm365-fetch', tabId });
      return reply.ok ? reply.outcome : { kind: 'error', message: reply.error };
    },
    openConsentWindow: async () => {
      const opened = await send({ type: 'm365-consent-window' });
      return opened.ok ? null : { kind: 'error', message: opened.error };
    },
  };
}
