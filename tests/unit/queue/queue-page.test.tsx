import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QueuePage } from '../../../components/queue/QueuePage';
import { createQueryClient } from '../../../utils/queries';
import { updateStore } from '../../../utils/storage/write';
import { sampleData } from '../portal-page';

/** The browser's storage with every read that asks for the clients' whole records held back. */
function holdBackClientRecords() {
  const local = fakeBrowser.storage.local;
  const get = local.get.bind(local);
  const held = vi.fn();
  vi.spyOn(local, 'get').mockImplementation(((keys?: unknown) => {
    const asked = keys === null || keys === undefined ? [] : Array.isArray(keys) ? keys : [keys];
    if (keys === null || asked.includes('clients')) {
      held();
      return new Promise(() => {});
    }
    return get(keys as never);
  }) as typeof local.get);
  return held;
}

const show = () =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <QueuePage />
    </QueryClientProvider>,
  );

describe('the queue page', () => {
  it('lists the clients from the queue’s index before their whole records are read', async () => {
    const { clients, reseller } = sampleData();
    await updateStore(() => ({ reseller, clients, activeClientId: 'c-bluegum' }));
    const held = holdBackClientRecords();
    show();
    await waitFor(() => expect(document.querySelectorAll('[data-client-id]')).toHaveLength(3));
    expect(document.querySelector('[data-client-id="c-bluegum"]')?.getAttribute('data-active')).toBe('true');
    await waitFor(() => expect(held).toHaveBeenCalled());
    // A client's view needs its whole record: it says it is loading meanwhile.
    fireEvent.click(screen.getByText('Bluegum Physiotherapy'));
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });

  it('without an index (data from before it), waits for the whole store', async () => {
    const { clients } = sampleData();
    await fakeBrowser.storage.local.set({ clients, clients$: { v: 1 } });
    show();
    await waitFor(() => expect(document.querySelectorAll('[data-client-id]')).toHaveLength(3));
    // …and leaves an index for the next opening.
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('queueIndex')).queueIndex).toBeTruthy(),
    );
  });
});

describe('progress at a glance', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  const rowText = (id: string) => document.querySelector(`[data-client-id="${id}"]`)?.textContent ?? '';
  /** The sample queue, shown at that time. */
  const showAt = async (iso: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
    await updateStore(() => ({ clients: sampleData().clients }));
    show();
    await waitFor(() => expect(document.querySelectorAll('[data-client-id]')).toHaveLength(3));
  };

  it('shows each client’s stage in the flow, and how long it has waited on authorisation', async () => {
    // 360 Business reached the authorisation at 23:09:12 on 19 November (UTC): five hours later.
    await showAt('2026-11-20T04:10:00Z');
    expect(rowText('c-360business')).toContain('Waiting for authorisation for 5 h');
    expect(rowText('c-360business')).toContain('Authorisation link (6 of 9), moved 5 h ago');
    const flow = document.querySelector('[data-client-id="c-360business"] .queue-flow');
    expect([flow?.getAttribute('data-reached'), flow?.getAttribute('data-total')]).toEqual(['6', '9']);
    expect(rowText('c-bluegum')).toContain('Not started (0 of');
  });

  it('after a day without progress, the client needs attention (and is found by that status)', async () => {
    await showAt('2026-11-21T01:00:00Z');
    expect(rowText('c-360business')).toContain('Needs attention: waiting for authorisation for 1 d 1 h');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'needs-attention' } });
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('[data-client-id]')].map((r) => r.getAttribute('data-client-id')),
      ).toEqual(['c-360business']),
    );
  });
});
