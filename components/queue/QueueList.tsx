import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { waitingText } from '../../utils/queue/handoff';
import type { QueueEntry } from '../../utils/queue/index';
import { formatDuration, shortTime } from '../../utils/queue/time';

// Up to this many clients every row is in the page (each `data-client-id` row of the page
// contract, find-in-page, every control); above it only the rows near the view are, so 1,000
// clients render about as fast as 30: a client further down is reached by scrolling to it, by the
// keyboard, or by search, and each row carries its place (aria-posinset of aria-setsize).
export const WINDOW_FROM = 100;
const ROW_HEIGHT = 62; // a first guess; each rendered row is measured

interface RowProps {
  client: QueueEntry;
  active: boolean;
  /** The time the row's durations are counted to (renewed every minute by the page). */
  now: Date;
  onOpen(id: string): void;
  onActivate(id: string): void;
}

const QueueRow = memo(function QueueRow({ client, active, now, onOpen, onActivate }: RowProps) {
  return (
    <>
      <button type="button" className="queue-open" onClick={() => onOpen(client.id)}>
        <span className="queue-name">{client.companyName}</span>
        <span className="queue-domain">
          {client.defaultDomain || (client.tenantPrefix ? `${client.tenantPrefix}.onmicrosoft.com` : '')}
        </span>
        <span className="queue-status" data-status={client.status}>
          {waitingText(client.waitingSince ?? null, now) ?? client.summary}
        </span>
        <FlowBar flow={client.flow} lastAt={client.lastAt} now={now} />
        <span className="queue-when">{shortTime(client.lastAt)}</span>
      </button>
      <button
        type="button"
        className="queue-activate"
        aria-pressed={active}
        aria-label={
          active ? `${client.companyName} is active on the portal` : `Work on ${client.companyName}`
        }
        onClick={() => onActivate(client.id)}
      >
        {active ? 'Active' : 'Work on'}
      </button>
    </>
  );
});

/** Where the client is in the guide's flow: a small bar, the current stage, how long since it moved. */
function FlowBar({ flow, lastAt, now }: { flow: QueueEntry['flow']; lastAt: string | null; now: Date }) {
  const movedAt = flow.movedAt ?? lastAt;
  const since = movedAt ? Math.max(0, now.getTime() - Date.parse(movedAt)) : null;
  return (
    <span className="queue-flow" data-reached={flow.reached} data-total={flow.total}>
      {/* The bar is a picture of the text beside it, which says the same in words. */}
      <span className="queue-bar" aria-hidden="true">
        <span style={{ width: `${Math.round((flow.reached / flow.total) * 100)}%` }} />
      </span>
      <span className="queue-stage">
        {flow.current} ({flow.reached} of {flow.total})
        {since !== null && Number.isFinite(since) ? `, moved ${formatDuration(since)} ago` : ''}
      </span>
    </span>
  );
}

/** The queue's rows, windowed when there are many. */
export function QueueList({
  clients,
  total = clients.length,
  activeClientId,
  now,
  onOpen,
  onActivate,
}: {
  clients: readonly QueueEntry[];
  /** How many clients the queue has, when only its first rows are read yet (see QueueHead). */
  total?: number;
  activeClientId: string | null;
  now: Date;
  onOpen(id: string): void;
  onActivate(id: string): void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [listTop, setListTop] = useState(0);
  const windowed = clients.length > WINDOW_FROM;
  // Where the list starts, for the windowing only: measuring it forces a layout in the middle of
  // the first render (about 12 ms of the popup's first paint), which a short queue never needs.
  useLayoutEffect(() => {
    if (!windowed) return;
    const top = list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0;
    setListTop(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: clients.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: listTop,
    enabled: windowed,
    getItemKey: (index) => clients[index]?.id ?? index,
  });
  const items = windowed ? virtualizer.getVirtualItems() : null;
  const rows = items
    ? items.map((item) => ({ index: item.index, client: clients[item.index] }))
    : clients.map((client, index) => ({ index, client }));
  const first = items?.[0];
  const last = items?.[items.length - 1];
  const padding = items
    ? {
        paddingTop: first ? first.start - listTop : 0,
        paddingBottom: last ? virtualizer.getTotalSize() - (last.end - listTop) : 0,
      }
    : undefined;
  return (
    <ul ref={list} className="queue-list" aria-label="Clients" style={padding}>
      {rows.map(({ index, client }) =>
        client ? (
          <li
            key={client.id}
            className="queue-row"
            data-client-id={client.id}
            data-active={client.id === activeClientId}
            data-index={index}
            ref={windowed ? virtualizer.measureElement : undefined}
            aria-setsize={total}
            aria-posinset={index + 1}
          >
            <QueueRow
              client={client}
              active={client.id === activeClientId}
              now={now}
              onOpen={onOpen}
              onActivate={onActivate}
            />
          </li>
        ) : null,
      )}
    </ul>
  );
}
