import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readMessage } from '../utils/messaging';
import type { Message, Reply } from '../utils/model/messages';
import { badgeText } from '../utils/queue/progress';
import { recordOrder, recordStep, setActiveClient, teachField } from '../utils/storage/portal-actions';
import { readStore } from '../utils/storage/store';

async function handle(message: Message): Promise<void> {
  const now = new Date();
  switch (message.type) {
    case 'open-options':
      return browser.runtime.openOptionsPage();
    case 'record-step':
      await recordStep(message.clientId, message.step, now, message.note);
      return;
    case 'record-order':
      await recordOrder(message.clientId, message.subscriptions, now);
      return;
    case 'set-active-client':
      await setActiveClient(message.clientId);
      return;
    case 'teach-field':
      await teachField(message.step, message.key, message.field);
      return;
  }
}

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
      await handle(read.message);
      return { ok: true };
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
