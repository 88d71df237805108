import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { watchReminders } from '../../../utils/order-background';
import { reminderName } from '../../../utils/reminders';
import { recordOrder } from '../../../utils/storage/portal-actions';
import { updateStore } from '../../../utils/storage/write';
import { client } from '../fixtures';

// What the background does from listeners nothing awaits: a failure there is logged with what
// failed, never an unhandled rejection (which vitest reports as an error of the run).
const AT = new Date('2026-12-01T10:00:00Z');
const LINES = [{ name: 'Office 365 E3', quantity: 3 }];
const silenced = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);
// Each listener runs on its own, so their lines come in any order.
const loggedLines = (spy: ReturnType<typeof silenced>) => spy.mock.calls.map(([line]) => String(line)).sort();

describe('the toolbar badge', () => {
  it('logs a badge the browser refuses and an alarm it will not set, from the startup and a change of clients', async () => {
    // The panels' relay needs ports the fake browser does not have; this test is about the badge.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id'));
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValue(new Error('Too many alarms'));
    const logged = silenced();
    background.main?.();
    await fakeBrowser.runtime.onStartup.trigger();
    await updateStore(() => ({ clients: [client('acme')] }));
    await vi.waitFor(() =>
      expect(loggedLines(logged)).toEqual([
        'Leader CSP Assistant: Counting the toolbar badge failed: No tab with id',
        'Leader CSP Assistant: Counting the toolbar badge failed: No tab with id',
        'Leader CSP Assistant: Setting the toolbar badge’s alarm failed: Too many alarms',
      ]),
    );
  });
});

describe('the reminder’s listeners', () => {
  it('log an alarm the browser refuses after a restart, and a notification it will not show', async () => {
    await updateStore(() => ({ clients: [client('c1', { companyName: 'Koala Dental' })] }));
    await recordOrder('c1', { subscriptions: LINES }, AT);
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValue(new Error('Too many alarms'));
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Notifications are off'));
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('No window'));
    const logged = silenced();
    watchReminders(browser);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: reminderName('c1'),
      scheduledTime: AT.getTime(),
      persistAcrossSessions: true,
    });
    await fakeBrowser.notifications.onClicked.trigger(reminderName('c1'));
    await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(3));
    expect(loggedLines(logged)).toEqual([
      'Leader CSP Assistant: Opening the client from its reminder failed: No window',
      'Leader CSP Assistant: Setting the licences reminder of Koala Dental again failed: Too many alarms',
      `Leader CSP Assistant: Showing the reminder ${reminderName('c1')} failed: Notifications are off`,
    ]);
  });
});
