import type { browser } from 'wxt/browser';
import { logFailure, reasonOf, runLogged } from './logged';
import { browserAdminCenterAccess, READ_WAIT_MS } from './m365/fetch-domains';
import { PRODUCTS_PAGE_URL } from './m365/hosts';
import { checkLicences } from './m365/licence-check';
import { readProductsInTab } from './m365/read-products';
import type { Client } from './model/client';
import type { LicenceCheckOutcome } from './model/licence-check';
import { awaitsLicences, clientOfReminder, reminderName, remindersDue, reminderText } from './reminders';
import { remindAgain, reminderShown, saveLicenceCheck } from './storage/order-actions';
import { readStore } from './storage/read';

// The background's part in what follows an order: the reminder's alarm and notification, and
// "Check in Microsoft 365". Wiring for entrypoints/background.ts; the rules are in reminders.ts
// and m365/licence-check.ts.

type Api = Pick<
  typeof browser,
  'alarms' | 'notifications' | 'tabs' | 'runtime' | 'permissions' | 'scripting'
>;

const clientById = async (clientId: string): Promise<Client | undefined> =>
  (await readStore()).data.clients.find((c) => c.id === clientId);

/** The browser's alarms by name, at their times; none when it will not say (each is set again). */
async function alarmsSet(api: Api): Promise<Map<string, number>> {
  try {
    return new Map((await api.alarms.getAll()).map((alarm) => [alarm.name, alarm.scheduledTime]));
  } catch (error) {
    logFailure('Reading the licences reminders set', error);
    return new Map();
  }
}

/**
 * Sets the alarm of each client still waiting for its licences (an alarm already set is left). One
 * the browser refuses is logged, and the others are still set; the names of those refused come back.
 */
export async function syncReminders(api: Api): Promise<string[]> {
  const { data } = await readStore();
  const set = await alarmsSet(api);
  const refused: string[] = [];
  for (const { name, when } of remindersDue(data.clients)) {
    if (set.get(name) === when) continue;
    try {
      await api.alarms.create(name, { when });
    } catch (error) {
      refused.push(name);
      const client = data.clients.find((c) => c.id === clientOfReminder(name));
      logFailure(`Setting the licences reminder of ${client?.companyName ?? name} again`, error);
    }
  }
  return refused;
}

/**
 * The client's alarm, at its order's reminder time (after an order, or "look again"). When the
 * browser refuses it, the error says so in words for the technician (the popup or the panel shows
 * the reply's error), and it is logged.
 */
export async function setReminder(api: Api, clientId: string): Promise<void> {
  const client = await clientById(clientId);
  const remindAt = client?.order?.remindAt;
  if (!remindAt) return;
  try {
    await api.alarms.create(reminderName(clientId), { when: Date.parse(remindAt) });
  } catch (error) {
    logFailure(`Setting the licences reminder of ${client.companyName}`, error);
    throw new Error(
      `The licences reminder for ${client.companyName} could not be set (${reasonOf(error)}): check its licences in Microsoft 365 in about five minutes.`,
      { cause: error },
    );
  }
}

/** The alarm went off: a notification, if the client still waits for its licences. */
export async function onReminder(api: Api, alarmName: string): Promise<void> {
  const clientId = clientOfReminder(alarmName);
  const client = clientId ? await clientById(clientId) : undefined;
  if (!client || !awaitsLicences(client)) return;
  const notice = {
    type: 'basic' as const,
    iconUrl: api.runtime.getURL('/icon/128.png'),
    ...reminderText(client),
  };
  try {
    await api.notifications.create(alarmName, {
      ...notice,
      buttons: [{ title: 'Check in Microsoft 365' }],
      requireInteraction: true,
    });
  } catch {
    // Firefox refuses buttons and requireInteraction: the notification alone, which opens the view.
    await api.notifications.create(alarmName, notice);
  }
  await reminderShown(client.id);
}

/**
 * The notification clicked: the client's view, where "Check in Microsoft 365" is. Its button
 * asks for the check too: the view runs it at once when the admin center's permission is
 * already granted (else the technician's click there asks for it).
 */
export async function openReminder(api: Api, notificationId: string, check = false): Promise<void> {
  const clientId = clientOfReminder(notificationId);
  if (!clientId) return;
  await api.notifications.clear(notificationId);
  const query = `client=${encodeURIComponent(clientId)}${check ? '&check=1' : ''}`;
  await api.tabs.create({ url: api.runtime.getURL(`/popup.html?${query}`) });
}

/**
 * Registers the reminder's listeners; at once, as the service worker may be woken by them. Nothing
 * awaits a listener, so each failure is logged (logged.ts), never an unhandled rejection.
 */
export function watchReminders(api: Api): void {
  api.alarms.onAlarm.addListener(
    (alarm) => void runLogged(`Showing the reminder ${alarm.name}`, () => onReminder(api, alarm.name)),
  );
  const open = (id: string, check: boolean) =>
    void runLogged('Opening the client from its reminder', () => openReminder(api, id, check));
  api.notifications.onClicked.addListener((id) => open(id, false));
  api.notifications.onButtonClicked.addListener((id) => open(id, true));
  // The browser may drop alarms when it restarts or the extension is updated: set them again.
  const sync = () => void runLogged('Setting the licences reminders again', () => syncReminders(api));
  api.runtime.onStartup.addListener(sync);
  api.runtime.onInstalled.addListener(sync);
}

/** "Check in Microsoft 365" for a client: read its products tab, compare, and keep the answer. */
export async function checkClientLicences(
  api: Api,
  clientId: string,
  tabId: number | undefined,
  now: Date,
): Promise<LicenceCheckOutcome> {
  const client = await clientById(clientId);
  if (!client?.order) return { kind: 'error', message: 'This client has no order to check yet.' };
  const access = browserAdminCenterAccess(api, readProductsInTab);
  const outcome = await checkLicences(access, client.order.subscriptions, {
    waitMs: READ_WAIT_MS,
    now,
    ...(tabId === undefined ? {} : { tabId }),
  });
  if (outcome.kind === 'checked') await saveLicenceCheck(clientId, outcome.check, now);
  return outcome;
}

/** "Look again in five minutes". */
export async function remindLater(api: Api, clientId: string, now: Date): Promise<void> {
  await remindAgain(clientId, now);
  await setReminder(api, clientId);
}

export const openProductsPage = (api: Api) => api.tabs.create({ url: PRODUCTS_PAGE_URL });
