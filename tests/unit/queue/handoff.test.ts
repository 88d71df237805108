import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Client } from '../../../utils/model/client';
import {
  ATTENTION_AFTER_MS,
  handOffAfterStep,
  handOffSent,
  statusNow,
  waitingOnAuthorisation,
  waitingSince,
} from '../../../utils/queue/handoff';
import { queueEntryOf } from '../../../utils/queue/index';
import { recordAuthorisationSent, recordOrder, recordStep } from '../../../utils/storage/portal-actions';
import { readStore } from '../../../utils/storage/read';
import { updateStore } from '../../../utils/storage/write';
import { client } from '../fixtures';

const LINK = 'https://portal.partnercenter.microsoft.com/invite?id=1';
const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

const waiting = (extra: Partial<Client> = {}): Client =>
  client('acme', {
    status: 'waiting-authorisation',
    history: [
      { step: 'service-details', at: '2026-11-20T00:00:00.000Z', by: 'assistant' },
      { step: 'authorization', at: '2026-11-20T00:05:00.000Z', by: 'assistant' },
    ],
    ...extra,
  });

describe('waiting on the client’s Global Administrator', () => {
  it('starts when the link was sent, else when the authorisation step was first seen', () => {
    expect(waitingSince(waiting())).toBe('2026-11-20T00:05:00.000Z');
    expect(
      waitingSince(
        waiting({ handOff: { link: LINK, sentAt: '2026-11-20T00:07:00.000Z', sentHow: 'copied' } }),
      ),
    ).toBe('2026-11-20T00:07:00.000Z');
  });

  it('is not waiting before the step, once verified, after a later step, or once ordered', () => {
    expect(waitingSince(client('new'))).toBeNull();
    expect(waitingSince(waiting({ handOff: { verifiedAt: '2026-11-20T02:00:00.000Z' } }))).toBeNull();
    const moved = waiting();
    moved.history.push({ step: 'default-domain', at: '2026-11-20T03:00:00.000Z', by: 'assistant' });
    expect(waitingSince(moved)).toBeNull();
    expect(waitingSince(waiting({ status: 'ordered' }))).toBeNull();
    // A later step from an earlier order (before this wait began) is no progress on this one.
    const again = waiting();
    again.history.unshift({ step: 'confirmation', at: '2026-10-01T00:00:00.000Z', by: 'assistant' });
    expect(waitingSince(again)).toBe('2026-11-20T00:05:00.000Z');
  });

  it('says for how long, and needs attention after a day without progress', () => {
    const since = '2026-11-20T00:05:00.000Z';
    expect(waitingOnAuthorisation(since, at('2026-11-20T03:05:00.000Z'))).toEqual({
      since,
      forMs: 3 * HOUR,
      needsAttention: false,
    });
    const justUnder = new Date(Date.parse(since) + ATTENTION_AFTER_MS - 1);
    expect(waitingOnAuthorisation(since, justUnder)?.needsAttention).toBe(false);
    const aDay = new Date(Date.parse(since) + ATTENTION_AFTER_MS);
    expect(waitingOnAuthorisation(since, aDay)?.needsAttention).toBe(true);
    // A clock behind the record is not a negative wait.
    expect(waitingOnAuthorisation(since, at('2026-11-19T00:00:00.000Z'))?.forMs).toBe(0);
    expect(waitingOnAuthorisation(null, aDay)).toBeNull();
    expect(waitingOnAuthorisation('not a time', aDay)).toBeNull();
  });

  it('shows in the queue as waiting, then as needing attention', () => {
    const entry = queueEntryOf(waiting());
    expect(entry.waitingSince).toBe('2026-11-20T00:05:00.000Z');
    expect(statusNow(entry, at('2026-11-20T10:00:00.000Z'))).toBe('waiting-authorisation');
    expect(statusNow(entry, at('2026-11-21T00:05:00.000Z'))).toBe('needs-attention');
    expect(statusNow({ status: 'in-progress', waitingSince: null }, at('2026-11-25T00:00:00Z'))).toBe(
      'in-progress',
    );
  });
});

describe('the hand-off on the client’s record', () => {
  it('keeps the first sending of a link; another link is a new hand-off', () => {
    const first = handOffSent(undefined, LINK, 'message', at('2026-11-20T01:00:00Z'));
    expect(first).toEqual({ link: LINK, sentAt: '2026-11-20T01:00:00.000Z', sentHow: 'message' });
    expect(handOffSent(first, LINK, 'copied', at('2026-11-20T05:00:00Z'))).toBe(first);
    expect(handOffSent(first, `${LINK}2`, 'email', at('2026-11-20T05:00:00Z')).sentAt).toBe(
      '2026-11-20T05:00:00.000Z',
    );
  });

  it('records when the portal first showed a step after the authorisation', () => {
    const c = waiting();
    expect(handOffAfterStep(c, 'service-details', at('2026-11-20T02:00:00Z'))).toBeUndefined();
    const verified = handOffAfterStep(c, 'default-domain', at('2026-11-20T02:00:00Z'));
    expect(verified?.verifiedAt).toBe('2026-11-20T02:00:00.000Z');
    expect(
      handOffAfterStep({ ...c, handOff: verified }, 'confirmation', at('2026-11-20T03:00:00Z'))?.verifiedAt,
    ).toBe('2026-11-20T02:00:00.000Z');
    // A client that never reached the authorisation (a new tenancy) has no hand-off to verify.
    expect(handOffAfterStep(client('new'), 'new-tenant', at('2026-11-20T02:00:00Z'))).toBeUndefined();
  });
});

describe('the hand-off, stored', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the link and when it was sent, then when the portal moved past "Verify Authorisation"', async () => {
    await updateStore(() => ({ clients: [client('acme', { status: 'in-progress' })] }));
    await recordStep('acme', 'authorization', at('2026-11-20T00:00:00Z'));
    await recordAuthorisationSent('acme', LINK, 'message', at('2026-11-20T00:01:00Z'));
    let stored = (await readStore()).data.clients[0] as Client;
    expect(stored.status).toBe('waiting-authorisation');
    expect(stored.handOff).toEqual({ link: LINK, sentAt: '2026-11-20T00:01:00.000Z', sentHow: 'message' });
    expect(stored.history.at(-1)?.note).toBe('message for the Global Administrator copied');

    await recordStep('acme', 'default-domain', at('2026-11-20T04:00:00Z'));
    stored = (await readStore()).data.clients[0] as Client;
    expect(stored.handOff?.verifiedAt).toBe('2026-11-20T04:00:00.000Z');
    expect(stored.status).toBe('in-progress');
    expect(waitingSince(stored)).toBeNull();

    await recordOrder(
      'acme',
      { subscriptions: [{ name: 'Office 365 E3', quantity: 1 }] },
      at('2026-11-20T04:10:00Z'),
    );
    stored = (await readStore()).data.clients[0] as Client;
    expect(stored.handOff?.verifiedAt).toBe('2026-11-20T04:00:00.000Z');
    expect(stored.status).toBe('ordered');
  });
});
