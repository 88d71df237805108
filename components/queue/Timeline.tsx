import type { Client } from '../../utils/model/client';
import { timelineOf } from '../../utils/queue/flow';
import { waitingOnAuthorisation, waitingSince } from '../../utils/queue/handoff';
import { formatDuration, mediumTime } from '../../utils/queue/time';

/** The client's timeline, first step to licences seen, each part with the time it took. */
export function Timeline({ client }: { client: Client }) {
  const { parts, totalMs } = timelineOf(client);
  if (parts.length === 0) return <p className="hint">Nothing done yet.</p>;
  return (
    <>
      <ol className="timeline" data-testid="client-timeline">
        {parts.map((part) => (
          <li key={`${part.label}-${part.at}-${part.note ?? ''}`} data-step={part.step ?? undefined}>
            <time dateTime={part.at}>{mediumTime(part.at)}</time> {part.label}
            {part.note ? ` (${part.note})` : ''}
            {part.by === 'technician' ? ' (ticked by hand)' : ''}
            {part.tookMs !== null && (
              <span className="timeline-took"> took {formatDuration(part.tookMs)}</span>
            )}
          </li>
        ))}
      </ol>
      {totalMs !== null && <p className="hint">From the first step: {formatDuration(totalMs)}.</p>}
    </>
  );
}

/** The authorisation hand-off as the client's record keeps it: the link, when it was sent, verified. */
export function HandOffDetails({ client, now }: { client: Client; now: Date }) {
  const { handOff } = client;
  const waiting = waitingOnAuthorisation(waitingSince(client), now);
  if (!handOff && !waiting) return null;
  return (
    <>
      <h3>Authorisation</h3>
      <dl className="details" data-testid="client-handoff">
        {handOff?.sentAt && (
          <>
            <dt>Link sent</dt>
            <dd>
              <time dateTime={handOff.sentAt}>{mediumTime(handOff.sentAt)}</time>
            </dd>
          </>
        )}
        {handOff?.link && (
          <>
            <dt>Link</dt>
            <dd className="handoff-link">{handOff.link}</dd>
          </>
        )}
        {handOff?.verifiedAt && (
          <>
            <dt>Verified</dt>
            <dd>
              <time dateTime={handOff.verifiedAt}>{mediumTime(handOff.verifiedAt)}</time>
              {handOff.sentAt &&
                `, ${formatDuration(Date.parse(handOff.verifiedAt) - Date.parse(handOff.sentAt))} after it was sent`}
            </dd>
          </>
        )}
        {waiting && (
          <>
            <dt>Waiting</dt>
            <dd data-needs-attention={waiting.needsAttention}>
              {formatDuration(waiting.forMs)}
              {waiting.needsAttention ? ': a day without progress, follow it up' : ''}
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
