import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readMessage } from '../utils/messaging';
import type { Message, Reply } from '../utils/model/messages';
import { recordOrder, recordStep, setActiveClient, teachField } from '../utils/storage/portal-actions';

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
});
