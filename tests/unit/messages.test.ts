import { describe, expect, it } from 'vitest';
import { readMessage } from '../../utils/messaging';

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
