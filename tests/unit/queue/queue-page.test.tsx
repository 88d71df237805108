import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
