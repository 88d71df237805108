import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readMessage } from '../utils/messaging';

// Wiring only. Listeners are registered synchronously: the MV3 service worker may be woken by them.
export default defineBackground(() => {
  // Until the popup's client queue exists, the toolbar button opens the settings.
  browser.action.onClicked.addListener(() => void browser.runtime.openOptionsPage());

  browser.runtime.onMessage.addListener(async (raw, sender) => {
    // Only our own content scripts and pages talk to us.
    if (sender.id !== browser.runtime.id) return { ok: false, error: 'Unknown sender' };
    const read = readMessage(raw);
    if (!read.ok) return read;
    switch (read.message.type) {
      case 'open-options':
        await browser.runtime.openOptionsPage();
        return { ok: true };
    }
  });
});
