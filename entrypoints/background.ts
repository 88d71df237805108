import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserAdminCenterAccess, fetchDomains } from '../utils/m365/fetch-domains';
import { DOMAINS_PAGE_URL } from '../utils/m365/hosts';
import { readDomainsInTab } from '../utils/m365/read-domains';
import { readMessage } from '../utils/messaging';
import type { Message, Reply } from '../utils/model/messages';
import { badgeText } from '../utils/queue/progress';
import {
  recordOrder,
  recordStep,
  saveM365Domains,
  setActiveClient,
  teachField,
} from '../utils/storage/portal-actions';
import { readStore } from '../utils/storage/read';

type Sender = Browser.runtime.MessageSender;

async function handle(message: Message, sender: Sender): Promise<Reply> {
  const now = new Date();
  switch (message.type) {
    case 'm365-fetch':
      return { ok: true, m365: await fetchDomains(adminCenter(), { tabId: message.tabId }) };
    case 'm365-consent-window': {
      // A content script cannot ask for a permission: a small extension window asks, from its own click.
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'Ask from the portal tab.' };
      await browser.windows.create({
        url: browser.runtime.getURL(`/consent.html?tab=${tabId}`),
        type: 'popup',
        width: 480,
        height: 420,
      });
      return { ok: true };
    }
    case 'm365-consent-result':
      return { ok: false, error: 'Sent to the portal tab, not here.' };
    case 'm365-open-domains':
      await browser.tabs.create({ url: DOMAINS_PAGE_URL });
      return { ok: true };
    case 'm365-use':
      await saveM365Domains(
        message.clientId,
        { tenantPrefix: message.tenantPrefix, defaultDomain: message.defaultDomain },
        now,
      );
      return { ok: true };
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return { ok: true };
    case 'record-step':
      await recordStep(message.clientId, message.step, now, message.note);
      return { ok: true };
    case 'record-order':
      await recordOrder(message.clientId, message.subscriptions, now);
      return { ok: true };
    case 'set-active-client':
      await setActiveClient(message.clientId);
      return { ok: true };
    case 'teach-field':
      await teachField(message.step, message.key, message.field);
      return { ok: true };
  }
}

const adminCenter = () => browserAdminCenterAccess(browser, readDomainsInTab);

async function updateBadge(): Promise<void> {
  const { data } = await readStore();
  await browser.action.setBadgeText({ text: badgeText(data.clients) });
  await browser.action.setBadgeBackgroundColor({ color: '#0b5cab' });
}

// Wiring only. Listeners are registered synchronously: the MV3 service worker may be woken by them.
// Content scripts write through here so every write takes the extension pages' store lock.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(async (raw, sender): Promise<Reply> => {
    if (sender.id !== browser.runtime.id) return { ok: false, error: 'Unknown sender' };
    const read = readMessage(raw);
    if (!read.ok) return read;
    try {
      return await handle(read.message, sender);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'clients' in changes) void updateBadge();
  });
  browser.runtime.onStartup.addListener(() => void updateBadge());
  browser.runtime.onInstalled.addListener(() => void updateBadge());
});
