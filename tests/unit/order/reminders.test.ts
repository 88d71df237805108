import { describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
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

  it('sets every other client’s alarm again when the browser refuses one, and says which', async () => {
    const ids = ['c1', 'c2', 'c3'];
    await updateStore(() => ({
      clients: ids.map((id) => client(id, { companyName: `Client ${id}` })),
    }));
    for (const id of ids) await recordOrder(id, { subscriptions: LINES }, AT);
    const create = fakeBrowser.alarms.create.bind(fakeBrowser.alarms);
    vi.spyOn(fakeBrowser.alarms, 'create').mockImplementation((async (
      name: string,
      info: Browser.alarms.AlarmCreateInfo,
    ) => {
      if (name === reminderName('c2')) throw new Error('Too many alarms');
      await create(name, info);
    }) as typeof fakeBrowser.alarms.create);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    expect(await syncReminders(browser)).toEqual([reminderName('c2')]);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([
      reminderName('c1'),
      reminderName('c3'),
    ]);
    expect(logged).toHaveBeenCalledWith(
      expect.stringMatching(/reminder of Client c2 again failed: Too many alarms/),
      expect.any(Error),
    );
  });

  it('says in words for the technician when a reminder cannot be set after an order', async () => {
    await updateStore(() => ({ clients: [client('c1', { companyName: 'Koala Dental' })] }));
    await recordOrder('c1', { subscriptions: LINES }, AT);
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValue(new Error('Too many alarms'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(setReminder(browser, 'c1')).rejects.toThrow(
      /^The licences reminder for Koala Dental could not be set \(Too many alarms\): check its licences in Microsoft 365 in about five minutes\.$/,
    );
    expect(logged).toHaveBeenCalledOnce();
  });
});
