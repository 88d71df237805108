import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { readMessage, sendMessage } from '../../utils/messaging';
import { readSubscriptions } from '../../utils/page/confirmation';

describe('the message protocol', () => {
  it('accepts the messages the content script sends', () => {
    expect(readMessage({ type: 'record-step', clientId: 'c-1', step: 'service-details' }).ok).toBe(true);
    expect(readMessage({ type: 'set-active-client', clientId: null }).ok).toBe(true);
    expect(
      readMessage({
        type: 'teach-field',
        step: 'new-customer',
        key: 'companyName',
        field: { tag: 'input', type: 'text', id: 'x', nameAttribute: '', label: 'entity title', ordinal: 0 },
      }).ok,
    ).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'press-button', selector: 'button' }],
    ['an unknown step', { type: 'record-step', clientId: 'c-1', step: 'payment' }],
    [
      'a field key outside the contract',
      { type: 'teach-field', step: 'new-customer', key: 'password', field: {} },
    ],
    [
      'a negative quantity',
      { type: 'record-order', clientId: 'c-1', subscriptions: [{ name: 'E3', quantity: -1 }] },
    ],
    ['not an object', 'open-options'],
  ])('refuses %s', (_, raw) => {
    expect(readMessage(raw)).toEqual({ ok: false, error: 'Unknown or malformed message' });
  });
});

describe('sending, which never leaves a rejection unseen', () => {
  it('refuses a message that does not fit, with why, and sends nothing', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const reply = await sendMessage({
      type: 'record-step',
      clientId: 'c-1',
      step: 'service-details',
      note: 'x'.repeat(201),
    });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Not sent/) });
    expect(send).not.toHaveBeenCalled();
  });

  it('says to reload when the extension is not there to answer', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await sendMessage({ type: 'open-options' })).toEqual({
      ok: false,
      error: 'The extension was updated or restarted: reload this page.',
    });
  });

  it('turns an answer that is not the message’s reply type into a failure', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      outcome: { kind: 'nonsense' },
    } as never);
    expect(await sendMessage({ type: 'm365-fetch' })).toMatchObject({ ok: false });
  });
});

describe('what the confirmation screen gives an order message', () => {
  it('cuts a long subscription name to fit, and at most 200 lines', () => {
    const rows = Array.from(
      { length: 250 },
      (_, i) =>
        `<tr><td>${'Office 365 E3 '.repeat(30)}${i}</td><td>3</td><td>01/12/2026</td><td>Monthly</td></tr>`,
    ).join('');
    document.body.innerHTML = `<table><tr><th>Subscriptions</th><th>Quantity</th><th>Activation Date</th><th>Billing Cycle</th></tr>${rows}</table>`;
    const lines = readSubscriptions({ root: document.body } as never);
    expect(lines).toHaveLength(200);
    expect(lines[0]?.name.length).toBe(300);
    expect(readMessage({ type: 'record-order', clientId: 'c-1', subscriptions: lines }).ok).toBe(true);
  });
});
