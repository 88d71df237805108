import type { Client, ClientStatus, HandOff } from '../model/client';
import { AUTHORISATION_STEP, STEP_IDS, type StepId, UNKNOWN_STEP } from '../model/steps';
import { formatDuration } from './time';

// The authorisation hand-off (issue 14): the link goes to the client's Global Administrator, the
// client waits on them, and the portal showing a later step says they accepted (the technician
// pressed "Verify Authorisation" and the portal moved on).

/** Waiting this long on the client's Global Administrator without progress needs the technician. */
export const ATTENTION_AFTER_MS = 24 * 60 * 60 * 1000;

export type SentHow = NonNullable<HandOff['sentHow']>;

const placeOf = (step: StepId) => STEP_IDS.indexOf(step);

/** A step the portal shows only once the authorisation was verified (a later step of the flow). */
export const isAfterAuthorisation = (step: StepId) =>
  step !== UNKNOWN_STEP && placeOf(step) > placeOf(AUTHORISATION_STEP);

const reachedAuthorisation = (client: Client) =>
  client.handOff?.sentAt !== undefined || client.history.some((h) => h.step === AUTHORISATION_STEP);

/**
 * The hand-off once the assistant saw `step` at `at`: the first later step after the authorisation
 * was reached records when it was verified. Anything else leaves it as it is.
 */
export function handOffAfterStep(client: Client, step: StepId, at: Date): HandOff | undefined {
  const handOff = client.handOff;
  if (!isAfterAuthorisation(step) || handOff?.verifiedAt || !reachedAuthorisation(client)) return handOff;
  return { ...handOff, verifiedAt: at.toISOString() };
}

/** The status after `step` moved a client on: waiting on authorisation ends with a later step. */
export function statusAfterVerified(status: ClientStatus, step: StepId): ClientStatus {
  return (status === 'waiting-authorisation' || status === 'needs-attention') && isAfterAuthorisation(step)
    ? 'in-progress'
    : status;
}

/**
 * The hand-off once the link was sent: the first sending of a link is kept (sending it again is a
 * reminder, not progress); another link is a new hand-off.
 */
export function handOffSent(handOff: HandOff | undefined, link: string, how: SentHow, at: Date): HandOff {
  if (handOff?.sentAt && handOff.link === link && !handOff.verifiedAt) return handOff;
  return { link, sentAt: at.toISOString(), sentHow: how };
}

/**
 * Since when the client has been waiting on its Global Administrator (the link sent, else the
 * authorisation step first seen), or null: not there yet, verified, or moved on since.
 */
export function waitingSince(client: Client): string | null {
  if (client.handOff?.verifiedAt) return null;
  if (client.status === 'ordered' || client.status === 'licences-seen') return null;
  const seen = client.history
    .filter((h) => h.step === AUTHORISATION_STEP)
    .map((h) => h.at)
    .sort()[0];
  const since = client.handOff?.sentAt ?? seen ?? null;
  // A later step since then (seen on the portal, or ticked by hand) is progress: no more waiting.
  if (since === null || client.history.some((h) => isAfterAuthorisation(h.step) && h.at >= since))
    return null;
  return since;
}

export interface Waiting {
  since: string;
  forMs: number;
  /** A day or more without progress. */
  needsAttention: boolean;
}

/** How long a client has waited on authorisation by `now`, from {@link waitingSince}. */
export function waitingOnAuthorisation(since: string | null, now: Date): Waiting | null {
  if (since === null) return null;
  const forMs = Math.max(0, now.getTime() - Date.parse(since));
  if (Number.isNaN(forMs)) return null;
  return { since, forMs, needsAttention: forMs >= ATTENTION_AFTER_MS };
}

/** The status the queue shows and filters on at `now`: a day's wait on authorisation needs attention. */
export function statusNow(
  entry: { status: ClientStatus; waitingSince?: string | null },
  now: Date,
): ClientStatus {
  const waiting = waitingOnAuthorisation(entry.waitingSince ?? null, now);
  if (!waiting || entry.status === 'needs-attention') return entry.status;
  return waiting.needsAttention ? 'needs-attention' : 'waiting-authorisation';
}

/** What a queue row says of a client waiting on authorisation, or null when it is not waiting. */
export function waitingText(since: string | null, now: Date): string | null {
  const waiting = waitingOnAuthorisation(since, now);
  if (!waiting) return null;
  const wait = `for authorisation for ${formatDuration(waiting.forMs)}`;
  return waiting.needsAttention ? `Needs attention: waiting ${wait}` : `Waiting ${wait}`;
}
