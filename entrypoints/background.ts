import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runLogged } from '../utils/logged';
import { browserAdminCenterAccess, fetchDomains } from '../utils/m365/fetch-domains';
import { DOMAINS_PAGE_URL } from '../utils/m365/hosts';
import { readDomainsInTab } from '../utils/m365/read-domains';
import { admitMessage, ownPlaces, readMessage } from '../utils/messaging';
import { PORTAL_ORIGIN } from '../utils/model/hosts';
import type { Message, MessageOf, MessageType, ReplyOf } from '../utils/model/messages';
import { PANEL_PAGE } from '../utils/model/panel';
import { OpeningLimit } from '../utils/opening-limit';
import {
  checkClientLicences,
  openProductsPage,
  remindLater,
  setReminder,
  watchReminders,
} from '../utils/order-background';
import { relayPanels } from '../utils/panel-relay';
import { badgeText } from '../utils/queue/progress';
import { recordTotals } from '../utils/storage/order-actions';
import {
  recordAuthorisationSent,
  recordBasketAdd,
  recordOrder,
  recordStep,
  saveM365Domains,
  setActiveClient,
  teachField,
} from '../utils/storage/portal-actions';
import { readStore } from '../utils/storage/read';
import { clip } from '../utils/values/text';

type Sender = Browser.runtime.MessageSender;
type Handlers = {
  [K in MessageType]: (message: MessageOf<K>, sender: Sender, now: Date) => Promise<ReplyOf<K>>;
};

const done = { ok: true } as const;

// One handler per message, a total map: a message added to the protocol without one fails to compile.
const handlers: Handlers = {
  'm365-fetch': async (message) => ({
    ok: true,
    outcome: await fetchDomains(adminCenter(), { tabId: message.tabId }),
  }),
  'm365-consent-window': async (_, sender) => {
    // A content script cannot ask for a permission: a small extension window asks, from its own click.
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'Ask from the portal tab.' };
    await browser.windows.create({
      url: browser.runtime.getURL(`/consent.html?tab=${tabId}`),
      type: 'popup',
      width: 480,
      height: 420,
    });
    return done;
  },
  'm365-open-domains': async () => {
    await browser.tabs.create({ url: DOMAINS_PAGE_URL });
    return done;
  },
  'm365-use': async (message, _, now) => {
    const { tenantPrefix, defaultDomain } = message;
    await saveM365Domains(message.clientId, { tenantPrefix, defaultDomain }, now);
    return done;
  },
  'open-options': async () => {
    await browser.runtime.openOptionsPage();
    return done;
  },
  'record-step': async (message, _, now) => {
    await recordStep(message.clientId, message.step, now, message.note);
    return done;
  },
  'record-order': async ({ clientId, subscriptions, totals }, _, now) => {
    await recordOrder(clientId, { subscriptions, ...(totals ? { totals } : {}) }, now);
    // About five minutes on, a notification says the licences should now show.
    await setReminder(browser, clientId);
    return done;
  },
  'record-totals': async (message, _, now) => {
    await recordTotals(message.clientId, message.totals, now);
    return done;
  },
  'm365-check-licences': async (message, _, now) => ({
    ok: true,
    outcome: await checkClientLicences(browser, message.clientId, message.tabId, now),
  }),
  'm365-open-products': async () => {
    await openProductsPage(browser);
    return done;
  },
  'licences-remind-again': async (message, _, now) => {
    await remindLater(browser, message.clientId, now);
    return done;
  },
  'authorisation-sent': async (message, _, now) => {
    await recordAuthorisationSent(message.clientId, message.link, message.how, now);
    return done;
  },
  'record-basket-add': async (message, _, now) => {
    await recordBasketAdd(message.clientId, message.licence, now);
    return done;
  },
  'set-active-client': async (message) => {
    await setActiveClient(message.clientId);
    return done;
  },
  'teach-field': async (message) => {
    await teachField(message.step, message.key, message.field);
    return done;
  },
};

function handle(message: Message, sender: Sender): Promise<ReplyOf<MessageType>> {
  const handler = handlers[message.type] as (
    m: Message,
    s: Sender,
    now: Date,
  ) => Promise<ReplyOf<MessageType>>;
  return handler(message, sender, new Date());
}

// One window or tab every few seconds from each tab. Kept in the worker, which lives on while
// messages keep coming: a stream of openings cannot outlast it.
const openings = new OpeningLimit(3000);

const adminCenter = () => browserAdminCenterAccess(browser, readDomainsInTab);

// A wait on authorisation needs attention after a day, with nothing stored changing at that
// moment: the badge is also counted again on this alarm (alarms outlive the service worker).
const BADGE_ALARM = 'badge-refresh';
const BADGE_EVERY_MINUTES = 30;
// Nothing awaits these (listeners): a failure is logged, never an unhandled rejection (logged.ts).
const keepBadgeFresh = () => {
  void runLogged('Setting the toolbar badge’s alarm', () =>
    browser.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_EVERY_MINUTES }),
  );
  void updateBadge();
};

const updateBadge = () =>
  runLogged('Counting the toolbar badge', async () => {
    const { data } = await readStore();
    await browser.action.setBadgeText({ text: badgeText(data.clients, new Date()) });
    await browser.action.setBadgeBackgroundColor({ color: '#0b5cab' });
  });

// Wiring only. Listeners are registered synchronously: the MV3 service worker may be woken by them.
// Content scripts write through here so every write takes the extension pages' store lock.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(async (raw, sender): Promise<ReplyOf<MessageType>> => {
    if (sender.id !== browser.runtime.id) return { ok: false, error: 'Unknown sender' };
    const read = readMessage(raw);
    if (!read.ok) return read;
    const refused = admitMessage(read.message.type, sender, ownPlaces(), openings, Date.now());
    if (refused) return refused;
    try {
      return await handle(read.message, sender);
    } catch (error) {
      return { ok: false, error: clip(error instanceof Error ? error.message : String(error), 1000) };
    }
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'clients' in changes) void updateBadge();
  });
  browser.runtime.onStartup.addListener(keepBadgeFresh);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void updateBadge();
  });
  // Between each portal tab's frames and its panel (an extension page framed on the portal).
  relayPanels(browser.runtime.onConnect, {
    portal: PORTAL_ORIGIN,
    extensionId: browser.runtime.id,
    panelPath: PANEL_PAGE,
  });
  browser.runtime.onInstalled.addListener(keepBadgeFresh);
  // The licences reminder: alarms, notifications, and setting them again after a restart.
  watchReminders(browser);
});
