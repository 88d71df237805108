import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { CLIENT_STATUSES, type Client, type ClientStatus } from '../../utils/model/client';
import type { StepId } from '../../utils/model/steps';
import { queryKeys, useQueueHead, useQueueIndex, useStore } from '../../utils/queries';
import { statusNow } from '../../utils/queue/handoff';
import { queueEntryOf } from '../../utils/queue/index';
import { matchesSearch, type QueueSort, STATUS_LABELS, sortQueue } from '../../utils/queue/progress';
import { saveClient, setActiveClient, tickStep } from '../../utils/storage/portal-actions';
import { rebuildQueueIndex } from '../../utils/storage/queue-index';
import { failureMessage } from '../../utils/storage/write-errors';
import { useNow } from '../shared/useNow';
import { ClientForm } from './ClientForm';
import { ClientView } from './ClientView';
import { CsvImport } from './CsvImport';
import { QueueList } from './QueueList';

// An edit keeps the client as the form opened it: only what the form changed is saved over it.
type Screen = { kind: 'list' } | { kind: 'client'; id: string } | { kind: 'edit'; original: Client | null };

/** The day's queue of clients: the popup and the side panel show this same page. */
export function QueuePage() {
  // The list comes from the queue's index at once; the whole store (for a client's view, edits,
  // CSV) is read once the list is on screen.
  // Its first screenful before that: the index (1,000 clients: 267 KB to read and check) is asked
  // for once the head is on screen, so reading it does not hold up the first rows.
  const head = useQueueHead();
  const index = useQueueIndex({ enabled: !head.isPending });
  const store = useStore({ enabled: !index.isPending });
  const queryClient = useQueryClient();
  // The licences reminder's notification opens the queue on its client (popup.html?client=<id>).
  const [screen, setScreen] = useState<Screen>(() => {
    const id = new URLSearchParams(globalThis.location?.search ?? '').get('client');
    return id ? { kind: 'client', id } : { kind: 'list' };
  });
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [status, setStatus] = useState<ClientStatus | ''>('');
  const [sort, setSort] = useState<QueueSort>('recent');
  const [notice, setNotice] = useState<string | null>(null);
  // A write that failed (storage full, the extension restarted): said on whichever screen is shown.
  const [failure, setFailure] = useState<string | null>(null);
  const written = {
    onError: (error: Error) => setFailure(failureMessage('Not saved', error)),
    onSuccess: () => setFailure(null),
  };
  const invalidate = () => queryClient.invalidateQueries({ queryKey: queryKeys.store });
  const activate = useMutation({
    mutationFn: (id: string) => setActiveClient(id),
    ...written,
    onSettled: invalidate,
  });
  const tick = useMutation({
    mutationFn: ({ id, step, done }: { id: string; step: StepId; done: boolean }) =>
      tickStep(id, step, done, new Date()),
    ...written,
    onSettled: invalidate,
  });
  const save = useMutation({
    mutationFn: ({ edited, original }: { edited: Client; original: Client | null }) =>
      saveClient(edited, original),
    onSettled: invalidate,
  });

  const openClient = useCallback((id: string) => setScreen({ kind: 'client', id }), []);
  const activateClient = useCallback((id: string) => activate.mutate(id), [activate.mutate]);
  const stored = store.data?.data.clients;
  const now = useNow();
  // A day's wait on authorisation without progress shows, filters and sorts as needing attention.
  const entries = useMemo(
    () =>
      (stored ? stored.map(queueEntryOf) : index.data?.entries)?.map((entry) => {
        const status = statusNow(entry, now);
        return status === entry.status ? entry : { ...entry, status };
      }),
    [stored, index.data, now],
  );
  const shown = useMemo(
    () =>
      sortQueue(
        (entries ?? []).filter(
          (c) => (status === '' || c.status === status) && matchesSearch(c, deferredQuery),
        ),
        sort,
      ),
    [entries, status, deferredQuery, sort],
  );
  // No index yet (data from before it, or written by something else): write one for next time.
  const indexMissing = index.isSuccess && index.data === null;
  useEffect(() => {
    if (indexMissing && store.isSuccess) void rebuildQueueIndex();
  }, [indexMissing, store.isSuccess]);

  if (store.isError) return <p role="alert">Stored data could not be read: {store.error.message}</p>;
  const partial = entries ? null : (head.data ?? null);
  if (!entries && !partial) return <p role="status">Loading…</p>;
  const listed = partial ? partial.entries : shown;
  const clients = stored ?? null;
  const activeClientId = store.data
    ? store.data.data.activeClientId
    : (index.data?.activeClientId ?? partial?.activeClientId ?? null);
  const problem = store.data?.problems.find((p) => p.key === 'clients');
  const failureLine = failure && (
    <p className="status error" role="alert" data-testid="write-failure">
      {failure}
    </p>
  );
  const loadingClient = (
    <main className="queue">
      <p role="status">Loading…</p>
    </main>
  );

  if (screen.kind === 'edit') {
    const client = screen.original;
    return (
      <main className="queue">
        <ClientForm
          client={client}
          onCancel={() => setScreen(client ? { kind: 'client', id: client.id } : { kind: 'list' })}
          onSave={async (saved) => {
            await save.mutateAsync({ edited: saved, original: client });
            setScreen({ kind: 'client', id: saved.id });
          }}
        />
      </main>
    );
  }

  if (screen.kind === 'client') {
    if (!clients) return loadingClient;
    const client = clients.find((c) => c.id === screen.id);
    if (client) {
      return (
        <main className="queue">
          {failureLine}
          <ClientView
            client={client}
            active={client.id === activeClientId}
            onBack={() => setScreen({ kind: 'list' })}
            onEdit={() => setScreen({ kind: 'edit', original: client })}
            onActivate={() => activate.mutate(client.id)}
            onTick={(step, done) => tick.mutate({ id: client.id, step, done })}
          />
        </main>
      );
    }
  }

  return (
    <main className="queue">
      <header className="queue-header">
        <h1>Clients</h1>
        <button type="button" className="primary" onClick={() => setScreen({ kind: 'edit', original: null })}>
          Add a client
        </button>
      </header>
      {failureLine}
      <CsvImport clients={clients} onDone={setNotice} />
      {notice && (
        <p className="status saved" role="status" data-testid="queue-notice">
          {notice}
        </p>
      )}
      {problem && (
        <p className="status error" role="alert">
          Stored clients could not be read ({problem.message}). Open the settings to keep a copy and start
          again.
        </p>
      )}
      <div className="queue-tools">
        <input
          type="search"
          aria-label="Search clients"
          placeholder="Search by name or domain"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label="Status"
          value={status}
          onChange={(e) => setStatus(e.target.value as ClientStatus | '')}
        >
          <option value="">All statuses</option>
          {CLIENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.target.value as QueueSort)}>
          <option value="recent">Latest activity</option>
          <option value="name">Name</option>
          <option value="status">Status</option>
        </select>
      </div>
      {(partial?.total ?? entries?.length) === 0 ? (
        <p className="empty">No clients yet. Add one, or restore a backup in the settings.</p>
      ) : listed.length === 0 ? (
        <p className="empty">No client matches.</p>
      ) : (
        <QueueList
          clients={listed}
          total={partial?.total}
          activeClientId={activeClientId}
          now={now}
          onOpen={openClient}
          onActivate={activateClient}
        />
      )}
    </main>
  );
}
