import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onReminder, openReminder, setReminder, syncReminders } from '../../../utils/order-background';
import { reminderName } from '../../../utils/reminders';
import { recordOrder } from '../../../utils/storage/portal-actions';
import { updateStore } from '../../../utils/storage/write';
import { client } from '../fixtures';

const AT = new Date('2026-12-01T10:00:00Z');
const LINES = [{ name: 'Office 365 E3', quantity: 3 }];

describe('the licences reminder', () => {
  it('sets the alarm five minutes after the order, and sets it again after a restart lost it', async () => {
    await updateStore(() => ({ clients: [client('c1')] }));
    await recordOrder('c1', { subscriptions: LINES }, AT);
    await setReminder(browser, 'c1');
    const when = Date.parse('2026-12-01T10:05:00Z');
    expect(await fakeBrowser.alarms.getAll()).toMatchObject([
      { name: reminderName('c1'), scheduledTime: when },
    ]);
    await fakeBrowser.alarms.clearAll();
    await syncReminders(browser);
    expect(await fakeBrowser.alarms.getAll()).toMatchObject([
      { name: reminderName('c1'), scheduledTime: when },
    ]);
  });

  it('notifies while the client waits for its licences, and opens its view from the notification', async () => {
    await updateStore(() => ({ clients: [client('c1', { companyName: 'Koala Dental' })] }));
    await recordOrder('c1', { subscriptions: LINES }, AT);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await onReminder(browser, reminderName('c1'));
    expect(create).toHaveBeenCalledWith(
      reminderName('c1'),
      expect.objectContaining({
        title: 'The licences should now show',
        message: expect.stringContaining('Koala Dental'),
        buttons: [{ title: 'Check in Microsoft 365' }],
      }),
    );
    // Shown: a restart does not show it again, nor the same confirmation read again.
    await fakeBrowser.alarms.clearAll();
    await syncReminders(browser);
    await recordOrder('c1', { subscriptions: LINES }, new Date(AT.getTime() + 10 * 60_000));
    await setReminder(browser, 'c1');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await openReminder(browser, reminderName('c1'));
    expect(open).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?client=c1$/) });
    // Its button: the view checks at once (when no prompt is needed).
    await openReminder(browser, reminderName('c1'), true);
    expect(open).toHaveBeenLastCalledWith({
      url: expect.stringMatching(/\/popup\.html\?client=c1&check=1$/),
    });
    // Another extension's or an unknown alarm: nothing.
    create.mockClear();
    await onReminder(browser, 'something-else');
    await onReminder(browser, reminderName('gone'));
    expect(create).not.toHaveBeenCalled();
  });
});
